"""Everything Cairn holds about one person in one organisation, as JSON-ready data.

Who may ask: the person themself, or an admin of their organisation (another organisation's
person is not found). Secrets never leave: tokens by name and dates, feeds by dates.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import Model, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn import audit
from cairn.organisations.models import Person

FORMAT_VERSION = 1


def may_handle_personal_data(actor: Person | None, person: Person) -> bool:
    """Return whether the actor may export the person's data (None: the system)."""
    if actor is None:
        return True
    if actor.pk == person.pk:
        return True
    return actor.is_admin and actor.is_active and actor.organisation_id == person.organisation_id


def _fields(row: Model | None, names: tuple[str, ...]) -> dict[str, Any] | None:
    if row is None:
        return None
    return {name: getattr(row, name) for name in names}


def _rows(queryset: Any, names: tuple[str, ...]) -> list[dict[str, Any]]:
    return list(queryset.values(*names))


def _account(person: Person) -> dict[str, Any]:
    names = ("email", "first_name", "last_name", "language", "time_zone")
    data = _fields(person.user, (*names, "date_joined", "last_login")) or {}
    return data


def _person(person: Person) -> dict[str, Any]:
    data = _fields(person, ("id", "role", "job_title", "time_zone", "is_active", "created_at"))
    assert data is not None
    data["organisation"] = person.organisation.name
    data["manager"] = person.manager_id
    return data


def _okrs(person: Person) -> dict[str, list[dict[str, Any]]]:
    from cairn.okrs.models import CheckIn, KeyResult, Objective

    scope = {"organisation_id": person.organisation_id}
    objectives = Objective.objects.filter(owner=person, **scope).order_by("id")
    key_results = KeyResult.objects.filter(owner=person, **scope).order_by("id")
    check_ins = CheckIn.objects.filter(author=person, **scope).order_by("id")
    return {
        "objectives_owned": _rows(
            objectives,
            ("id", "title", "description", "cycle__name", "team__name", "progress", "created_at"),
        ),
        "key_results_owned": _rows(
            key_results,
            ("id", "title", "objective_id", "start", "target", "current", "unit", "progress"),
        ),
        "check_ins_written": _rows(
            check_ins,
            (
                "id",
                "key_result_id",
                "checked_in_at",
                "value",
                "done",
                "confidence",
                "note",
                "blockers",
            ),
        ),
    }


def _notifications(person: Person) -> dict[str, Any]:
    from cairn.notifications.models import (
        CalendarFeed,
        ChatChannel,
        Delivery,
        Notification,
        Preference,
    )

    preference = Preference.objects.filter(person=person).first()
    names = ("kinds_off", "email", "chat", "check_in_weekday", "check_in_hour", "digest_weekday")
    return {
        "notification_preferences": _fields(
            preference, (*names, "quiet_start", "quiet_end", "paused_until")
        ),
        "notifications": _rows(
            Notification.objects.filter(recipient=person).order_by("id"),
            ("id", "kind", "title", "body", "link", "created_at", "read_at"),
        ),
        "deliveries": _rows(
            Delivery.objects.filter(recipient=person).order_by("id"),
            ("id", "notification_id", "channel", "status", "attempts", "created_at", "sent_at"),
        ),
        "chat_channels": _rows(
            ChatChannel.objects.filter(person=person).order_by("id"), ("id", "name", "created_at")
        ),
        "calendar_feeds": _rows(
            CalendarFeed.objects.filter(person=person).order_by("id"),
            ("id", "created_at", "revoked_at"),
        ),
    }


def _access(person: Person) -> dict[str, Any]:
    from cairn.accounts.models import UserSession
    from cairn.api.models import ApiToken

    return {
        "sessions": _rows(
            UserSession.objects.filter(user_id=person.user_id).order_by("id"),
            ("created_at", "last_seen_at", "user_agent", "address"),
        ),
        "api_tokens": _rows(
            ApiToken.objects.filter(person=person).order_by("id"),
            ("name", "prefix", "scope", "created_at", "last_used_at", "expires_at", "revoked_at"),
        ),
    }


def _feedback(person: Person) -> dict[str, Any]:
    """Return the feedback the person asked for and gave, and their kudos (not others' answers)."""
    from cairn.feedback.models import FeedbackAnswer, FeedbackRequest, Kudos

    kudos = ("id", "giver_id", "person_id", "team_id", "message", "key_result_id", "created_at")
    return {
        "feedback_requested": _rows(
            FeedbackRequest.objects.filter(requester=person).order_by("id"),
            ("id", "objective_id", "key_result_id", "message", "anonymous", "created_at"),
        ),
        "feedback_given": _rows(
            FeedbackAnswer.objects.filter(respondent=person).order_by("id"),
            ("request_id", "status", "going_well", "to_change", "suggestion", "answered_at"),
        ),
        "kudos_received": _rows(Kudos.objects.filter(person=person).order_by("id"), kudos),
        "kudos_given": _rows(Kudos.objects.filter(giver=person).order_by("id"), kudos),
    }


def audit_events_about(person: Person) -> Q:
    """Return the filter of the organisation's audit events by or about the person."""
    return Q(organisation_id=person.organisation_id) & (
        Q(actor_user_id=person.user_id)
        | Q(actor_id=person.pk)
        | Q(object_type="person", object_id=person.pk)
        | Q(object_type="user", object_id=person.user_id)
    )


def _audit(person: Person) -> list[dict[str, Any]]:
    from cairn.audit.models import AuditEvent

    names = ("at", "action", "actor_label", "object_type", "object_id", "object_label")
    events = AuditEvent.objects.filter(audit_events_about(person)).order_by("id")
    return _rows(events, (*names, "address", "user_agent", "details"))


def _comments(person: Person) -> list[dict[str, Any]]:
    """Return the comments the person wrote (deleted ones keep only their dates)."""
    from cairn.conversations.models import Comment  # conversations builds on organisations

    subject = ("objective_id", "key_result_id", "check_in_id", "initiative_id", "parent_id")
    written = Comment.objects.filter(author=person).order_by("id")
    return _rows(written, ("id", *subject, "body", "created_at", "edited_at", "deleted_at"))


def _one_on_ones(person: Person, *, own: bool) -> list[dict[str, Any]]:
    """Return the person's one-on-ones; their notes and action items only in their own export.

    One-on-ones are private to the two people in them, admins included (docs/one_on_ones.md),
    so an admin's export of someone lists each one with counts, never what was written.
    """
    from cairn.one_on_ones.models import ActionItem, Note, OneOnOne  # builds on organisations

    rows = []
    mine = OneOnOne.objects.filter(Q(manager=person) | Q(report=person)).order_by("id")
    for one_on_one in mine.select_related("manager__user", "report__user"):
        other = one_on_one.report if one_on_one.manager_id == person.pk else one_on_one.manager
        row: dict[str, Any] = {
            "id": one_on_one.pk,
            "role": "manager" if one_on_one.manager_id == person.pk else "report",
            "with_person_id": other.pk,
            "with": other.name,
            "created_at": one_on_one.created_at,
        }
        notes = Note.objects.filter(one_on_one=one_on_one, author=person).order_by("id")
        actions = ActionItem.objects.filter(one_on_one=one_on_one, owner=person).order_by("id")
        if own:
            row["notes_written"] = _rows(notes, ("held_on", "text", "created_at"))
            row["action_items_owned"] = _rows(actions, ("text", "due", "done_at", "created_at"))
        else:
            row["notes_written"] = notes.count()
            row["action_items_owned"] = actions.count()
        rows.append(row)
    return rows


def personal_data_export(*, person: Person, actor: Person | None) -> dict[str, Any]:
    """Return everything about the person in their organisation; record that it was exported."""
    if not may_handle_personal_data(actor, person):
        raise PermissionDenied(_("Only the person and their organisation's admins see this."))
    person = Person.objects.select_related("user", "organisation").get(pk=person.pk)
    data: dict[str, Any] = {
        "format": "cairn-personal-data",
        "version": FORMAT_VERSION,
        "exported_at": timezone.now(),
        "account": _account(person),
        "person": _person(person),
        "team_memberships": _rows(
            person.memberships.order_by("team__name", "id"), ("team_id", "team__name", "is_lead")
        ),
        **_okrs(person),
        **_notifications(person),
        **_access(person),
        **_feedback(person),
        "comments_written": _comments(person),
        "one_on_ones": _one_on_ones(person, own=actor is not None and actor.pk == person.pk),
        "audit_events": _audit(person),
    }
    audit.record(
        action=audit.Action.PERSONAL_DATA_EXPORTED,
        actor=actor,
        organisation=person.organisation_id,
        obj=person,
    )
    return data

"""Erasing a person: their account is anonymised, their OKR history stays consistent.

What goes: name and email (→ "Former member <n>", a unique placeholder address), the password
(unusable), language and time zone, job title, notification settings, inbox, chat channels,
calendar feeds, follows, sessions, API tokens, invitations naming their address and sign-in
attempts under it. What stays: objectives and key results (titles, descriptions, progress),
check-ins (values, notes), history entries and audit events — whose labels naming them become
the placeholder. See docs/security.md, "Personal data".
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from cairn import audit
from cairn.organisations.models import Person

PLACEHOLDER_DOMAIN = "erased.invalid"


@dataclass
class Erasure:
    label: str
    already: bool = False
    removed: dict[str, int] = field(default_factory=dict)


def placeholder_name(user_id: int) -> str:
    """Return the name an erased account gets."""
    return _("Former member %(n)d") % {"n": user_id}


def is_erased(user: object) -> bool:
    """Return whether the account was erased already."""
    return str(getattr(user, "email", "")).endswith("@" + PLACEHOLDER_DOMAIN)


def _check(actor: Person | None, person: Person) -> None:
    if actor is None:
        return  # the system: `cairn person-data erase`
    if actor.organisation_id != person.organisation_id or not actor.is_admin:
        raise PermissionDenied(_("Only admins erase people."))
    if not actor.is_active:
        raise PermissionDenied(_("Only admins erase people."))
    if actor.pk == person.pk:
        raise ValidationError(_("Ask another admin to erase you."))
    elsewhere = Person.objects.filter(user_id=person.user_id).exclude(
        organisation_id=person.organisation_id
    )
    if elsewhere.exists():
        raise ValidationError(
            _(
                "This account also belongs to another organisation: the server's operator "
                "erases it with `cairn person-data erase`."
            )
        )


@transaction.atomic
def person_erase(*, person: Person, actor: Person | None) -> Erasure:
    """Erase the person's account (every membership of it); return what was removed.

    Erasing an erased account changes nothing and says so (`already`).
    """
    from cairn.organisations.offboarding import person_deactivate

    _check(actor, person)
    user = get_user_model().objects.select_for_update().get(pk=person.user_id)
    label = placeholder_name(user.pk)
    if is_erased(user):
        return Erasure(label=label, already=True)
    people = list(Person.objects.filter(user=user).order_by("pk"))
    for membership in people:
        if membership.is_active:
            person_deactivate(person=membership, actor=None, successor=None)
    old_email = user.email
    removed = _remove_personal_rows(user, people, old_email)
    user.first_name, user.last_name = label.rsplit(" ", 1)
    user.email = f"former-member-{user.pk}@{PLACEHOLDER_DOMAIN}"
    user.language, user.time_zone, user.is_active = "", "", False
    user.set_unusable_password()
    user.save()
    Person.objects.filter(user=user).update(job_title="", time_zone="")
    removed["audit_events_relabelled"] = _relabel_audit(user.pk, people, old_email, label)
    for membership in people:
        audit.record(
            action=audit.Action.PERSON_ERASED,
            actor=actor,
            organisation=membership.organisation_id,
            object_type="person",
            object_id=membership.pk,
            object_label=label,
            details={k: v for k, v in removed.items() if v},
        )
    return Erasure(label=label, removed=removed)


def _remove_personal_rows(user: object, people: list[Person], email: str) -> dict[str, int]:
    """Delete what only describes the person or lets them in; return how many of each."""
    from axes.models import AccessAttempt, AccessFailureLog, AccessLog
    from django.contrib.sessions.models import Session

    from cairn.accounts.models import Invitation, UserSession
    from cairn.api.models import ApiToken
    from cairn.notifications.models import (
        CalendarFeed,
        ChatChannel,
        Notification,
        Preference,
    )
    from cairn.okrs.models import Follow

    ids = [p.pk for p in people]
    keys = UserSession.objects.filter(user=user).values_list("session_id", flat=True)
    removed = {
        "sessions": Session.objects.filter(session_key__in=list(keys)).delete()[0],
        "api_tokens": ApiToken.objects.filter(person_id__in=ids).delete()[0],
        "chat_channels": ChatChannel.objects.filter(person_id__in=ids).delete()[0],
        "calendar_feeds": CalendarFeed.objects.filter(person_id__in=ids).delete()[0],
        "notification_preferences": Preference.objects.filter(person_id__in=ids).delete()[0],
        "notifications": Notification.objects.filter(recipient_id__in=ids).delete()[0],
        "follows": Follow.objects.filter(person_id__in=ids).delete()[0],
        "invitations": Invitation.objects.filter(email=email).delete()[0],
    }
    Invitation.objects.filter(manager_email=email).update(manager_email="")
    attempts = 0
    for model in (AccessAttempt, AccessLog, AccessFailureLog):
        attempts += model.objects.filter(username=email).delete()[0]
    removed["sign_in_attempts"] = attempts
    return removed


def _relabel_audit(user_id: int, people: list[Person], email: str, label: str) -> int:
    """Put the placeholder in every audit label that named the person; return how many rows."""
    from cairn.audit.gate import audit_gate
    from cairn.audit.models import AuditEvent

    ids = [p.pk for p in people]
    about = (
        Q(object_type="person", object_id__in=ids)
        | Q(object_type="user", object_id=user_id)
        | Q(object_type__in=("email", "invitation"), object_label=email)
    )
    with audit_gate("erase"):
        by = AuditEvent.objects.filter(actor_user_id=user_id).exclude(actor_label=label)
        count = by._relabel_for_erasure(actor_label=label)
        of = AuditEvent.objects.filter(about).exclude(object_label=label)
        count += of._relabel_for_erasure(object_label=label)
    return count

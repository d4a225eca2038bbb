"""Store a verified delivery once, and apply it to work items as a pure upsert by external key."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn.execution.models import WorkItem, WorkItemStatus
from cairn.execution.services import work_items_upsert
from cairn.lib.ids import parse_id
from cairn.okrs.models import Initiative
from cairn.okrs.permissions import Access, require
from cairn.organisations.models import Person
from cairn.trackers.models import EventOutcome, TrackerConnection, TrackerEvent
from cairn.trackers.payloads import (
    IssueChange,
    PayloadError,
    delivery_id,
    event_type,
    issue_change,
    merged_jira_keys,
)
from cairn.trackers.permissions import can_manage_connection
from cairn.trackers.placement import jira_placement

MAX_DESCRIPTION = 20000
KR_LABEL = "kr:"


class BadPayload(ValueError):
    """The body is not a JSON object."""


def parse_body(body: bytes) -> dict[str, Any]:
    """Return the body's JSON object, or raise BadPayload."""
    try:
        payload = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise BadPayload(_("The body is not valid JSON.")) from None
    if not isinstance(payload, dict):
        raise BadPayload(_("The body is not a JSON object."))
    if _has_nul(payload):
        raise BadPayload(_("The body contains a NUL character."))  # PostgreSQL cannot store it
    return payload


def _has_nul(value: object) -> bool:
    stack = [value]
    while stack:
        current = stack.pop()
        if isinstance(current, str) and "\x00" in current:
            return True
        if isinstance(current, dict):
            stack.extend(current.keys())
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)
    return False


def event_receive(
    *, connection: TrackerConnection, headers: Mapping[str, str], body: bytes, payload: dict
) -> tuple[TrackerEvent, bool]:
    """Store a verified delivery; return (event, created). A known delivery is returned as is."""
    delivery = delivery_id(connection.kind, headers, body, payload)
    kind = event_type(connection.kind, headers, payload)[:100]
    try:
        with transaction.atomic():
            event = TrackerEvent.objects.create(
                connection=connection, delivery_id=delivery, event_type=kind, payload=payload
            )
    except IntegrityError:  # the same delivery again (a retry, or two at once)
        return TrackerEvent.objects.get(connection=connection, delivery_id=delivery), False
    return event, True


def _message(exc: Exception) -> str:
    if isinstance(exc, ValidationError) and hasattr(exc, "error_dict"):
        parts = []
        for name, messages in exc.message_dict.items():
            field = (
                name.split(".", 2)[2] if name.startswith("items.") and name.count(".") > 1 else ""
            )
            parts += [f"{field}: {m}" if field else m for m in messages]
        return " ".join(parts)
    if isinstance(exc, ValidationError):
        return " ".join(exc.messages)
    return str(exc)


def _assignee(actor: Person, change: IssueChange) -> tuple[bool, int | None]:
    """Return (known, person id) for the change's first assignee matched by email or login."""
    if not change.assigned:
        return False, None
    if not change.assignee_emails and not change.assignee_logins:
        return True, None  # the tracker says nobody is assigned
    people = Person.objects.filter(organisation_id=actor.organisation_id, is_active=True)
    for email in change.assignee_emails:
        found = people.filter(user__email__iexact=email).values_list("pk", flat=True).first()
        if found:
            return True, found
    for login in change.assignee_logins:
        matches = list(
            people.filter(user__email__istartswith=f"{login}@").values_list("pk", flat=True)[:2]
        )
        if len(matches) == 1:  # a login matches an email's local part, only when unambiguous
            return True, matches[0]
    return False, None


def _kr_initiative(connection: TrackerConnection, labels: list[str]) -> tuple[int | None, str]:
    """Return the initiative a `kr:<id>` label points to (and a note when it points nowhere)."""
    for label in labels:
        if not label.lower().startswith(KR_LABEL):
            continue
        key_result_id = parse_id(label[len(KR_LABEL) :].strip())
        initiatives = Initiative.objects.filter(
            organisation_id=connection.organisation_id, key_results__pk=key_result_id
        ).order_by("id")
        ids = list(initiatives.values_list("pk", flat=True)) if key_result_id else []
        if connection.initiative_id in ids:
            return connection.initiative_id, ""
        if ids:
            return ids[0], ""
        return None, _("Label %(label)s names no key result with an initiative here.") % {
            "label": label
        }
    return None, ""


def _status(change: IssueChange, item: WorkItem | None) -> str:
    if change.status != "open":
        return change.status
    # Open issues stay in progress when someone started them here; trackers have no such state.
    if item is not None and item.status == WorkItemStatus.IN_PROGRESS:
        return WorkItemStatus.IN_PROGRESS
    return WorkItemStatus.TODO


def _row(connection: TrackerConnection, change: IssueChange, item: WorkItem | None, actor):
    """Return the upsert row for the change and a note for the event."""
    row: dict[str, object] = {
        "external_source": connection.kind,
        "external_key": change.key,
        "status": _status(change, item),
    }
    if change.title or item is None:
        row["title"] = (change.title or change.key)[:300]
    if change.url:
        row["external_url"] = change.url[:500]
    if change.description is not None:
        row["description"] = change.description[:MAX_DESCRIPTION]
    if change.due_on is not None:
        row["due_on"] = change.due_on
    known, assignee = _assignee(actor, change)
    if known:
        row["assignee"] = assignee
    initiative_id, note = _kr_initiative(connection, change.labels)
    if item is None:
        row["kind"] = change.kind
        row["initiative"] = initiative_id or connection.initiative_id
        row["team"] = connection.team_id
    elif initiative_id:
        row["initiative"] = initiative_id
    if connection.kind == "jira":
        notes = [note, *jira_placement(connection, change, item, actor, row)]
        note = " ".join(n for n in notes if n)
    return row, note


def _acting(connection: TrackerConnection) -> Person:
    """Return the person the connection acts as, if they may still change work."""
    actor = connection.actor
    require(
        actor is not None
        and Access(actor).can_write
        and actor.organisation_id == connection.organisation_id,
        _("The person this connection acts as can no longer change work; rotate its secret."),
    )
    assert actor is not None
    return actor


def _close_named(event: TrackerEvent, keys: list[str]) -> tuple[str, str]:
    """Move the Jira items a merged pull request names to done; return (outcome, note)."""
    connection = event.connection
    event.external_key = ", ".join(keys)[:200]
    actor = _acting(connection)
    items = list(
        WorkItem.objects.select_for_update()
        .filter(
            organisation_id=connection.organisation_id,
            external_source="jira",
            external_key__in=keys,
        )
        .order_by("external_key")
    )
    if not items:
        return EventOutcome.IGNORED, _(
            "The merged pull request names no Jira item here (%(keys)s)."
        ) % {"keys": ", ".join(keys)}
    event.item = items[0]
    open_items = [
        i for i in items if i.status not in (WorkItemStatus.DONE, WorkItemStatus.CANCELLED)
    ]
    rows = [
        {"external_source": "jira", "external_key": i.external_key, "status": WorkItemStatus.DONE}
        for i in open_items
    ]
    if rows:
        work_items_upsert(actor=actor, items=rows)
    pull = event.payload.get("pull_request")
    number = pull.get("number", "") if isinstance(pull, dict) else ""
    return EventOutcome.APPLIED, _("Merged pull request #%(n)s closed %(keys)s.") % {
        "n": number,
        "keys": ", ".join(i.external_key for i in open_items) or _("nothing new"),
    }


def _apply(event: TrackerEvent) -> tuple[str, str]:
    """Apply the event; return (outcome, note). Raises on what cannot be applied."""
    connection = event.connection
    headers = _headers_of(event)
    change = issue_change(connection.kind, headers, event.payload)
    if change is None:
        keys = merged_jira_keys(connection.kind, headers, event.payload)
        if keys:
            return _close_named(event, keys)
        return EventOutcome.IGNORED, _("Cairn does not use this event type.")
    event.external_key = change.key[:200]
    actor = _acting(connection)
    item = (
        WorkItem.objects.select_for_update()
        .filter(
            organisation_id=connection.organisation_id,
            external_source=connection.kind,
            external_key=change.key,
        )
        .first()
    )
    event.item = item
    stored = item.external_updated_at if item else None
    if stored and change.updated_at and change.updated_at < stored:
        return EventOutcome.IGNORED, _("Older than the change already applied.")
    row, note = _row(connection, change, item, actor)
    result = work_items_upsert(actor=actor, items=[row])
    event.item = result.items[0]
    if change.updated_at:
        WorkItem.objects.filter(pk=event.item.pk).update(external_updated_at=change.updated_at)
    return EventOutcome.APPLIED, note


def _headers_of(event: TrackerEvent) -> dict[str, str]:
    """Return the headers that name the event type, rebuilt from what was stored."""
    name, _dot, _action = event.event_type.partition(".")
    if event.connection.kind == "github":
        return {"X-GitHub-Event": name}
    if event.connection.kind == "gitlab":
        return {"X-Gitlab-Event": name}
    return {}


def event_apply(*, event: TrackerEvent) -> TrackerEvent:
    """Apply a stored event to its work item; record the outcome and any error. Return it."""
    try:
        with transaction.atomic():
            outcome, note = _apply(event)
    except (ValidationError, PermissionDenied, PayloadError) as exc:
        outcome, note = EventOutcome.FAILED, _message(exc)
        # The savepoint rolled back: an item created in it is gone.
        event.item = WorkItem.objects.filter(pk=event.item.pk).first() if event.item else None
    event.outcome = outcome
    event.error = note
    event.applied_at = timezone.now()
    event.save(update_fields=["outcome", "error", "applied_at", "external_key", "item"])
    return event


def event_reapply(*, event: TrackerEvent, actor: Person) -> TrackerEvent:
    """Apply a failed event again (after fixing its cause); return it with its new outcome."""
    require(
        can_manage_connection(Access(actor), event.connection),
        _("You cannot re-apply this connection's events."),
    )
    if event.outcome != EventOutcome.FAILED:
        raise ValidationError(_("Only failed events are applied again."))
    return event_apply(event=event)

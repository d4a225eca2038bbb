"""Reads of the audit log: one organisation's events, filtered, newest first, a page at a time."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.utils.translation import gettext as _

from cairn.audit.models import AuditEvent
from cairn.organisations.models import Organisation, Person
from cairn.text.formula_cells import neutralise

PAGE_SIZE = 50
CSV_COLUMNS = (
    "time",
    "action",
    "actor",
    "actor_person_id",
    "object_type",
    "object_id",
    "object",
    "address",
    "user_agent",
    "details",
)


@dataclass(frozen=True)
class AuditFilters:
    action: str = ""
    actor: int | None = None  # a person of the organisation
    since: date | None = None
    until: date | None = None
    text: str = ""  # in the object's label


def require_audit_reader(person: Person) -> None:
    """Raise PermissionDenied unless the person may read their organisation's audit log."""
    if not (person.is_admin and person.is_active):
        raise PermissionDenied(_("Only admins see the audit log."))


def _start_of(day: date, organisation: Organisation) -> datetime:
    return datetime.combine(day, time.min, tzinfo=organisation.zone)


def audit_events(*, organisation: Organisation, filters: AuditFilters) -> QuerySet[AuditEvent]:
    """Return the organisation's events matching the filters (days in its time zone), newest first."""
    events = AuditEvent.objects.filter(organisation=organisation)
    if filters.action:
        events = events.filter(action=filters.action)
    if filters.actor is not None:
        events = events.filter(actor_id=filters.actor)
    if filters.since is not None:
        events = events.filter(at__gte=_start_of(filters.since, organisation))
    if filters.until is not None:
        events = events.filter(at__lt=_start_of(filters.until + timedelta(days=1), organisation))
    if filters.text:
        events = events.filter(object_label__icontains=filters.text)
    return events.order_by("-id")


def audit_page(
    events: QuerySet[AuditEvent], *, before: int | None, limit: int = PAGE_SIZE
) -> tuple[list[AuditEvent], int | None]:
    """Return a page of events with ids below `before` (keyset), and the `before` of the next."""
    if before is not None:
        events = events.filter(pk__lt=before)
    rows = list(events[: limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (rows[-1].pk if more and rows else None)


def audit_csv_rows(events: QuerySet[AuditEvent]) -> Iterator[list[str]]:
    """Yield the header and one row per event, every text cell safe from formula injection."""
    yield list(CSV_COLUMNS)
    for event in events.iterator(chunk_size=1000):
        cells = [
            event.at.isoformat(),
            event.action,
            event.actor_label,
            "" if event.actor_id is None else str(event.actor_id),
            event.object_type,
            "" if event.object_id is None else str(event.object_id),
            event.object_label,
            event.address or "",
            event.user_agent,
            json.dumps(event.details, sort_keys=True, ensure_ascii=False),
        ]
        yield [neutralise(cell) for cell in cells]

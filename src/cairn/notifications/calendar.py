"""A person's private iCal feed: its secret link (created, shown once, revoked) and its events.

The feed holds the weekly check-in (a recurring event at the person's reminder day and hour in
their time zone), the end of each open cycle, and the grading window of cycles in which the
person owns objectives or key results. RFC 5545 text comes from the `icalendar` package.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import icalendar
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn.notifications.alerts import GRADING_NOTICE_DAYS
from cairn.notifications.models import CalendarFeed
from cairn.notifications.preferences import Settings, settings_for
from cairn.okrs.models import Cycle, CycleState, KeyResult, Objective
from cairn.organisations.models import Person

BYDAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
CHECK_IN_MINUTES = 30
OPEN_STATES = (CycleState.PLANNING, CycleState.ACTIVE, CycleState.GRADING)


@dataclass(frozen=True)
class NewFeed:
    feed: CalendarFeed
    plaintext: str


def feed_hash(plaintext: str) -> str:
    """Return the SHA-256 hex digest stored for a feed secret."""
    return hashlib.sha256(plaintext.encode()).hexdigest()


def _check_actor(actor: Person, person: Person) -> None:
    if actor.pk != person.pk:
        raise PermissionDenied(_("You can only manage your own calendar link."))


@transaction.atomic
def calendar_feed_create(*, actor: Person, person: Person) -> NewFeed:
    """Create the person's calendar link (revoking the previous one); return it with its secret."""
    _check_actor(actor, person)
    if not person.is_active:
        raise ValidationError({"person": _("This person is no longer active.")})
    # Lock the person: two clicks at once would otherwise both insert a live link.
    list(Person.objects.select_for_update().filter(pk=person.pk).values_list("pk", flat=True))
    calendar_feed_revoke(actor=actor, person=person)
    plaintext = secrets.token_urlsafe(32)
    feed = CalendarFeed.objects.create(
        organisation_id=person.organisation_id, person=person, hash=feed_hash(plaintext)
    )
    return NewFeed(feed=feed, plaintext=plaintext)


@transaction.atomic
def calendar_feed_revoke(*, actor: Person, person: Person) -> int:
    """Revoke the person's live calendar link; return how many were revoked (0 or 1)."""
    _check_actor(actor, person)
    live = CalendarFeed.objects.filter(person=person, revoked_at__isnull=True)
    return live.update(revoked_at=timezone.now())


def calendar_feed_active(person: Person) -> CalendarFeed | None:
    """Return the person's live calendar link, if any."""
    return CalendarFeed.objects.filter(person=person, revoked_at__isnull=True).first()


def calendar_feed_person(plaintext: str) -> Person | None:
    """Return the active person a live link's secret belongs to (one query), else None."""
    feed = (
        CalendarFeed.objects.select_related("person__user", "person__organisation")
        .filter(
            hash=feed_hash(plaintext),
            revoked_at__isnull=True,
            person__is_active=True,
        )
        .first()
    )
    return feed.person if feed is not None else None


def _check_in_event(person: Person, prefs: Settings, today: date) -> icalendar.Event:
    """Return the weekly check-in event, anchored on this week's check-in day."""
    weekday = prefs.weekday(person)
    day = today - timedelta(days=(today.weekday() - weekday) % 7)
    # The wall-clock hour as such: normalising a DST-skipped 02:00 to 03:00 (as a one-off
    # reminder does) would move every later week to 03:00; RFC 5545 shifts only that one.
    start = datetime.combine(day, time(prefs.hour()), tzinfo=person.zone)
    event = icalendar.Event()
    event.add("uid", f"cairn-check-in-{person.pk}@cairn")
    event.add("summary", _("Weekly check-in (%(org)s)") % {"org": person.organisation.name})
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=CHECK_IN_MINUTES))
    event.add("rrule", {"freq": "weekly", "byday": BYDAY[weekday]})
    return event


def _all_day(uid: str, summary: str, first: date, last: date) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("summary", summary)
    event.add("dtstart", first)
    event.add("dtend", last + timedelta(days=1))  # DTEND of an all-day event is exclusive
    return event


def _cycle_events(person: Person) -> list[icalendar.Event]:
    """Return each open cycle's end, and the grading window of those with the person's OKRs."""
    cycles = list(
        Cycle.objects.filter(organisation_id=person.organisation_id, state__in=OPEN_STATES)
    )
    owned = Q(owner=person) | Q(key_results__in=KeyResult.objects.filter(owner=person))
    graded = set(
        Objective.objects.filter(owned, cycle__in=cycles).values_list("cycle_id", flat=True)
    )
    events = []
    for cycle in cycles:
        events.append(
            _all_day(
                f"cairn-cycle-end-{cycle.pk}@cairn",
                _("%(cycle)s ends") % {"cycle": cycle.name},
                cycle.end,
                cycle.end,
            )
        )
        if cycle.pk in graded and cycle.state != CycleState.PLANNING:
            first = max(cycle.start, cycle.end - timedelta(days=GRADING_NOTICE_DAYS))
            summary = _("Grade your OKRs in %(cycle)s") % {"cycle": cycle.name}
            events.append(_all_day(f"cairn-grading-{cycle.pk}@cairn", summary, first, cycle.end))
    return events


def calendar_feed_ics(person: Person, now: datetime | None = None) -> bytes:
    """Return the person's feed as RFC 5545 text (a constant number of queries)."""
    now = now or timezone.now()
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Cairn//OKR calendar//EN")
    cal.add("version", "2.0")
    # An X- property is not escaped unless typed as text (a newline in the name would raise).
    name = _("Cairn — %(org)s") % {"org": person.organisation.name}
    cal.add("x-wr-calname", icalendar.vText(name))
    stamp = now.replace(microsecond=0)
    events = _cycle_events(person)
    if not person.is_viewer:  # viewers do not check in (and get no reminders)
        today = now.astimezone(person.zone).date()
        events.insert(0, _check_in_event(person, settings_for(person), today))
    for event in events:
        event.add("dtstamp", stamp)
        cal.add_component(event)
    cal.add_missing_timezones()
    return cal.to_ical()

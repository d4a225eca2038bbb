"""Weekly check-in reminders at each person's local day and hour, a nudge, and escalation.

The tick asks, for every person, whether their reminder (or nudge) moment has come today in
their own time zone. The dedupe key names the local date, so a reminder is stored once however
often or by however many workers the tick runs, and a missed tick catches up until the nudge.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import partial

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cairn.accounts.languages import in_language_of
from cairn.notifications.kinds import Kind
from cairn.notifications.models import Notification
from cairn.notifications.preferences import NUDGE_HOURS_LATER, Settings, local_moment
from cairn.notifications.preferences import settings_by_person as preferences
from cairn.notifications.runs import claimed, run_claimed
from cairn.notifications.services import Subject, notify, site_path
from cairn.okrs.models import CycleState, KeyResult
from cairn.okrs.selectors import is_due, my_key_results
from cairn.organisations.models import Person, Role, TeamMembership


@dataclass(frozen=True)
class Moment:
    """A reminder stage that has come for a person today: 1 = reminder, 2 = nudge."""

    person: Person
    stage: int
    day: date
    nudge_at: datetime | None = None

    @property
    def key(self) -> str:
        return f"{self.person.pk}:{self.day.isoformat()}:{self.stage}"


def _stage(person: Person, prefs: Settings, now: datetime) -> Moment | None:
    """Return the stage whose moment has come (and not yet passed to the next) today, if any."""
    local = now.astimezone(person.zone)
    if local.weekday() != prefs.weekday(person):
        return None
    hour = prefs.hour()
    first = local_moment(person, local.date(), time(hour))
    nudge_hour = hour + NUDGE_HOURS_LATER
    nudge = local_moment(person, local.date(), time(nudge_hour)) if nudge_hour < 24 else None
    if nudge is not None and now >= nudge:
        return Moment(person, 2, local.date(), nudge)
    if now >= first:
        return Moment(person, 1, local.date(), nudge)
    return None


def due_key_results(person: Person, now: datetime) -> list[KeyResult]:
    """Return the key results the weekly check-in page lists as due for the person."""
    rows = my_key_results(person).filter(objective__cycle__state=CycleState.ACTIVE)
    return [kr for kr in rows if is_due(kr, person.organisation, now)]


def _moments(now: datetime) -> list[Moment]:
    """Return every person's reminder stage that has come and is not yet stored."""
    people = list(
        Person.objects.filter(is_active=True)
        .exclude(role=Role.VIEWER)
        .select_related("user", "organisation")
    )
    prefs = preferences(people)
    moments = []
    for person in people:
        mine = prefs[person.pk]
        if not mine.wants(Kind.CHECK_IN_REMINDER) or mine.paused(person, now):
            continue
        moment = _stage(person, mine, now)
        if moment is not None:
            moments.append(moment)
    seen = claimed("reminder", [m.key for m in moments])
    return [m for m in moments if m.key not in seen]


def _today(moment: Moment) -> Moment | None:
    """Return the stage to send now: a nudge needs a reminder sent before the nudge hour.

    When no reminder went out today (workers were down all morning), the late tick sends the
    reminder instead, and no nudge follows it the same day.
    """
    if moment.stage == 1:
        return moment
    key = f"{Kind.CHECK_IN_REMINDER}:{moment.person.pk}:{moment.day.isoformat()}:1"
    first = Notification.objects.filter(recipient=moment.person, dedupe_key=key).first()
    if first is None:
        return Moment(moment.person, 1, moment.day, moment.nudge_at)
    assert moment.nudge_at is not None
    return moment if first.created_at < moment.nudge_at else None


def _remind(moment: Moment, due: list[KeyResult], now: datetime) -> bool:
    count = len(due)
    if moment.stage == 1:
        title = ngettext(
            "Check-in reminder: %(n)d key result is due",
            "Check-in reminder: %(n)d key results are due",
            count,
        )
    else:
        title = ngettext(
            "Still due today: %(n)d key result", "Still due today: %(n)d key results", count
        )
    body = "\n".join(f"• {kr.title}" for kr in due)
    items = [{"id": kr.pk, "title": kr.title, "objective": kr.objective.title} for kr in due]
    stored = notify(
        recipient=moment.person,
        kind=Kind.CHECK_IN_REMINDER,
        dedupe_key=moment.key,
        title=title % {"n": count},
        body=body,
        link=site_path("check_in"),
        data={"key_results": items, "stage": moment.stage},
        now=now,
    )
    return stored is not None


def reminders_send(*, now: datetime) -> int:
    """Send the reminders, nudges and escalations whose moment has come; return how many."""
    sent = 0
    for candidate in _moments(now):
        # Each person's stage is looked at once, even when nothing was due (so not stored); the
        # claim commits with the reminder, so a worker that dies half-way leaves neither.
        work = partial(_remind_one, candidate, now)
        sent += run_claimed(job="reminder", slot=candidate.key, now=now, work=work) or 0
    return sent


def _remind_one(candidate: Moment, now: datetime) -> int:
    """Send one person's reminder (or nudge) and escalation when due; return how many stored."""
    moment = _today(candidate)
    if moment is None:
        return 0
    due = due_key_results(moment.person, now)
    if not due:
        return 0
    with in_language_of(moment.person):  # the worker has no request to take it from
        sent = int(_remind(moment, due, now))
    if moment.stage == 1:
        sent += escalate(moment.person, now)
    return sent


def missed_since(person: Person, now: datetime) -> datetime | None:
    """Return when the person's current streak without check-ins began (their last check-in)."""
    rows = my_key_results(person).filter(objective__cycle__state=CycleState.ACTIVE)
    last = [kr.last_check_in_at for kr in rows if kr.last_check_in_at]
    if last:
        return max(last)
    created = [kr.created_at for kr in rows if kr.created_at]
    return min(created) if created else None


def escalate(person: Person, now: datetime) -> int:
    """Tell the person's team leads once per streak of N missed weeks; return how many told."""
    since = missed_since(person, now)
    organisation = person.organisation
    period = timedelta(days=organisation.check_in_cadence_days)
    # The same 12 hours of slack as "due": a check-in late on the day before counts as missed.
    weeks = (now - since + timedelta(hours=12)) // period if since else 0
    if weeks < organisation.escalation_weeks:
        return 0
    teams = TeamMembership.objects.filter(person=person).values("team_id")
    leads = (
        Person.objects.filter(memberships__team_id__in=teams, memberships__is_lead=True)
        .exclude(pk=person.pk)
        .select_related("user", "organisation")
        .distinct()
    )
    told = 0
    for lead in leads:
        with in_language_of(lead):
            title = _("%(name)s has not checked in for %(weeks)d weeks") % {
                "name": person.name,
                "weeks": weeks,
            }
        told += (
            notify(
                recipient=lead,
                kind=Kind.CHECK_IN_ESCALATION,
                dedupe_key=f"{person.pk}:{since.isoformat()}",
                title=title,
                link=site_path("person", person.pk),
                subject=Subject("person", person.pk),
                data={"person": person.pk, "weeks": weeks},
                now=now,
            )
            is not None
        )
    return told

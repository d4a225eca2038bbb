"""Weekly check-in reminders at each person's local day and hour, a nudge, and escalation.

The tick asks, for every person, whether their reminder (or nudge) moment has come today in
their own time zone. The dedupe key names the local date, so a reminder is stored once however
often or by however many workers the tick runs, and a missed tick catches up until the nudge.
"""

from __future__ import annotations

from collections import defaultdict
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
from cairn.notifications.runs import claimed, runs_claimed
from cairn.notifications.services import Message, Subject, chunked, notify_many, site_path
from cairn.okrs.models import CycleState, KeyResult
from cairn.okrs.selectors import is_due
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


def active_key_results(people: list[Person]) -> dict[int, list[KeyResult]]:
    """Return each person's key results in active cycles, owned or contributed to (3 queries).

    The batch form of `my_key_results` (the same order), for the tick.
    """
    by_id = {p.pk: p for p in people}
    pairs = [
        *KeyResult.objects.filter(owner_id__in=by_id).values_list("owner_id", "id"),
        *KeyResult.contributors.through.objects.filter(person_id__in=by_id).values_list(
            "person_id", "keyresult_id"
        ),
    ]
    rows = KeyResult.objects.filter(
        pk__in={kr for _person, kr in pairs}, objective__cycle__state=CycleState.ACTIVE
    ).select_related("objective__cycle")
    key_results = {
        kr.pk: kr
        for kr in rows.order_by("objective__cycle__start", "objective_id", "position", "id")
    }
    order = {pk: index for index, pk in enumerate(key_results)}
    mine: dict[int, list[KeyResult]] = {pk: [] for pk in by_id}
    for person_id, kr_id in sorted(set(pairs), key=lambda pair: order.get(pair[1], -1)):
        kr = key_results.get(kr_id)
        if kr is not None and kr.organisation_id == by_id[person_id].organisation_id:
            mine[person_id].append(kr)
    return mine


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


def _first_sent(moments: list[Moment]) -> dict[int, datetime]:
    """Return when each nudge candidate's reminder of the day was stored, by person (1 query)."""
    keys = {
        f"{Kind.CHECK_IN_REMINDER}:{m.person.pk}:{m.day.isoformat()}:1": m.person.pk
        for m in moments
        if m.stage == 2
    }
    if not keys:
        return {}
    rows = Notification.objects.filter(recipient_id__in=keys.values(), dedupe_key__in=keys)
    return {
        person: created
        for person, key, created in rows.values_list("recipient_id", "dedupe_key", "created_at")
        if keys.get(key) == person
    }


def _today(moment: Moment, first_sent: dict[int, datetime]) -> Moment | None:
    """Return the stage to send now: a nudge needs a reminder sent before the nudge hour.

    When no reminder went out today (workers were down all morning), the late tick sends the
    reminder instead, and no nudge follows it the same day.
    """
    if moment.stage == 1:
        return moment
    first = first_sent.get(moment.person.pk)
    if first is None:
        return Moment(moment.person, 1, moment.day, moment.nudge_at)
    assert moment.nudge_at is not None
    return moment if first < moment.nudge_at else None


def _reminder(moment: Moment, due: list[KeyResult]) -> Message:
    with in_language_of(moment.person):  # the worker has no request to take it from
        return _reminder_message(moment, due)


def _reminder_message(moment: Moment, due: list[KeyResult]) -> Message:
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
    items = [{"id": kr.pk, "title": kr.title, "objective": kr.objective.title} for kr in due]
    return Message(
        recipient=moment.person,
        kind=Kind.CHECK_IN_REMINDER,
        dedupe_key=moment.key,
        title=title % {"n": count},
        body="\n".join(f"• {kr.title}" for kr in due),
        link=site_path("check_in"),
        data={"key_results": items, "stage": moment.stage},
    )


def reminders_send(*, now: datetime) -> int:
    """Send the reminders, nudges and escalations whose moment has come; return how many.

    People are handled `CAIRN_NOTIFY_TICK_BATCH` at a time, each batch in one transaction:
    its stages claimed (each person's stage is looked at once, even when nothing was due), its
    key results read, its reminders and escalations stored. A worker that dies half-way rolls
    back the batch's claims with its reminders, so the next tick does it, once.
    """
    sent = 0
    for batch in chunked(_moments(now)):
        work = partial(_remind_batch, list(batch), now)
        sent += runs_claimed(job="reminder", slots=[m.key for m in batch], now=now, work=work)
    return sent


def _remind_batch(candidates: list[Moment], now: datetime, won: set[str]) -> int:
    """Store the reminders (or nudges) and escalations of the claimed candidates; return how
    many were stored."""
    candidates = [m for m in candidates if m.key in won]
    first_sent = _first_sent(candidates)
    moments = [m for m in (_today(c, first_sent) for c in candidates) if m is not None]
    active = active_key_results([m.person for m in moments])
    reminders, missed = [], []
    for moment in moments:
        due = [kr for kr in active[moment.person.pk] if is_due(kr, moment.person.organisation, now)]
        if not due:
            continue
        reminders.append(_reminder(moment, due))
        if moment.stage == 1:
            missed.append((moment.person, active[moment.person.pk]))
    return len(notify_many(reminders, now=now)) + len(
        notify_many(_escalations(missed, now), now=now)
    )


def _since(key_results: list[KeyResult]) -> datetime | None:
    """Return when the streak without check-ins began: the last check-in, else the first key
    result's creation."""
    last = [kr.last_check_in_at for kr in key_results if kr.last_check_in_at]
    if last:
        return max(last)
    created = [kr.created_at for kr in key_results if kr.created_at]
    return min(created) if created else None


def _weeks_missed(person: Person, since: datetime | None, now: datetime) -> int:
    period = timedelta(days=person.organisation.check_in_cadence_days)
    # The same 12 hours of slack as "due": a check-in late on the day before counts as missed.
    return (now - since + timedelta(hours=12)) // period if since else 0


def _leads(people: list[Person]) -> dict[int, list[Person]]:
    """Return the leads of every team each person is in, not the person (2 queries)."""
    teams: dict[int, set[int]] = defaultdict(set)
    rows = TeamMembership.objects.filter(person__in=people).values_list("person_id", "team_id")
    for person_id, team_id in rows:
        teams[person_id].add(team_id)
    leads_of: dict[int, dict[int, Person]] = defaultdict(dict)
    lead_rows = TeamMembership.objects.filter(
        team_id__in={t for ts in teams.values() for t in ts}, is_lead=True
    ).select_related("person__user", "person__organisation")
    for membership in lead_rows:
        leads_of[membership.team_id][membership.person_id] = membership.person
    found: dict[int, list[Person]] = {}
    for person in people:
        leads = {pk: lead for team in teams[person.pk] for pk, lead in leads_of[team].items()}
        leads.pop(person.pk, None)
        found[person.pk] = sorted(leads.values(), key=lambda lead: lead.pk)
    return found


def _escalations(missed: list[tuple[Person, list[KeyResult]]], now: datetime) -> list[Message]:
    """Return the escalations due for people reminded now: once per streak of N missed weeks,
    to the leads of their teams."""
    streaks = []
    for person, key_results in missed:
        since = _since(key_results)
        weeks = _weeks_missed(person, since, now)
        if since is not None and weeks >= person.organisation.escalation_weeks:
            streaks.append((person, since, weeks))
    leads = _leads([person for person, _since_, _weeks in streaks])
    return [
        _escalation(lead, person, since, weeks)
        for person, since, weeks in streaks
        for lead in leads[person.pk]
    ]


def _escalation(lead: Person, person: Person, since: datetime, weeks: int) -> Message:
    with in_language_of(lead):
        title = _("%(name)s has not checked in for %(weeks)d weeks") % {
            "name": person.name,
            "weeks": weeks,
        }
    return Message(
        recipient=lead,
        kind=Kind.CHECK_IN_ESCALATION,
        dedupe_key=f"{person.pk}:{since.isoformat()}",
        title=title,
        link=site_path("person", person.pk),
        subject=Subject("person", person.pk),
        data={"person": person.pk, "weeks": weeks},
    )

"""Stored as-of days: each past day's pace rows and at-risk lists, so `?as_of=` reads rows.

A dashboard as of a past date used to rebuild the whole cycle on every request (minutes at
10,000 people). Instead, for every past day of a cycle, `days_store` rebuilds the cycle once
at the end of that day (organisation's time zone) with `cairn.okrs.as_of.objectives_as_of` —
the very rebuild the page would make, so the rows equal it — and keeps:

- `TeamPaceDay`: the key results grouped by team then, visibility and team now, and pace
  (count, clamped progress sum, confidence sum, checked in within 7 days): per team, not per
  key result;
- `RiskyKeyResultDay`: the `AT_RISK_PER_BUCKET` worst key results of each such bucket, so that
  any reader's (any union of buckets') list of the page is among them;
- `PaceDay`: the marker saying the day is complete, with what the rows assumed.

Visibility is today's, as on every time-travel page: the rows carry the objective's visibility
and team when written, and every change of an objective's team or visibility, and every
deletion, drops the cycle's markers at once (`days_dropped`, from `aggregates.teams_changed`),
so the page rebuilds exactly until the sweep writes the days again. A check-in or correction
dated on or before a stored day (back-dated) is found by the sweep (`refresh`), which drops
the days from its date on; until then (at most one sweep) the stored day lags, as the live
pace rows do.

The sweep writes at most `DAYS_PER_SWEEP` missing days per run (open cycles first, newest day
first); `cairn dashboards rebuild [--days N]` writes them all.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.db.models import Max, Min, Q
from django.utils import timezone

from cairn.dashboards import selectors
from cairn.dashboards.figures import PaceGroup, clamp
from cairn.dashboards.models import PaceDay, RiskyKeyResultDay, TeamPaceDay
from cairn.okrs.as_of import objectives_as_of
from cairn.okrs.measures import thresholds
from cairn.okrs.models import CheckIn, Cycle, CycleState, KeyResult, Objective
from cairn.okrs.permissions import Access
from cairn.organisations.models import Organisation

AT_RISK_PER_BUCKET = 10  # the page's list (web.queries.dashboards.LIST_LIMIT)
DAYS_PER_SWEEP = 2
DISCIPLINE_DAYS = 7
RISKY = ("off_track", "at_risk")
# A check-in transaction open longer than this when the sweep runs may be missed by it.
RECORDING_GRACE = timedelta(minutes=2)
SETTLED_AFTER = timedelta(days=DISCIPLINE_DAYS + 1)

Bucket = tuple[int, str, int]  # team key then, visibility now, team key now
Risky = tuple[int, int, float, int, int]  # rank, confidence, progress, key result, objective


def day_end(day: date, organisation: Organisation) -> datetime:
    """Return the last moment of the day in the organisation's time zone (as `parse_moment`)."""
    return datetime.combine(day, time.max, tzinfo=organisation.zone)


def signature(cycle: Cycle, organisation: Organisation) -> str:
    """Return what a day's rows depend on besides the history: dates, thresholds, time zone."""
    limits = thresholds(organisation)
    return (
        f"{cycle.start}|{cycle.end}|{limits.too_early}|{limits.at_risk}|{limits.on_track}"
        f"|{organisation.time_zone}"
    )


def _today(organisation: Organisation, now: datetime) -> date:
    return now.astimezone(organisation.zone).date()


def wanted_days(cycle: Cycle, organisation: Organisation, now: datetime) -> list[date]:
    """Return the past days of the cycle that have as-of rows, newest first.

    From the cycle's first day to yesterday, at most until a week after its end (later
    nothing on the dashboards moves but check-ins made after the cycle, which are rare).
    """
    last = min(_today(organisation, now) - timedelta(days=1), cycle.end + SETTLED_AFTER)
    days, day = [], last
    while day >= cycle.start:
        days.append(day)
        day -= timedelta(days=1)
    return days


@dataclass
class ObjectiveDay:
    """One objective's key results at the end of a day: sums by pace, and the risky ones."""

    team_key: int  # the objective's team then (0: none)
    paces: dict[str, list[float]] = field(
        default_factory=lambda: defaultdict(lambda: [0, 0.0, 0, 0])
    )
    risky: list[Risky] = field(default_factory=list)


def _rows(cycle: Cycle, day: date, organisation: Organisation) -> dict[int, ObjectiveDay]:
    """Rebuild the cycle at the end of the day; return each objective's sums by pace."""
    at = day_end(day, organisation)
    then = objectives_as_of(Objective.objects.filter(cycle_id=cycle.pk), at, organisation)
    since = at - timedelta(days=DISCIPLINE_DAYS)
    found: dict[int, ObjectiveDay] = {}
    for objective in then.values():
        entry = found[objective.id] = ObjectiveDay(objective.team_id or 0)
        for kr in objective.key_results:
            sums = entry.paces[kr.pace]
            sums[0] += 1
            sums[1] += clamp(kr.progress)
            sums[2] += kr.confidence
            recent = kr.last_check_in_at is not None and kr.last_check_in_at >= since
            sums[3] += 1 if recent else 0
            if kr.pace in RISKY:
                rank = 0 if kr.pace == "off_track" else 1
                entry.risky.append((rank, kr.confidence, kr.progress, kr.id, objective.id))
    return found


def _write(
    cycle: Cycle,
    day: date,
    organisation: Organisation,
    rebuilt: dict[int, ObjectiveDay],
    upto: int,
    now: datetime,
) -> None:
    """Store one day's rows (replacing any) and its marker, under the cycle's lock.

    Today's visibility and team of each objective, and which key results still exist, are
    read under the lock, so a change made while the day was rebuilt is not missed.
    """
    from cairn.dashboards.snapshots import _locked

    with transaction.atomic():
        _locked(cycle)
        today = {
            pk: (visibility, team or 0)
            for pk, visibility, team in Objective.objects.filter(cycle_id=cycle.pk)
            .order_by()
            .values_list("pk", "visibility", "team_id")
        }
        alive = set(
            KeyResult.objects.filter(objective__cycle_id=cycle.pk)
            .order_by()
            .values_list("pk", flat=True)
        )
        sums: dict[tuple[Bucket, str], list[float]] = defaultdict(lambda: [0, 0.0, 0, 0])
        lists: dict[Bucket, list[Risky]] = defaultdict(list)
        for objective_id, entry in rebuilt.items():
            if objective_id not in today:
                continue  # deleted since: absent as of any date
            bucket: Bucket = (entry.team_key, *today[objective_id])
            for pace, figures in entry.paces.items():
                total = sums[(bucket, pace)]
                for i in range(4):
                    total[i] += figures[i]
            lists[bucket] += [r for r in entry.risky if r[3] in alive]
        TeamPaceDay.objects.filter(cycle_id=cycle.pk, day=day).delete()
        RiskyKeyResultDay.objects.filter(cycle_id=cycle.pk, day=day).delete()
        common = {"organisation_id": cycle.organisation_id, "cycle_id": cycle.pk, "day": day}
        TeamPaceDay.objects.bulk_create(
            [
                TeamPaceDay(
                    **common,
                    team_key=team,
                    visibility=visibility,
                    visible_team=visible_team,
                    pace=pace,
                    key_results=int(n),
                    progress_sum=progress,
                    confidence_sum=int(confidence),
                    recent=int(recent),
                )
                for ((team, visibility, visible_team), pace), (
                    n,
                    progress,
                    confidence,
                    recent,
                ) in sums.items()
            ],  # fmt: skip
            batch_size=2000,
        )
        worst = []
        for (team, visibility, visible_team), risky in lists.items():
            risky.sort()
            worst += [
                RiskyKeyResultDay(**common, team_key=team, visibility=visibility,
                                  visible_team=visible_team, rank=rank, confidence=confidence,
                                  progress=progress, key_result_id=kr, objective_id=objective)
                for rank, confidence, progress, kr, objective in risky[:AT_RISK_PER_BUCKET]
            ]  # fmt: skip
        RiskyKeyResultDay.objects.bulk_create(worst, batch_size=2000)
        PaceDay.objects.update_or_create(
            cycle_id=cycle.pk,
            day=day,
            defaults={
                "organisation_id": cycle.organisation_id,
                "written_at": now,
                "check_ins_upto": upto,
                "signature": signature(cycle, organisation),
            },
        )


def days_store(cycle: Cycle, days: Iterable[date], now: datetime | None = None) -> int:
    """Rebuild and store these days of the cycle; return how many were written."""
    now = now or timezone.now()
    organisation = cycle.organisation
    written = 0
    for day in days:
        # Check-ins after this id are looked at by the next sweep (`refresh`).
        upto = CheckIn.objects.aggregate(top=Max("pk"))["top"] or 0
        _write(cycle, day, organisation, _rows(cycle, day, organisation), upto, now)
        written += 1
    return written


def missing_days(cycle: Cycle, now: datetime) -> list[date]:
    """Return the wanted days of the cycle without a valid marker, newest first."""
    organisation = cycle.organisation
    valid = set(
        PaceDay.objects.filter(cycle_id=cycle.pk, signature=signature(cycle, organisation))
        .order_by()
        .values_list("day", flat=True)
    )
    return [d for d in wanted_days(cycle, organisation, now) if d not in valid]


def days_dropped(cycle: Cycle, since: date | None = None) -> int:
    """Drop the cycle's day markers (from `since` on): the pages rebuild until rewritten."""
    markers = PaceDay.objects.filter(cycle_id=cycle.pk)
    if since is not None:
        markers = markers.filter(day__gte=since)
    return markers.delete()[0]


def late_check_ins(now: datetime) -> int:
    """Drop the days that check-ins recorded since they were written are dated on or before.

    Reads the check-ins with an id above the lowest `check_ins_upto` (the ones recorded since
    the oldest marker's count, by primary key), then raises every marker's `check_ins_upto`
    to the highest id recorded more than `RECORDING_GRACE` ago. Returns the days dropped.
    """
    first = PaceDay.objects.aggregate(low=Min("check_ins_upto"))["low"]
    if first is None:
        return 0
    recent = (
        CheckIn.objects.filter(pk__gt=first)
        .order_by()
        .values_list("pk", "checked_in_at", "recorded_at", "key_result__objective__cycle_id")
    )
    earliest: dict[int, list[tuple[int, datetime]]] = defaultdict(list)
    top = first
    for pk, moment, recorded, cycle_id in recent:
        earliest[cycle_id].append((pk, moment))
        if recorded < now - RECORDING_GRACE:
            top = max(top, pk)
    dropped = 0
    if earliest:
        markers = PaceDay.objects.filter(cycle_id__in=list(earliest)).select_related("organisation")
        gone = [
            m.pk
            for m in markers
            if any(
                pk > m.check_ins_upto and moment <= day_end(m.day, m.organisation)
                for pk, moment in earliest[m.cycle_id]
            )
        ]
        dropped = PaceDay.objects.filter(pk__in=gone).delete()[0]
    PaceDay.objects.filter(check_ins_upto__lt=top).update(check_ins_upto=top)
    return dropped


def refresh(now: datetime | None = None, limit: int | None = DAYS_PER_SWEEP) -> int:
    """Drop the days late check-ins changed, then write up to `limit` missing days.

    Cycles still moving come first (closed ones after), each newest day first, so yesterday of
    the active cycle is written by the first sweep after midnight; at 10,000 people a day costs
    seconds, so the sweep fills a history a few days at a time (`None`: every missing day).
    """
    now = now or timezone.now()
    late_check_ins(now)
    cycles = Cycle.objects.select_related("organisation").order_by("pk")
    ordered = sorted(cycles, key=lambda c: (c.state == CycleState.CLOSED, -c.end.toordinal()))
    written = 0
    for cycle in ordered:
        if cycle.state == CycleState.PLANNING and cycle.start > _today(cycle.organisation, now):
            continue
        if limit is not None and written >= limit:
            break
        days = missing_days(cycle, now)
        written += days_store(cycle, days if limit is None else days[: limit - written], now)
    return written


# Reading ---------------------------------------------------------------------------------


def stored_day(cycle: Cycle, organisation: Organisation, at: datetime) -> PaceDay | None:
    """Return the stored day standing for the moment `at` (the end of a day), if any."""
    if at.time() != time.max:
        return None  # a moment within a day: only the exact rebuild tells
    marker = PaceDay.objects.filter(cycle_id=cycle.pk, day=at.date()).first()
    if marker is None or marker.signature != signature(cycle, organisation):
        return None
    return marker


def counted_buckets(access: Access, team_ids: frozenset[int] | None) -> Q:
    """Return the stored buckets in scope that count for the reader (by today's visibility:
    the objective's team now, `visible_team`); the rest the reader sees is rebuilt."""
    return selectors.counted_buckets(access, team_ids, visible_team="visible_team")


def day_pace_groups(
    access: Access, team_ids: frozenset[int] | None, marker: PaceDay
) -> list[PaceGroup]:
    """Return the day's key results by team then and pace, for the buckets the reader counts."""
    return selectors.summed_pace_groups(
        TeamPaceDay.objects.filter(cycle_id=marker.cycle_id, day=marker.day).filter(
            counted_buckets(access, team_ids)
        )
    )


def day_at_risk(
    access: Access, team_ids: frozenset[int] | None, marker: PaceDay, limit: int
) -> list[tuple[Risky, int | None]]:
    """Return the day's worst key results the reader counts, in order: (row, team then)."""
    rows = (
        RiskyKeyResultDay.objects.filter(cycle_id=marker.cycle_id, day=marker.day)
        .filter(counted_buckets(access, team_ids))
        .order_by("rank", "confidence", "progress", "key_result_id")
        .values_list("rank", "confidence", "progress", "key_result_id", "objective_id", "team_key")[
            :limit
        ]
    )
    return [((r[0], r[1], r[2], r[3], r[4]), r[5] or None) for r in rows]

"""The one module that loads dashboard rows from the database, aggregated in SQL.

Every read is scoped to the reader's organisation and to the objectives they may see
(`Access.objective_filter`): a private objective counts only for those who may open it.
Pace is computed by the database from the stored `progress` with the expected progress of each
window worked out once here (`pace_case`), so nothing loads the key results one by one.

Time travel (`web.queries.dashboards_then.add_then`) replaces `pace_groups` and `at_risk` with
`figures.group_facts` over key results rebuilt by `cairn.okrs.as_of`; the confidence weeks here
stop at the past moment (`check_in_weeks(..., now=<the moment>)`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.db.models import (
    Case,
    CharField,
    Count,
    Exists,
    F,
    FloatField,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Coalesce

from cairn import engine
from cairn.dashboards.figures import GradeGroup, PaceGroup, WeekGroup
from cairn.dashboards.models import CheckInDay, GradeCount, RiskyKeyResult, Snapshot, TeamPace
from cairn.engine.grading import GREEN_FROM, YELLOW_FROM
from cairn.okrs import measures
from cairn.okrs.models import CheckIn, Cycle, CycleState, KeyResult, Objective, Visibility
from cairn.okrs.permissions import Access
from cairn.organisations.models import Organisation

DISCIPLINE_DAYS = 7
GRADED_CYCLES = 4
RISKY = ("off_track", "at_risk")
AT_RISK_FIELDS = (
    "title", "progress", "confidence", "objective__title", "objective__team__name",
    "owner__user__first_name", "owner__user__last_name", "owner__user__email",
)  # fmt: skip


@dataclass(frozen=True)
class Scope:
    """What a dashboard covers: the organisation, a set of teams, or one person's OKRs."""

    team_ids: frozenset[int] | None = None
    person_id: int | None = None

    def objectives(self, prefix: str = "") -> Q:
        """Return the filter on objectives (through `prefix`) in scope."""
        if self.person_id is not None:
            return Q(**{f"{prefix}owner_id": self.person_id})
        if self.team_ids is not None:
            return Q(**{f"{prefix}team_id__in": sorted(self.team_ids)})
        return Q()

    def key_results(self, prefix: str = "") -> Q:
        """Return the filter on key results (through `prefix`): a person's are those they own."""
        if self.person_id is not None:
            return Q(**{f"{prefix}owner_id": self.person_id})
        return self.objectives(f"{prefix}objective__")


def key_results_in(access: Access, scope: Scope, cycle: Cycle) -> QuerySet[KeyResult]:
    """Return the cycle's key results in scope on objectives the reader may see."""
    return (
        KeyResult.objects.filter(organisation_id=access.person.organisation_id)
        .filter(objective__cycle_id=cycle.pk)
        .filter(access.objective_filter("objective__"))
        .filter(scope.key_results())
        .order_by()
    )


def due_dates(key_results: QuerySet[KeyResult]) -> list[date | None]:
    """Return the distinct own due dates of the key results (None: the cycle's end)."""
    return list(key_results.values_list("due_date", flat=True).distinct())


def pace_case(
    cycle: Cycle, dates: Iterable[date | None], now: datetime, organisation: Organisation
) -> Case:
    """Return a SQL CASE giving each key result's pace status, as engine.pace_status does.

    One branch per distinct window: its expected progress is computed here, so the database
    only compares the stored progress with constants.
    """
    local_now = measures.local_now(organisation, now)
    limits = measures.thresholds(organisation)
    whens = [When(progress__gte=1, then=Value("on_track"))]
    for due in dates:
        window = Q(due_date__isnull=True) if due is None else Q(due_date=due)
        start, end = cycle.start, max(due or cycle.end, cycle.start)
        expected = engine.expected_progress(at=local_now, start=start, end=end)
        if expected < limits.too_early or expected <= 0:
            whens.append(When(window, then=Value("too_early")))
            continue
        whens += [
            When(window & Q(progress__gte=limits.on_track * expected), then=Value("on_track")),
            When(window & Q(progress__gte=limits.at_risk * expected), then=Value("at_risk")),
        ]
    return Case(*whens, default=Value("off_track"), output_field=CharField())


def clamped_progress() -> Case:
    return Case(
        When(progress__lt=0, then=Value(0.0)),
        When(progress__gt=1, then=Value(1.0)),
        default=F("progress"),
        output_field=FloatField(),
    )


def pace_groups(key_results: QuerySet[KeyResult], pace: Case, now: datetime) -> list[PaceGroup]:
    """Return the key results grouped by team and pace: count, progress, confidence, recent."""
    since = now - timedelta(days=DISCIPLINE_DAYS)
    rows = (
        key_results.annotate(pace=pace)
        .values("objective__team_id", "pace")
        .annotate(
            n=Count("pk"),
            progress_sum=Sum(clamped_progress()),
            confidence_sum=Sum("confidence"),
            recent=Count("pk", filter=Q(last_check_in_at__gte=since)),
        )
        .order_by()
    )
    return [
        PaceGroup(
            row["objective__team_id"], row["pace"], row["n"], row["progress_sum"] or 0.0,
            row["confidence_sum"] or 0, row["recent"],
        )
        for row in rows
    ]  # fmt: skip


def at_risk(key_results: QuerySet[KeyResult], pace: Case, limit: int) -> list[KeyResult]:
    """Return the most at-risk key results: off track first, then lowest confidence, progress.

    The ordering picks ids in a subquery that reads only key results and objectives; the
    joins to team and owner touch those `limit` rows, not every key result of the cycle.
    """
    rank = Case(When(pace="off_track", then=Value(0)), default=Value(1))
    order = ("rank", "confidence", "progress", "pk")
    ids = (
        key_results.annotate(pace=pace, rank=rank)
        .filter(pace__in=RISKY)
        .order_by(*order)
        .values("pk")[:limit]
    )
    rows = (
        KeyResult.objects.filter(pk__in=ids)
        .annotate(pace=pace, rank=rank)
        .select_related("objective__team", "owner__user")
        .only(*AT_RISK_FIELDS)
        .order_by(*order)
    )
    return list(rows)


def week_starts(cycle: Cycle, organisation: Organisation, now: datetime) -> list[datetime]:
    """Return the aware start of each week of the cycle up to now (local midnight)."""
    zone = organisation.zone
    starts = []
    day = cycle.start
    while day <= cycle.end:
        moment = datetime.combine(day, datetime.min.time(), tzinfo=zone)
        if moment > now:
            break
        starts.append(moment)
        day += timedelta(days=7)
    return starts


def _week_of(field: str, starts: list[datetime], low: int, high: int) -> Case | Value:
    """Return the index of the week holding `field`, by halving: about log2(weeks) comparisons."""
    if high - low == 1:
        return Value(low)
    middle = (low + high) // 2
    return Case(
        When(**{f"{field}__gte": starts[middle]}, then=_week_of(field, starts, middle, high)),
        default=_week_of(field, starts, low, middle),
        output_field=IntegerField(),
    )


def week_in(field: str, starts: list[datetime], end: datetime) -> Case:
    """Return the week index of `field`, -1 outside the weeks.

    No WHERE on the moment: with a range there, SQLite walks the check-in time index over
    every organisation instead of the cycle's key results.
    """
    outside = Q(**{f"{field}__lt": starts[0]}) | Q(**{f"{field}__gte": end})
    return Case(
        When(outside, then=Value(-1)),
        default=_week_of(field, starts, 0, len(starts)),
        output_field=IntegerField(),
    )


def check_in_weeks(
    access: Access,
    scope: Scope,
    cycle: Cycle,
    starts: list[datetime],
    now: datetime,
    only: Q | None = None,
    since: tuple[datetime, datetime] | None = None,
) -> list[WeekGroup]:
    """Return the cycle's check-ins grouped by team and week: count, confidence, key results.

    A check-in that a later correction replaced is left out of the count and the confidence:
    two queries, every check-in of the cycle grouped, less the corrected ones (few, so a
    second grouped query is cheaper than an outer join). Key results checked in count each
    key result once per week, corrections included.

    `now` may be a past moment (time travel): check-ins dated after it fall outside the weeks.
    A correction keeps the corrected check-in's time, so a past week shows the corrected value,
    as the other time-travel pages do.

    `only` keeps some check-ins (a filter on check-ins); `since` = (from, week start) keeps
    those from `from` on, and counts a key result only if it had no check-in earlier that
    week (the stored days hold those).
    """
    if not starts:
        return []
    closes = datetime.combine(cycle.end + timedelta(days=1), datetime.min.time(), starts[0].tzinfo)
    window_end = min(closes, now)
    check_ins = (
        CheckIn.objects.filter(organisation_id=access.person.organisation_id)
        .filter(key_result__objective__cycle_id=cycle.pk)
        .filter(access.objective_filter("key_result__objective__"))
        .filter(scope.key_results("key_result__"))
        .filter(only or Q())
        .order_by()
    )
    krs = Count("key_result_id", distinct=True)
    if since is not None:
        check_ins = check_ins.filter(checked_in_at__gte=since[0])
        earlier = CheckIn.objects.filter(
            key_result_id=OuterRef("key_result_id"),
            checked_in_at__gte=since[1],
            checked_in_at__lt=since[0],
        )
        krs = Count("key_result_id", distinct=True, filter=~Q(Exists(earlier)))
    found: dict[tuple[int | None, int], list[int]] = {}
    weekly = (
        check_ins.annotate(week=week_in("checked_in_at", starts, window_end))
        .values("key_result__objective__team_id", "week")
        .annotate(n=Count("pk"), total=Sum("confidence"), krs=krs)
    )
    for row in weekly:
        if row["week"] >= 0:
            key = (row["key_result__objective__team_id"], row["week"])
            found[key] = [row["n"], row["total"] or 0, row["krs"]]
    # From the corrections (a correction is on the same key result as what it replaces).
    corrected = (
        check_ins.filter(corrects__isnull=False)
        .annotate(week=week_in("corrects__checked_in_at", starts, window_end))
        .values("key_result__objective__team_id", "week")
        .annotate(n=Count("pk"), total=Sum("corrects__confidence"))
    )
    for row in corrected:
        key = (row["key_result__objective__team_id"], row["week"])
        if row["week"] >= 0 and key in found:
            found[key][0] -= row["n"]
            found[key][1] -= row["total"] or 0
    return [WeekGroup(team, week, *figures) for (team, week), figures in found.items()]


def key_result_counts(key_results: QuerySet[KeyResult]) -> dict[int | None, int]:
    """Return how many of the key results each team has."""
    rows = key_results.values("objective__team_id").annotate(n=Count("pk")).order_by()
    return {row["objective__team_id"]: row["n"] for row in rows}


def unaligned(access: Access, scope: Scope, cycle: Cycle) -> QuerySet[Objective]:
    """Return the cycle's team objectives in scope aligned to nothing, by team and title."""
    return (
        Objective.objects.filter(access.objective_filter())
        .filter(scope.objectives())
        .filter(cycle_id=cycle.pk, team__isnull=False)
        .filter(parent_objective__isnull=True, parent_key_result__isnull=True)
        .select_related("team", "owner__user")
        .order_by("team__name", "title", "pk")
    )


def graded_cycles(organisation_id: int, before: Cycle | None) -> list[Cycle]:
    """Return the last cycles in grading or closed (up to the chosen one), latest first."""
    cycles = Cycle.objects.filter(
        organisation_id=organisation_id,
        state__in=(CycleState.GRADING, CycleState.CLOSED),
    )
    if before is not None:
        cycles = cycles.filter(end__lte=before.end)
    return list(cycles.order_by("-end", "name")[:GRADED_CYCLES])


def grade_band() -> Case:
    """Return the grade band (red, yellow, green) of the annotation `shown`, as the engine's."""
    return Case(
        When(shown__lt=YELLOW_FROM, then=Value("red")),
        When(shown__lt=GREEN_FROM, then=Value("yellow")),
        default=Value("green"),
        output_field=CharField(),
    )


def grade_groups(
    access: Access, scope: Scope, cycles: list[Cycle], only: Q | None = None
) -> list[GradeGroup]:
    """Return the objectives of the cycles grouped by cycle, kind and grade band.

    An objective not graded yet counts with its default grade (rounded progress), as on the
    retrospective page; the band limits are the engine's.
    """
    if not cycles:
        return []
    grade = Coalesce("grade", "progress", output_field=FloatField())
    band = grade_band()
    rows = (
        Objective.objects.filter(access.objective_filter())
        .filter(scope.objectives())
        .filter(only or Q())
        .filter(cycle_id__in=[c.pk for c in cycles])
        .annotate(shown=grade)
        .annotate(band=band)
        .values("cycle_id", "kind", "band")
        .annotate(n=Count("pk"))
        .order_by()
    )
    return [GradeGroup(r["cycle_id"], r["kind"], r["band"], r["n"]) for r in rows]


# Stored check-in days (`CheckInDay`) ------------------------------------------------------


def _counted_visible(access: Access, prefix: str = "") -> Q:
    """Return the objectives the reader sees whatever their owner and sharing: stored rows.

    An admin sees all. Others see public objectives and team ones of their teams (or of no
    team); what else they see (their own private objectives, those shared with them) is
    counted from the check-ins (`_only_own`).
    """
    if access.is_admin:
        return Q()
    teams = access.member_teams | access.lead_scope
    return Q(**{f"{prefix}visibility": Visibility.PUBLIC}) | Q(
        Q(**{f"{prefix}visibility": Visibility.TEAM})
        & (Q(**{f"{prefix}team__isnull": True}) | Q(**{f"{prefix}team_id__in": sorted(teams)}))
    )


def _stored_days(
    access: Access, scope: Scope, cycle: Cycle, until: date, inclusive: bool
) -> list[WeekGroup]:
    """Return the stored days of the cycle up to `until`, grouped by team and week."""
    days = CheckInDay.objects.filter(
        organisation_id=access.person.organisation_id, cycle_id=cycle.pk
    ).filter(Q(day__lte=until) if inclusive else Q(day__lt=until))
    if scope.team_ids is not None:
        days = days.filter(team_key__in=sorted(scope.team_ids))
    if not access.is_admin:
        teams = sorted(access.member_teams | access.lead_scope)
        days = days.filter(
            Q(visibility=Visibility.PUBLIC)
            | Q(visibility=Visibility.TEAM, team_key=0)
            | Q(visibility=Visibility.TEAM, team_key__in=teams)
        )
    rows = (
        days.values("team_key", "week")
        .annotate(n=Sum("check_ins"), total=Sum("confidence_sum"), krs=Sum("key_results"))
        .order_by()
    )
    return [WeekGroup(r["team_key"] or None, r["week"], r["n"], r["total"], r["krs"]) for r in rows]


def _merged(*parts: list[WeekGroup]) -> list[WeekGroup]:
    sums: dict[tuple[int | None, int], list[int]] = {}
    for part in parts:
        for g in part:
            entry = sums.setdefault((g.team_id, g.week), [0, 0, 0])
            entry[0] += g.check_ins
            entry[1] += g.confidence_sum
            entry[2] += g.key_results
    return [WeekGroup(team, week, *figures) for (team, week), figures in sums.items()]


def stored_check_in_weeks(
    access: Access,
    scope: Scope,
    cycle: Cycle,
    starts: list[datetime],
    now: datetime,
    live: bool = True,
) -> list[WeekGroup]:
    """Return what `check_in_weeks` returns, read from the stored check-in days.

    A person's dashboard (few check-ins, not stored by owner) counts the check-ins. Otherwise
    the stored days up to `now` (today included when `live`: no check-in is dated later than
    now; a past day's end includes that day) plus, counted from the check-ins: the objectives a
    non-admin sees only as their owner or through sharing, and, for a past moment within a day,
    its day up to the moment.
    """
    if not starts or scope.person_id is not None:
        return check_in_weeks(access, scope, cycle, starts, now)
    zone = starts[0].tzinfo
    closes = datetime.combine(cycle.end + timedelta(days=1), datetime.min.time(), zone)
    window_end = min(closes, now)
    day = window_end.astimezone(zone).date()
    day_starts = datetime.combine(day, datetime.min.time(), zone)
    # The last moment of a day (as of a date): that day's stored rows are whole.
    whole = window_end + timedelta(microseconds=1) >= day_starts + timedelta(days=1)
    parts = [_stored_days(access, scope, cycle, day, inclusive=live or whole)]
    if not access.is_admin:
        only_own = ~_counted_visible(access, "key_result__objective__")
        parts.append(check_in_weeks(access, scope, cycle, starts, now, only=only_own))
    if not live and not whole and day_starts < window_end:
        week_start = starts[min((day - cycle.start).days // 7, len(starts) - 1)]
        part = _counted_visible(access, "key_result__objective__")
        parts.append(
            check_in_weeks(
                access, scope, cycle, starts, now, only=part, since=(day_starts, week_start)
            )
        )
    return _merged(*parts)


# Stored pace and grade rows (`cairn.dashboards.snapshots`) -------------------------------


def snapshots_of(cycles: Iterable[Cycle]) -> dict[int, Snapshot]:
    """Return the stored-rows record of each of the cycles that has one."""
    return {s.cycle_id: s for s in Snapshot.objects.filter(cycle_id__in=[c.pk for c in cycles])}


def _buckets(access: Access, scope: Scope) -> Q:
    """Return the stored rows (team_key, visibility) in scope that count for the reader."""
    return counted_buckets(access, scope.team_ids, visible_team="team_key")


def counted_buckets(
    access: Access, team_ids: frozenset[int] | None, visible_team: str = "team_key"
) -> Q:
    """Return the stored rows in scope (`team_key` among `team_ids`) that count for the reader.

    A non-admin counts public objectives and team objectives of their teams (or of no team),
    the team being the row's `visible_team` column; what else they see (their own private
    objectives, those shared with them) is counted apart. One rule for the sweep's rows and
    the stored as-of days.
    """
    found = Q()
    if team_ids is not None:
        found &= Q(team_key__in=sorted(team_ids))
    if not access.is_admin:
        teams = sorted(access.member_teams | access.lead_scope)
        found &= (
            Q(visibility=Visibility.PUBLIC)
            | Q(visibility=Visibility.TEAM, **{visible_team: 0})
            | Q(visibility=Visibility.TEAM, **{f"{visible_team}__in": teams})
        )
    return found


def summed_pace_groups(stored: QuerySet) -> list[PaceGroup]:
    """Return stored pace rows (`TeamPace` or `TeamPaceDay`) summed by team and pace."""
    rows = (
        stored.values("team_key", "pace")
        .annotate(
            n=Sum("key_results"),
            progress=Sum("progress_sum"),
            confidence=Sum("confidence_sum"),
            recent=Sum("recent"),
        )
        .order_by()
    )
    return [
        PaceGroup(r["team_key"] or None, r["pace"], r["n"], r["progress"] or 0.0,
                  r["confidence"] or 0, r["recent"])
        for r in rows
    ]  # fmt: skip


def stored_pace_groups(
    access: Access, scope: Scope, cycle: Cycle, now: datetime
) -> list[PaceGroup]:
    """Return what `pace_groups` returns, from the stored rows (not for a person's scope).

    A non-admin's objectives seen only as owner or through sharing are counted live (two
    queries on those few objectives).
    """
    groups = summed_pace_groups(
        TeamPace.objects.filter(
            organisation_id=access.person.organisation_id, cycle_id=cycle.pk
        ).filter(_buckets(access, scope))
    )
    if access.is_admin:
        return groups
    own = key_results_in(access, scope, cycle).filter(~_counted_visible(access, "objective__"))
    pace = pace_case(cycle, due_dates(own), now, access.person.organisation)
    return groups + pace_groups(own, pace, now)


def stored_at_risk(access: Access, scope: Scope, cycle: Cycle, limit: int) -> list[KeyResult]:
    """Return the most at-risk key results in the stored order (`RiskyKeyResult`'s index).

    What the reader may see and the scope are checked on the live objective, so a key result
    made private since the snapshot is not listed; its pace is the snapshot's.
    """
    order = ("rank", "confidence", "progress", "key_result_id")
    rows = (
        # The cycle alone (the objective filter checks the organisation), so that the index
        # gives the order and the scan stops after `limit` rows the reader may see.
        RiskyKeyResult.objects.filter(cycle_id=cycle.pk)
        .filter(access.objective_filter("key_result__objective__"))
        .filter(scope.key_results("key_result__"))
        .select_related("key_result__objective__team", "key_result__owner__user")
        .only("rank", *(f"key_result__{f}" for f in AT_RISK_FIELDS))
        .order_by(*order)[:limit]
    )
    found = []
    for row in rows:
        key_result = row.key_result
        key_result.pace = RISKY[row.rank]  # type: ignore[attr-defined]
        found.append(key_result)
    return found


def stored_grade_groups(access: Access, scope: Scope, cycles: list[Cycle]) -> list[GradeGroup]:
    """Return what `grade_groups` returns for closed cycles with stored grade rows."""
    if not cycles:
        return []
    rows = (
        GradeCount.objects.filter(
            organisation_id=access.person.organisation_id, cycle_id__in=[c.pk for c in cycles]
        )
        .filter(_buckets(access, scope))
        .values("cycle_id", "kind", "band")
        .annotate(n=Sum("objectives"))
        .order_by()
    )
    groups = [GradeGroup(r["cycle_id"], r["kind"], r["band"], r["n"]) for r in rows]
    if access.is_admin:
        return groups
    return groups + grade_groups(access, scope, cycles, only=~_counted_visible(access))

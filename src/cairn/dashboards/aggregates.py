"""Keeping the stored check-in days (`CheckInDay`) equal to the check-ins they count.

Called by the okrs services, one line each: `check_in_recorded` (a new check-in: one indexed
look-up and one INSERT of what it adds to its day), `check_in_corrected` (the day's confidence
moves by the difference) and
`teams_changed` (an objective moved team or visibility, or objectives, key results or check-ins
were deleted: the team's rows of the cycle are recounted). `rebuild` recounts a whole cycle
(`cairn dashboards rebuild`, `cairn generate`).

A day may hold several rows (what each check-in added since the last `compact`, which the sweep
runs); readers sum them. Appending instead of updating one shared row per day keeps check-ins on
different chains from waiting for each other (SPEC §7): an UPSERT would hold the day's row
locked until the check-in commits, and every check-in of a team on one day would queue on it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from django.db import connection, transaction
from django.db.models import Count, F, Min, Q, Sum, Value
from django.db.models.functions import Coalesce, TruncDate

from cairn.dashboards.models import CheckInDay
from cairn.lib.prepared import prepared_cursor
from cairn.okrs.models import CheckIn, Cycle, KeyResult

_INSERT = """
INSERT INTO {table} (organisation_id, cycle_id, team_key, visibility, day, week,
                     check_ins, confidence_sum, key_results)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s)
"""


def team_key(team_id: int | None) -> int:
    return team_id or 0


def midnight(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, datetime.min.time(), tzinfo=zone)


def _week(cycle: Cycle, day: date) -> int | None:
    """Return the index of the cycle's week holding `day`, None outside the cycle."""
    if day < cycle.start or day > cycle.end:
        return None
    return (day - cycle.start).days // 7


def _add(cycle: Cycle, team: int | None, visibility: str, day: date, *sums: int) -> None:
    """Add (check-ins, confidence, key results) to the day: one appended row, one statement."""
    week = _week(cycle, day)
    assert week is not None
    row = (cycle.organisation_id, cycle.pk, team_key(team), visibility,
           connection.ops.adapt_datefield_value(day), week, *sums)  # fmt: skip
    with connection.cursor() as cursor:
        cursor.execute(_INSERT.format(table=CheckInDay._meta.db_table), row)


def _first_in_week(key_result_id: int, week_start: datetime, other_than: int) -> datetime | None:
    """Return when the key result was first checked in during the week, leaving one check-in out.

    What `CheckIn.objects.filter(…).aggregate(Min("checked_in_at"))` answers, in a statement
    written once and prepared on PostgreSQL: every check-in asks (cairn.lib.prepared)."""
    field = CheckIn._meta.get_field("checked_in_at")
    table = connection.ops.quote_name(CheckIn._meta.db_table)
    bounds = [connection.ops.adapt_datetimefield_value(t) for t in (week_start, week_start + WEEK)]
    with prepared_cursor() as cursor:
        cursor.execute(
            f"SELECT MIN(checked_in_at) FROM {table} WHERE key_result_id = %s"
            " AND checked_in_at >= %s AND checked_in_at < %s AND id <> %s",
            [key_result_id, *bounds, other_than],
        )
        value = cursor.fetchone()[0]
    column = field.get_col(CheckIn._meta.db_table)
    for converter in connection.ops.get_db_converters(column) + field.get_db_converters(connection):
        value = converter(value, column, connection)
    return value


WEEK = timedelta(days=7)


def check_in_recorded(check_in: CheckIn) -> None:
    """Count a new check-in (not a correction) in its day's row.

    Its key result counts on this day unless it was checked in earlier in the same week; a
    check-in dated before the week's first one moves that key result's count to this day.
    """
    key_result: KeyResult = check_in.key_result
    objective, zone = key_result.objective, key_result.organisation.zone
    cycle = objective.cycle
    day = check_in.checked_in_at.astimezone(zone).date()
    week = _week(cycle, day)
    if week is None:
        return
    week_start = midnight(cycle.start + timedelta(days=7 * week), zone)
    first = _first_in_week(key_result.pk, week_start, check_in.pk)
    first_day = first.astimezone(zone).date() if first else None
    counts = 1 if first_day is None or first_day > day else 0
    _add(cycle, objective.team_id, objective.visibility, day, 1, check_in.confidence, counts)
    if first_day is not None and first_day > day:
        _add(cycle, objective.team_id, objective.visibility, first_day, 0, 0, -1)


def check_in_corrected(correction: CheckIn) -> None:
    """Replace the corrected check-in's confidence by the correction's (same day, same count)."""
    key_result: KeyResult = correction.key_result
    objective = key_result.objective
    day = correction.checked_in_at.astimezone(key_result.organisation.zone).date()
    if _week(objective.cycle, day) is None:
        return
    old = correction.corrects.confidence if correction.corrects else 0
    _add(objective.cycle, objective.team_id, objective.visibility, day,
         0, correction.confidence - old, 0)  # fmt: skip


def recount(cycle: Cycle, team_ids: Iterable[int | None] | None = None) -> list[CheckInDay]:
    """Return the day rows of the cycle (of some teams only) counted from the check-ins."""
    zone = cycle.organisation.zone
    check_ins = CheckIn.objects.filter(
        organisation_id=cycle.organisation_id, key_result__objective__cycle_id=cycle.pk
    )
    if team_ids is not None:
        ids = {team_key(t) for t in team_ids}
        teams = Q(key_result__objective__team_id__in=ids - {0})
        if 0 in ids:
            teams |= Q(key_result__objective__team__isnull=True)
        check_ins = check_ins.filter(teams)
    rows = check_ins.order_by().values_list(
        "key_result_id", "key_result__objective__team_id", "key_result__objective__visibility",
        "checked_in_at", "confidence", "correction__id",
    )  # fmt: skip
    sums: dict[tuple[int, str, date], list[int]] = defaultdict(lambda: [0, 0, 0])
    firsts: dict[tuple[int, int], tuple[date, int, str]] = {}
    for kr, team, visibility, moment, confidence, corrected_by in rows.iterator(chunk_size=5000):
        day = moment.astimezone(zone).date()
        week = _week(cycle, day)
        if week is None:
            continue
        entry = sums[(team_key(team), visibility, day)]
        if corrected_by is None:
            entry[0] += 1
            entry[1] += confidence
        known = firsts.get((kr, week))
        if known is None or day < known[0]:
            firsts[(kr, week)] = (day, team_key(team), visibility)
    for day, team, visibility in firsts.values():
        sums[(team, visibility, day)][2] += 1
    return [
        CheckInDay(organisation_id=cycle.organisation_id, cycle_id=cycle.pk, team_key=team,
                   visibility=visibility, day=day, week=_week(cycle, day), check_ins=n,
                   confidence_sum=total, key_results=krs)
        for (team, visibility, day), (n, total, krs) in sums.items()
    ]  # fmt: skip


def _recount_sql(cycle: Cycle, keys: set[int] | None = None) -> str:
    """Write the cycle's day rows (of some teams only) counted from the check-ins, in SQL.

    One `INSERT … SELECT`: the check-ins grouped by team, visibility, local day and week (the
    ones a correction replaced left out of the sums), added to each key result's first
    check-in of each week grouped the same way. The same rows as `recount`, which stays the
    reference the tests compare with.
    """
    from cairn.dashboards import selectors

    zone = cycle.organisation.zone
    opens = midnight(cycle.start, zone)
    closes = midnight(cycle.end + timedelta(days=1), zone)
    starts = selectors.week_starts(cycle, cycle.organisation, closes)
    check_ins = CheckIn.objects.filter(
        organisation_id=cycle.organisation_id,
        key_result__objective__cycle_id=cycle.pk,
        checked_in_at__gte=opens,
        checked_in_at__lt=closes,
    ).order_by()
    if keys is not None:
        teams = Q(key_result__objective__team_id__in=sorted(keys - {0}))
        if 0 in keys:
            teams |= Q(key_result__objective__team__isnull=True)
        check_ins = check_ins.filter(teams)
    week = selectors.week_in("checked_in_at", starts, closes)
    group = {
        "team_key": Coalesce("key_result__objective__team_id", Value(0)),
        "visibility_": F("key_result__objective__visibility"),
        "week": week,
    }
    kept = Q(correction__isnull=True)
    sums = check_ins.values(day=TruncDate("checked_in_at", tzinfo=zone), **group).annotate(
        n=Count("pk", filter=kept), total=Coalesce(Sum("confidence", filter=kept), Value(0))
    )
    firsts = (
        check_ins.values("key_result_id", **group)
        .annotate(first=Min("checked_in_at"))
        .annotate(day=TruncDate("first", tzinfo=zone))
    )
    compiled = [q.query.get_compiler(using=q.db).as_sql() for q in (sums, firsts)]
    q = connection.ops.quote_name
    columns = ", ".join(q(CheckInDay._meta.get_field(c).column) for c in (
        "organisation", "cycle", "team_key", "visibility", "day", "week", "check_ins",
        "confidence_sum", "key_results",
    ))  # fmt: skip
    keys_sql = f"{q('team_key')}, {q('visibility_')}, {q('day')}, {q('week')}"
    sql = (
        f"INSERT INTO {q(CheckInDay._meta.db_table)} ({columns}) "
        f"SELECT %s, %s, {keys_sql}, SUM(n), SUM(total), SUM(krs) FROM ("
        f"SELECT {keys_sql}, {q('n')} AS n, {q('total')} AS total, 0 AS krs FROM ({compiled[0][0]}) a "
        f"UNION ALL SELECT {keys_sql}, 0, 0, 1 FROM ({compiled[1][0]}) b"
        f") u GROUP BY {keys_sql}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, (cycle.organisation_id, cycle.pk, *compiled[0][1], *compiled[1][1]))
    return sql


@transaction.atomic
def teams_changed(cycle: Cycle, team_ids: Iterable[int | None]) -> None:
    """Recount the cycle's rows of these teams (an objective moved, or rows were deleted)."""
    from cairn.dashboards import days, snapshots

    keys = {team_key(t) for t in team_ids}
    CheckInDay.objects.filter(cycle_id=cycle.pk, team_key__in=keys).delete()
    _recount_sql(cycle, keys)
    snapshots.teams_changed(cycle, keys)  # the stored pace rows of these teams, if any
    days.days_dropped(cycle)  # the as-of days assumed today's teams and visibility


@transaction.atomic
def rebuild(cycle: Cycle) -> int:
    """Recount every row of the cycle (in SQL); return how many rows were wrong or missing."""
    stored = _summed(CheckInDay.objects.filter(cycle_id=cycle.pk))
    CheckInDay.objects.filter(cycle_id=cycle.pk).delete()
    _recount_sql(cycle)
    fresh = _summed(CheckInDay.objects.filter(cycle_id=cycle.pk))
    wrong = sum(1 for key, sums in fresh.items() if stored.pop(key, None) != sums)
    wrong += sum(1 for sums in stored.values() if sums != (0, 0, 0))
    return wrong


def _summed(rows: Iterable[CheckInDay]) -> dict[tuple[int, str, date], tuple[int, int, int]]:
    """Return each day's sums (check-ins, confidence, key results) over its rows."""
    sums: dict[tuple[int, str, date], list[int]] = defaultdict(lambda: [0, 0, 0])
    for r in rows:
        entry = sums[(r.team_key, r.visibility, r.day)]
        entry[0] += r.check_ins
        entry[1] += r.confidence_sum
        entry[2] += r.key_results
    return {key: (n, total, krs) for key, (n, total, krs) in sums.items()}


@transaction.atomic
def compact() -> int:
    """Fold every day that holds several rows into one row of their sums; return rows removed.

    Only committed rows are read and exactly those are deleted (by id), so a check-in appending
    meanwhile keeps its row for the next run; readers see the same sums before and after.
    """
    keys = ("cycle_id", "team_key", "visibility", "day")
    crowded = (
        CheckInDay.objects.values(*keys).annotate(rows=Count("id")).filter(rows__gt=1).order_by()
    )
    removed = 0
    for group in crowded.iterator(chunk_size=2000):
        rows = list(CheckInDay.objects.filter(**{k: group[k] for k in keys}))
        first = rows[0]
        ((n, total, krs),) = _summed(rows).values()
        CheckInDay.objects.create(
            organisation_id=first.organisation_id, cycle_id=first.cycle_id,
            team_key=first.team_key, visibility=first.visibility, day=first.day,
            week=first.week, check_ins=n, confidence_sum=total, key_results=krs,
        )  # fmt: skip
        removed += CheckInDay.objects.filter(pk__in=[r.pk for r in rows]).delete()[0] - 1
    return removed

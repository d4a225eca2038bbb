"""The sweep's stored pace and grade rows of each cycle (`TeamPace`, `RiskyKeyResult`, `GradeCount`).

A dashboard over a big cycle would otherwise group every key result of the cycle on each
request (pace, at-risk order, due dates, key results per team) and every objective of the last
graded cycles. Instead:

- `paces_store` writes, per cycle, the key results grouped by team, visibility and pace
  (`TeamPace`) and the off-track and at-risk ones in the at-risk order (`RiskyKeyResult`): one
  `INSERT … SELECT` each, with the same SQL pace as the live dashboard (`selectors.pace_case`).
  The sweep (`refresh`, every 15 minutes) runs it for every cycle that is not closed, and for a
  closed cycle until a week after its end (after that nothing it shows moves). Nothing is added
  to the check-in's transaction: check-ins show on the pace figures at the next sweep.
- `grades_store` writes a closed cycle's objectives by team, visibility, kind and grade band
  (`GradeCount`) once (a closed cycle no longer changes; `cairn dashboards rebuild` redoes it).
- `teams_changed` (an objective moved team or visibility, or was deleted) rewrites the rows of
  those teams at once, so a private objective never stays counted as public until the sweep.

Every write takes the cycle's `Snapshot` row first (`select_for_update`), so the sweep and a
team change never interleave their deletes.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from django.db import connection, transaction
from django.db.models import Case, Count, F, FloatField, Q, QuerySet, Sum, Value, When
from django.db.models.functions import Coalesce
from django.utils import timezone

from cairn.dashboards.models import GradeCount, RiskyKeyResult, Snapshot, TeamPace
from cairn.okrs.models import Cycle, CycleState, KeyResult, Objective

DISCIPLINE_DAYS = 7
SETTLED_AFTER = timedelta(days=DISCIPLINE_DAYS + 1)  # a closed cycle's pace rows stop moving


def _insert_select(model: type, columns: list[str], rows: QuerySet) -> int:
    """Insert the rows of a `values()` queryset (columns in that order) in one statement."""
    sql, params = rows.query.get_compiler(using=rows.db).as_sql()
    quote = connection.ops.quote_name
    names = ", ".join(quote(model._meta.get_field(c).column) for c in columns)
    with connection.cursor() as cursor:
        cursor.execute(f"INSERT INTO {quote(model._meta.db_table)} ({names}) {sql}", params)
        return cursor.rowcount


def _teams(keys: Iterable[int] | None, prefix: str) -> Q:
    if keys is None:
        return Q()
    keys = set(keys)
    found = Q(**{f"{prefix}team_id__in": sorted(keys - {0})})
    if 0 in keys:
        found |= Q(**{f"{prefix}team__isnull": True})
    return found


def _locked(cycle: Cycle) -> Snapshot:
    Snapshot.objects.get_or_create(
        cycle_id=cycle.pk, defaults={"organisation_id": cycle.organisation_id}
    )
    return Snapshot.objects.select_for_update().get(cycle_id=cycle.pk)


def _write_paces(cycle: Cycle, now: datetime, keys: Iterable[int] | None) -> None:
    from cairn.dashboards import selectors

    key_results = (
        KeyResult.objects.filter(organisation_id=cycle.organisation_id)
        .filter(objective__cycle_id=cycle.pk)
        .filter(_teams(keys, "objective__"))
        .order_by()
    )
    stored = {"cycle_id": cycle.pk}
    if keys is not None:
        stored["team_key__in"] = sorted(keys)
    TeamPace.objects.filter(**stored).delete()
    RiskyKeyResult.objects.filter(**stored).delete()
    pace = selectors.pace_case(cycle, selectors.due_dates(key_results), now, cycle.organisation)
    constants = {"org_": Value(cycle.organisation_id), "cycle_": Value(cycle.pk)}
    team = Coalesce("objective__team_id", Value(0))
    since = now - timedelta(days=DISCIPLINE_DAYS)
    grouped = (
        key_results.annotate(kr_pace=pace)
        .values(
            **constants, team_key=team, visibility_=F("objective__visibility"), pace=F("kr_pace")
        )
        .annotate(
            key_results=Count("pk"),
            progress_sum=Sum(selectors.clamped_progress()),
            confidence_sum=Sum("confidence"),
            recent=Count("pk", filter=Q(last_check_in_at__gte=since)),
        )
    )
    columns = ["organisation", "cycle", "team_key", "visibility", "pace", "key_results",
               "progress_sum", "confidence_sum", "recent"]  # fmt: skip
    _insert_select(TeamPace, columns, grouped)
    rank = Case(When(kr_pace="off_track", then=Value(0)), default=Value(1))
    risky = (
        key_results.annotate(kr_pace=pace)
        .filter(kr_pace__in=selectors.RISKY)
        .values(
            **constants,
            key_result_id_=F("pk"),
            team_key=team,
            rank=rank,
            confidence_=F("confidence"),
            progress_=F("progress"),
        )  # fmt: skip
    )
    columns = ["organisation", "cycle", "key_result", "team_key", "rank", "confidence", "progress"]
    _insert_select(RiskyKeyResult, columns, risky)


@transaction.atomic
def paces_store(cycle: Cycle, now: datetime | None = None) -> None:
    """Store the cycle's pace rows as of now (every team)."""
    now = now or timezone.now()
    snapshot = _locked(cycle)
    _write_paces(cycle, now, None)
    snapshot.paces_at = now
    snapshot.save(update_fields=["paces_at"])


@transaction.atomic
def grades_store(cycle: Cycle, now: datetime | None = None) -> None:
    """Store the cycle's objectives by team, visibility, kind and grade band."""
    from cairn.dashboards import selectors

    now = now or timezone.now()
    snapshot = _locked(cycle)
    GradeCount.objects.filter(cycle_id=cycle.pk).delete()
    rows = (
        Objective.objects.filter(organisation_id=cycle.organisation_id, cycle_id=cycle.pk)
        .annotate(shown=Coalesce("grade", "progress", output_field=FloatField()))
        .annotate(band_=selectors.grade_band())
        .values(
            organisation_id_=Value(cycle.organisation_id),
            cycle_id_=Value(cycle.pk),
            team_key=Coalesce("team_id", Value(0)),
            visibility_=F("visibility"),
            kind_=F("kind"),
            band=F("band_"),
        )  # fmt: skip
        .annotate(objectives=Count("pk"))
        .order_by()
    )
    columns = ["organisation", "cycle", "team_key", "visibility", "kind", "band", "objectives"]
    _insert_select(GradeCount, columns, rows)
    snapshot.grades_at = now
    snapshot.save(update_fields=["grades_at"])


@transaction.atomic
def teams_changed(cycle: Cycle, keys: set[int], now: datetime | None = None) -> None:
    """Rewrite the stored pace rows of these teams (`team_key`s), if the cycle has any."""
    if not Snapshot.objects.filter(cycle_id=cycle.pk, paces_at__isnull=False).exists():
        return
    _locked(cycle)
    _write_paces(cycle, now or timezone.now(), keys)
    if cycle.state == CycleState.CLOSED and GradeCount.objects.filter(cycle_id=cycle.pk).exists():
        grades_store(cycle, now)


def refresh(now: datetime | None = None) -> int:
    """Store the pace rows of every cycle still moving and missing grade rows; return cycles."""
    now = now or timezone.now()
    snapshots = {s.cycle_id: s for s in Snapshot.objects.all()}
    done = 0
    for cycle in Cycle.objects.select_related("organisation").order_by("pk"):
        snapshot = snapshots.get(cycle.pk)
        closed = cycle.state == CycleState.CLOSED
        settled = (
            closed
            and snapshot is not None
            and snapshot.paces_at is not None
            and snapshot.paces_at.date() > cycle.end + SETTLED_AFTER
        )
        if not settled:
            paces_store(cycle, now)
            done += 1
        if closed and (snapshot is None or snapshot.grades_at is None):
            grades_store(cycle, now)
    if done and connection.vendor == "postgresql":  # rows replaced: fresh planner statistics
        tables = (TeamPace, RiskyKeyResult, GradeCount)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE " + ", ".join(t._meta.db_table for t in tables))
    return done


def fresh(snapshot: Snapshot | None, cycle: Cycle, now: datetime, minutes: int) -> bool:
    """Return True when the cycle's stored pace rows may stand for the live figures."""
    if snapshot is None or snapshot.paces_at is None or minutes <= 0:
        return False
    if cycle.state == CycleState.CLOSED and snapshot.paces_at.date() > cycle.end + SETTLED_AFTER:
        return True
    return now - timedelta(minutes=minutes) <= snapshot.paces_at <= now

"""Progress of work: done points over total points, burn-up, sprint velocity and forecast."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum


class WorkStatus(StrEnum):
    TODO = "todo"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


@dataclass(frozen=True, slots=True)
class WorkUnit:
    """What progress needs to know about one work item; `points` is None when not estimated."""

    id: int
    status: str
    points: float | None = None
    parent_id: int | None = None
    done_at: datetime | None = None
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class WorkProgress:
    """Done and total amounts; `by_count` when no item had points and each counted 1."""

    done: float
    total: float
    by_count: bool

    @property
    def ratio(self) -> float | None:
        """Return done / total in [0, 1], or None when there is nothing to count."""
        if self.total <= 0:
            return None
        return min(1.0, self.done / self.total)

    @property
    def percent(self) -> int:
        """Return the whole percentage, rounded down so 100 means every counted item is done."""
        ratio = self.ratio
        if ratio is None:
            return 0
        if self.done >= self.total:
            return 100
        # The epsilon absorbs float noise (0.29 * 100 = 28.999…); below 100 stays below 100.
        return min(99, math.floor(ratio * 100 + 1e-9))


def _live(units: Iterable[WorkUnit]) -> list[WorkUnit]:
    return [u for u in units if u.status != WorkStatus.CANCELLED]


def _has_points(unit: WorkUnit) -> bool:
    return unit.points is not None and math.isfinite(unit.points) and unit.points > 0


def _estimated_below(units: Sequence[WorkUnit]) -> set[int]:
    """Return the ids of units with an estimated descendant in `units`."""
    parent_of = {u.id: u.parent_id for u in units}
    result: set[int] = set()
    for unit in units:
        if not _has_points(unit):
            continue
        seen: set[int] = set()
        parent = unit.parent_id
        while parent is not None and parent in parent_of and parent not in seen:
            seen.add(parent)
            result.add(parent)
            parent = parent_of[parent]
    return result


def counted(units: Iterable[WorkUnit]) -> tuple[list[WorkUnit], bool]:
    """Return the units progress counts and whether they count 1 each (no points anywhere).

    Cancelled units never count. When some unit has points, the units with points count,
    except one whose sub-items carry points (the finest estimated level counts, never twice);
    units without points then count 0. When no unit has points, the leaves count 1 each
    (a unit with live sub-items is measured by them).
    """
    live = _live(units)
    if any(_has_points(u) for u in live):
        below = _estimated_below(live)
        return [u for u in live if _has_points(u) and u.id not in below], False
    parents = {u.parent_id for u in live if u.parent_id is not None}
    return [u for u in live if u.id not in parents], True


def _amount(unit: WorkUnit, by_count: bool) -> float:
    return 1.0 if by_count or unit.points is None else unit.points


def work_progress(units: Iterable[WorkUnit]) -> WorkProgress:
    """Return done / total points of the units, by the counting rules of `counted`.

    Items without estimates count 1 each when no item of the set has points.
    """
    chosen, by_count = counted(units)
    total = sum(_amount(u, by_count) for u in chosen)
    done = sum(_amount(u, by_count) for u in chosen if u.status == WorkStatus.DONE)
    return WorkProgress(done=done, total=total, by_count=by_count)


@dataclass(frozen=True, slots=True)
class BurnUpPoint:
    """Cumulative done amount at the end of `day`, beside the current total scope."""

    day: date
    done: float
    total: float


def burn_up(units: Iterable[WorkUnit]) -> list[BurnUpPoint]:
    """Return one point per day on which counted work was done, in date order."""
    chosen, by_count = counted(units)
    total = sum(_amount(u, by_count) for u in chosen)
    per_day: dict[date, float] = {}
    for unit in chosen:
        if unit.status == WorkStatus.DONE and unit.done_at is not None:
            day = unit.done_at.date()
            per_day[day] = per_day.get(day, 0.0) + _amount(unit, by_count)
    points: list[BurnUpPoint] = []
    running = 0.0
    for day in sorted(per_day):
        running += per_day[day]
        points.append(BurnUpPoint(day=day, done=running, total=total))
    return points


def _added_on(unit: WorkUnit, start: date) -> date:
    """Return the day the unit joined the scope: created, or done if that came first."""
    days = [d.date() for d in (unit.created_at, unit.done_at) if d is not None]
    return min(days) if days else start


def burn_up_series(
    units: Iterable[WorkUnit], *, start: date, end: date, max_points: int = 120
) -> list[BurnUpPoint]:
    """Return done and total scope at the end of each day from `start` to `end` (inclusive).

    A unit joins the total on the day it was created (or done, if earlier; undated units are
    there from `start`) and the done line on the day it was done. Long spans are sampled so at
    most `max_points` days are returned; `end` is always the last one.
    """
    if end < start:
        return []
    chosen, by_count = counted(units)
    added: dict[date, float] = {}
    done: dict[date, float] = {}
    for unit in chosen:
        amount = _amount(unit, by_count)
        day = max(_added_on(unit, start), start)
        added[day] = added.get(day, 0.0) + amount
        if unit.status == WorkStatus.DONE and unit.done_at is not None:
            finished = max(unit.done_at.date(), day)
            done[finished] = done.get(finished, 0.0) + amount
    span = (end - start).days + 1
    step = max(1, math.ceil(span / max(1, max_points)))
    wanted = {start + timedelta(days=i) for i in range(0, span, step)} | {end}
    result: list[BurnUpPoint] = []
    total = sum(a for d, a in added.items() if d < start)
    finished_total = sum(a for d, a in done.items() if d < start)
    for i in range(span):
        day = start + timedelta(days=i)
        total += added.get(day, 0.0)
        finished_total += done.get(day, 0.0)
        if day in wanted:
            result.append(BurnUpPoint(day=day, done=finished_total, total=total))
    return result


def sprint_velocity(done_points: Sequence[float], *, last: int = 3) -> float | None:
    """Return the mean done points of the last `last` closed sprints (oldest first), or None."""
    recent = [p for p in done_points if math.isfinite(p)][-last:] if last > 0 else []
    if not recent:
        return None
    return sum(recent) / len(recent)


def forecast_finish(
    *, remaining: float, velocity: float | None, sprint_days: int, today: date
) -> date | None:
    """Return the day the remaining points are done at this velocity, or None if unknowable.

    Sprints are counted fractionally: 1.5 sprints of 14 days is 21 days from today.
    """
    if remaining <= 0:
        return today
    if velocity is None or not math.isfinite(velocity) or velocity <= 0 or sprint_days <= 0:
        return None
    days = math.ceil(remaining / velocity * sprint_days)
    if days > 36500:  # beyond a century the date says nothing useful (and overflows soon)
        return None
    return today + timedelta(days=days)

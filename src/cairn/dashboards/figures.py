"""Dashboard figures from plain rows: no Django, no database.

The selectors hand over already grouped rows (`PaceGroup`, `WeekConfidence`, `GradeGroup`),
which SQL computes with GROUP BY. A time-travel reader that reconstructs key results as they
stood at a past moment builds `KeyResultFact`s instead and calls `group_facts`; every function
below then works unchanged.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

PACES = ("off_track", "at_risk", "on_track", "too_early")
KINDS = ("committed", "aspirational")
BANDS = ("red", "yellow", "green")
YELLOW_FROM, GREEN_FROM = 0.35, 0.65  # as cairn.engine.grading.grade_band


def clamp(value: float) -> float:
    return min(max(value, 0.0), 1.0)


@dataclass(frozen=True)
class KeyResultFact:
    """One key result as it stands: what a reconstruction at a past moment would yield."""

    team_id: int | None
    pace: str
    progress: float
    confidence: int
    checked_in_recently: bool


@dataclass(frozen=True)
class PaceGroup:
    """The key results of one team with one pace status: count and sums."""

    team_id: int | None
    pace: str
    count: int
    progress_sum: float  # of progress clamped to 0–1
    confidence_sum: int
    recent: int  # checked in within the discipline window


def group_facts(facts: Iterable[KeyResultFact]) -> list[PaceGroup]:
    """Return the facts grouped by team and pace, as the SQL GROUP BY returns them."""
    sums: dict[tuple[int | None, str], list[float]] = defaultdict(lambda: [0, 0.0, 0, 0])
    for fact in facts:
        entry = sums[(fact.team_id, fact.pace)]
        entry[0] += 1
        entry[1] += clamp(fact.progress)
        entry[2] += fact.confidence
        entry[3] += 1 if fact.checked_in_recently else 0
    return [
        PaceGroup(team, pace, int(n), progress, int(confidence), int(recent))
        for (team, pace), (n, progress, confidence, recent) in sums.items()
    ]


@dataclass
class TeamRow:
    """One row of the heat map: a team (with the teams below it) and its key results."""

    key: int | None
    label: str
    paces: dict[str, int] = field(default_factory=lambda: dict.fromkeys(PACES, 0))
    count: int = 0
    progress_sum: float = 0.0
    confidence_sum: int = 0
    recent: int = 0

    @property
    def progress(self) -> float | None:
        return self.progress_sum / self.count if self.count else None

    @property
    def confidence(self) -> float | None:
        return self.confidence_sum / self.count if self.count else None

    @property
    def discipline(self) -> float | None:
        """Return the share of key results checked in within the discipline window."""
        return self.recent / self.count if self.count else None

    @property
    def cells(self) -> list[tuple[str, int, float]]:
        """Return (pace, count, share of the row) in PACES order."""
        return [(p, self.paces[p], self.paces[p] / self.count if self.count else 0.0)
                for p in PACES]  # fmt: skip


def team_rows(
    groups: Iterable[PaceGroup],
    row_of: Mapping[int | None, int | None],
    labels: Mapping[int | None, str],
) -> list[TeamRow]:
    """Return one heat-map row per row key, in `labels` order; teams roll up through `row_of`.

    A group whose team is missing from `row_of` is counted in no row (it is outside the scope).
    """
    rows = {key: TeamRow(key, label) for key, label in labels.items()}
    for group in groups:
        if group.team_id not in row_of:
            continue
        row = rows.get(row_of[group.team_id])
        if row is None:
            continue
        row.paces[group.pace] = row.paces.get(group.pace, 0) + group.count
        row.count += group.count
        row.progress_sum += group.progress_sum
        row.confidence_sum += group.confidence_sum
        row.recent += group.recent
    return list(rows.values())


def pace_distribution(groups: Iterable[PaceGroup]) -> dict[str, int]:
    """Return how many key results have each pace status, in PACES order."""
    counts = dict.fromkeys(PACES, 0)
    for group in groups:
        counts[group.pace] = counts.get(group.pace, 0) + group.count
    return counts


def totals(rows: Iterable[TeamRow]) -> TeamRow:
    """Return one row summing the others."""
    total = TeamRow(None, "")
    for row in rows:
        for pace, n in row.paces.items():
            total.paces[pace] = total.paces.get(pace, 0) + n
        total.count += row.count
        total.progress_sum += row.progress_sum
        total.confidence_sum += row.confidence_sum
        total.recent += row.recent
    return total


@dataclass(frozen=True)
class WeekConfidence:
    """The check-ins of one week of the cycle: how many, and their confidence sum."""

    starts: date
    check_ins: int
    confidence_sum: int

    @property
    def average(self) -> float | None:
        return self.confidence_sum / self.check_ins if self.check_ins else None


@dataclass(frozen=True)
class WeekGroup:
    """The check-ins of one team in one week of the cycle (week is an index from 0)."""

    team_id: int | None
    week: int
    check_ins: int
    confidence_sum: int
    key_results: int  # distinct key results checked in


def confidence_trend(groups: Iterable[WeekGroup], starts: list[date]) -> list[WeekConfidence]:
    """Return each week's check-ins and confidence sum over every team."""
    counts, sums = [0] * len(starts), [0] * len(starts)
    for group in groups:
        counts[group.week] += group.check_ins
        sums[group.week] += group.confidence_sum
    return [WeekConfidence(day, counts[i], sums[i]) for i, day in enumerate(starts)]


@dataclass
class DisciplineRow:
    """One heat-map row's share of key results checked in, week by week."""

    key: int | None
    label: str
    key_results: int
    checked: list[int]

    @property
    def shares(self) -> list[float | None]:
        return [n / self.key_results if self.key_results else None for n in self.checked]


def discipline_rows(
    groups: Iterable[WeekGroup],
    key_results: Mapping[int | None, int],
    row_of: Mapping[int | None, int | None],
    labels: Mapping[int | None, str],
    weeks: int,
) -> list[DisciplineRow]:
    """Return per row the key results checked in each week; `key_results` counts per team."""
    rows = {key: DisciplineRow(key, label, 0, [0] * weeks) for key, label in labels.items()}
    for team, n in key_results.items():
        if team in row_of and row_of[team] in rows:
            rows[row_of[team]].key_results += n
    for group in groups:
        if group.team_id in row_of and row_of[group.team_id] in rows:
            rows[row_of[group.team_id]].checked[group.week] += group.key_results
    return [row for row in rows.values() if row.key_results]


@dataclass(frozen=True)
class GradeGroup:
    """Objectives of one cycle and kind whose grade falls in one band."""

    cycle_id: int
    kind: str
    band: str
    count: int


def grade_band(grade: float) -> str:
    """Return red, yellow or green as cairn.engine.grading.grade_band."""
    if grade < YELLOW_FROM:
        return "red"
    return "yellow" if grade < GREEN_FROM else "green"


@dataclass
class GradeRow:
    """One cycle and kind: how many objectives in each grade band."""

    cycle_id: int
    cycle: str
    kind: str
    bands: dict[str, int] = field(default_factory=lambda: dict.fromkeys(BANDS, 0))

    @property
    def count(self) -> int:
        return sum(self.bands.values())


def grade_rows(groups: Iterable[GradeGroup], cycles: Mapping[int, str]) -> list[GradeRow]:
    """Return one row per cycle (in `cycles` order) and kind, with counts per band."""
    rows = {(c, k): GradeRow(c, name, k) for c, name in cycles.items() for k in KINDS}
    for group in groups:
        row = rows.get((group.cycle_id, group.kind))
        if row is not None:
            row.bands[group.band] += group.count
    return list(rows.values())


@dataclass(frozen=True)
class TeamChange:
    """One heat-map row on two dates (`then`, `later`) and what moved in between."""

    key: int | None
    label: str
    then: TeamRow
    later: TeamRow

    @property
    def progress_points(self) -> int | None:
        """Return the change of average progress in whole percentage points."""
        if self.then.progress is None or self.later.progress is None:
            return None
        return round(self.later.progress * 100) - round(self.then.progress * 100)

    @property
    def cells(self) -> list[tuple[str, int, int, int]]:
        """Return (pace, count then, count later, difference) in PACES order."""
        return [(p, self.then.paces[p], self.later.paces[p],
                 self.later.paces[p] - self.then.paces[p]) for p in PACES]  # fmt: skip


def compare_rows(then: Iterable[TeamRow], later: Iterable[TeamRow]) -> list[TeamChange]:
    """Return the rows of both dates side by side: `then`'s order, then rows only `later` has."""
    earlier = {row.key: row for row in then}
    found = {row.key: row for row in later}
    keys = list(earlier) + [k for k in found if k not in earlier]
    return [
        TeamChange(
            key,
            (earlier.get(key) or found[key]).label,
            earlier.get(key) or TeamRow(key, found[key].label),
            found.get(key) or TeamRow(key, earlier[key].label),
        )
        for key in keys
    ]


def compare_paces(
    then: Mapping[str, int], later: Mapping[str, int]
) -> list[tuple[str, int, int, int]]:
    """Return (pace, count then, count later, difference) in PACES order."""
    return [(p, then.get(p, 0), later.get(p, 0), later.get(p, 0) - then.get(p, 0)) for p in PACES]

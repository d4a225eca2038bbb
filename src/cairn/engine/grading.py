"""End-of-cycle grades, colour bands and committed / aspirational expectations."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from cairn.engine.progress import clamp
from cairn.engine.rollup import Weighted

YELLOW_FROM = 0.35
GREEN_FROM = 0.65
ASPIRATIONAL_SUCCESS = 0.7
COMMITTED_SUCCESS = 1.0


class GradeBand(StrEnum):
    RED = "red"
    YELLOW = "yellow"
    GREEN = "green"


class ObjectiveKind(StrEnum):
    COMMITTED = "committed"
    ASPIRATIONAL = "aspirational"


@dataclass(frozen=True)
class GradeAssessment:
    """Whether a grade meets its objective kind's expectation, and what to tell the owner."""

    successful: bool
    explanation_required: bool
    message: str


def round_half_up(value: float, places: int) -> float:
    """Return `value` rounded half-up to `places` decimals, as the decimal a person reads."""
    # str() gives the shortest repr, so 0.15000000000000002 and 0.15 both round as "0.15".
    quantum = Decimal(1).scaleb(-places)
    return float(_decimal(value).quantize(quantum, rounding=ROUND_HALF_UP))


def grade_band(grade: float) -> GradeBand:
    """Return the colour band: red up to 0.3, yellow 0.4–0.6, green from 0.7 (nearest between)."""
    if grade < YELLOW_FROM:
        return GradeBand.RED
    if grade < GREEN_FROM:
        return GradeBand.YELLOW
    return GradeBand.GREEN


def default_grade(progress: float) -> float:
    """Return clamp(progress) rounded half-up to one decimal."""
    return round_half_up(clamp(progress), 1)


def objective_grade(grades: Sequence[Weighted]) -> float | None:
    """Return the weighted mean of KR grades rounded half-up to 2 decimals, None without weight."""
    # Decimal arithmetic so that grades people typed (0.3, 0.4) average to the exact midpoint
    # (0.35) and round the way they would on paper.
    total_weight = sum((_decimal(item.weight) for item in grades), Decimal(0))
    if total_weight == 0:
        return None
    total = sum(
        (_decimal(item.weight) * _decimal(clamp(item.progress)) for item in grades), Decimal(0)
    )
    return float((total / total_weight).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def _decimal(value: float) -> Decimal:
    """Return `value` as the decimal its shortest repr spells."""
    return Decimal(str(value))


def assess_grade(*, kind: str, grade: float) -> GradeAssessment:
    """Return whether `grade` is a success for an objective of `kind` and if it needs explaining."""
    try:
        parsed = ObjectiveKind(kind)
    except ValueError:
        raise ValueError(
            f"Unknown objective kind {kind!r}: use committed or aspirational."
        ) from None
    if not (math.isfinite(grade) and 0 <= grade <= 1):
        raise ValueError(f"A grade is between 0.0 and 1.0, not {grade}.")
    if parsed is ObjectiveKind.COMMITTED:
        return _assess_committed(grade)
    return _assess_aspirational(grade)


def _assess_committed(grade: float) -> GradeAssessment:
    """Return the assessment of a committed objective: 1.0 expected, explanation below it."""
    if grade >= COMMITTED_SUCCESS:
        return GradeAssessment(True, False, "Committed objective delivered in full.")
    return GradeAssessment(
        False,
        True,
        f"Committed objectives are expected to reach 1.0; explain what held this one at {grade:g}.",
    )


def _assess_aspirational(grade: float) -> GradeAssessment:
    """Return the assessment of an aspirational objective: 0.7 or more is a success."""
    if grade >= ASPIRATIONAL_SUCCESS:
        return GradeAssessment(
            True, False, "Aspirational objective reached 0.7 or more: a success."
        )
    return GradeAssessment(
        False,
        False,
        "Aspirational objective below 0.7: no explanation needed, worth a retrospective.",
    )

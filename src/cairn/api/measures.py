"""Progress and pace as the API shows them, from the shared engine and bridges."""

from __future__ import annotations

from datetime import datetime

from cairn import engine
from cairn.okrs import measures
from cairn.okrs.models import KeyResult, Objective


def clamped(progress: float) -> float:
    """Return progress clamped to 0..1."""
    return min(max(progress, 0.0), 1.0)


def key_result_pace(key_result: KeyResult, now: datetime | None = None) -> dict:
    """Return {expected, status, disagreement} of a key result."""
    pace = measures.pace(key_result, key_result.objective.cycle, key_result.organisation, now)
    return _as_dict(pace.expected, pace.status, pace.disagreement)


def objective_pace(objective: Objective, now: datetime | None = None) -> dict:
    """Return {expected, status, disagreement} of an objective over its cycle."""
    cycle, organisation = objective.cycle, objective.organisation
    expected = engine.expected_progress(
        at=measures.local_now(organisation, now), start=cycle.start, end=cycle.end
    )
    status = engine.pace_status(
        progress=objective.progress,
        expected=expected,
        thresholds=measures.thresholds(organisation),
    )
    return _as_dict(expected, status, None)


def _as_dict(expected: float, status: object, disagreement: object) -> dict:
    return {
        "expected": expected,
        "status": str(getattr(status, "value", status)),
        "disagreement": None
        if disagreement is None
        else str(getattr(disagreement, "value", disagreement)),
    }

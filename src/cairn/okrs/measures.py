"""Bridges from stored key results and objectives to the pure engine's values."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from django.utils import timezone

from cairn import engine
from cairn.okrs.models import Cycle, KeyResult
from cairn.organisations.models import Organisation


def key_result_state(key_result: KeyResult) -> engine.KeyResultState:
    """Return the engine's view of a stored key result."""
    return engine.KeyResultState(
        kind=key_result.kind,
        start=key_result.start,
        target=key_result.target,
        current=key_result.current,
        done=key_result.done,
    )


def raw_progress(key_result: KeyResult) -> float:
    """Return the key result's unclamped progress from its current value."""
    return engine.key_result_progress(key_result_state(key_result))


def thresholds(organisation: Organisation) -> engine.PaceThresholds:
    """Return the organisation's pace thresholds."""
    return engine.PaceThresholds(
        on_track=organisation.pace_on_track,
        at_risk=organisation.pace_at_risk,
        too_early=organisation.pace_too_early,
    )


def local_now(organisation: Organisation, now: datetime | None = None) -> datetime:
    """Return `now` as a naive datetime in the organisation's time zone."""
    moment = now or timezone.now()
    return timezone.localtime(moment, organisation.zone).replace(tzinfo=None)


def window(key_result: KeyResult, cycle: Cycle) -> tuple[date, date]:
    """Return the key result's window: its cycle, or up to its own due date."""
    end = key_result.due_date or cycle.end
    return cycle.start, max(end, cycle.start)


@dataclass(frozen=True)
class Pace:
    expected: float
    status: engine.PaceStatus
    disagreement: engine.Disagreement | None


def pace(
    key_result: KeyResult, cycle: Cycle, organisation: Organisation, now: datetime | None = None
) -> Pace:
    """Return the expected progress, pace status and confidence disagreement of a key result."""
    start, end = window(key_result, cycle)
    expected = engine.expected_progress(at=local_now(organisation, now), start=start, end=end)
    status = engine.pace_status(
        progress=key_result.progress, expected=expected, thresholds=thresholds(organisation)
    )
    disagreement = engine.confidence_disagreement(confidence=key_result.confidence, status=status)
    return Pace(expected=expected, status=status, disagreement=disagreement)


def stale_before(organisation: Organisation, now: datetime | None = None) -> datetime:
    """Return the moment before which a last check-in makes a key result stale (two periods)."""
    return (now or timezone.now()) - timedelta(days=2 * organisation.check_in_cadence_days)


def is_stale(
    key_result: KeyResult, organisation: Organisation, now: datetime | None = None
) -> bool:
    """Return True when the key result had no check-in for two cadence periods."""
    since = key_result.last_check_in_at or key_result.created_at
    return since is not None and since < stale_before(organisation, now)

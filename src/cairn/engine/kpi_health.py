"""The health of a KPI: which zone its latest value falls in, and whether it is stale.

A KPI has a *healthy* zone and, optionally, a wider *warning* zone around it. Both are closed
intervals `[low, high]` where a missing bound is unbounded. The threshold kind says which bounds
exist:

- "above": healthy when value ≥ healthy_low; warning when warning_low ≤ value < healthy_low;
  unhealthy below warning_low (below healthy_low when there is no warning bound).
  Requires warning_low ≤ healthy_low.
- "below": healthy when value ≤ healthy_high; warning when healthy_high < value ≤ warning_high;
  unhealthy above. Requires warning_high ≥ healthy_high.
- "band": healthy when healthy_low ≤ value ≤ healthy_high; warning when the value is outside
  that band but inside warning_low … warning_high; unhealthy outside both. Requires
  warning_low ≤ healthy_low ≤ healthy_high ≤ warning_high (the warning band encloses the
  healthy one; both warning bounds or neither).

Bounds are inclusive: a value exactly on the healthy bound is healthy. Without a value the status
is "no data". A KPI is stale when its latest value is older than its check frequency.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum


class Health(StrEnum):
    HEALTHY = "healthy"
    WARNING = "warning"
    UNHEALTHY = "unhealthy"
    NO_DATA = "no_data"


class ThresholdKind(StrEnum):
    ABOVE = "above"
    BELOW = "below"
    BAND = "band"


class Direction(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"


# Worse first: the order lists are sorted in, and the order of "got worse".
SEVERITY = {Health.UNHEALTHY: 0, Health.WARNING: 1, Health.HEALTHY: 2, Health.NO_DATA: 3}


class InvalidThresholds(ValueError):
    """Thresholds that cannot be evaluated; `field` names the bound at fault."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class Thresholds:
    kind: ThresholdKind
    healthy_low: float | None = None
    healthy_high: float | None = None
    warning_low: float | None = None
    warning_high: float | None = None


def _finite(field: str, value: float | None) -> None:
    if value is not None and not math.isfinite(value):
        raise InvalidThresholds(field, "Enter a finite number.")


def _required(field: str, value: float | None) -> None:
    if value is None:
        raise InvalidThresholds(field, "This bound is required for this kind of threshold.")


def validate_thresholds(thresholds: Thresholds) -> Thresholds:
    """Return the thresholds with the bounds their kind ignores set to None, or raise."""
    t = thresholds
    for name in ("healthy_low", "healthy_high", "warning_low", "warning_high"):
        _finite(name, getattr(t, name))
    if t.kind == ThresholdKind.ABOVE:
        _required("healthy_low", t.healthy_low)
        assert t.healthy_low is not None
        if t.warning_low is not None and t.warning_low > t.healthy_low:
            raise InvalidThresholds("warning_low", "The warning bound must be at or below healthy.")
        return Thresholds(t.kind, healthy_low=t.healthy_low, warning_low=t.warning_low)
    if t.kind == ThresholdKind.BELOW:
        _required("healthy_high", t.healthy_high)
        assert t.healthy_high is not None
        if t.warning_high is not None and t.warning_high < t.healthy_high:
            raise InvalidThresholds(
                "warning_high", "The warning bound must be at or above healthy."
            )
        return Thresholds(t.kind, healthy_high=t.healthy_high, warning_high=t.warning_high)
    if t.kind != ThresholdKind.BAND:
        raise InvalidThresholds("kind", "Choose above, below or band.")
    _required("healthy_low", t.healthy_low)
    _required("healthy_high", t.healthy_high)
    assert t.healthy_low is not None and t.healthy_high is not None
    if t.healthy_low > t.healthy_high:
        raise InvalidThresholds("healthy_high", "The band's top must be at or above its bottom.")
    if (t.warning_low is None) != (t.warning_high is None):
        raise InvalidThresholds("warning_high", "Give both warning bounds, or neither.")
    if t.warning_low is not None and t.warning_low > t.healthy_low:
        raise InvalidThresholds("warning_low", "The warning band must enclose the healthy band.")
    if t.warning_high is not None and t.warning_high < t.healthy_high:
        raise InvalidThresholds("warning_high", "The warning band must enclose the healthy band.")
    return t


def _inside(value: float, low: float | None, high: float | None) -> bool:
    return (low is None or value >= low) and (high is None or value <= high)


def health(value: float | None, thresholds: Thresholds) -> Health:
    """Return the zone a value falls in (NO_DATA for None); thresholds must be valid."""
    if value is None:
        return Health.NO_DATA
    t = thresholds
    if _inside(value, t.healthy_low, t.healthy_high):
        return Health.HEALTHY
    # Valid thresholds hold only the warning bounds their kind uses: [low, ∞), (-∞, high] or both.
    has_warning = t.warning_low is not None or t.warning_high is not None
    if has_warning and _inside(value, t.warning_low, t.warning_high):
        return Health.WARNING
    return Health.UNHEALTHY


def turned_unhealthy(old: Health | str, new: Health | str) -> bool:
    """Return True when a change of status is one that alerts: into unhealthy from anything else."""
    return new == Health.UNHEALTHY and old != Health.UNHEALTHY


def is_stale(last_at: datetime | None, now: datetime, period: timedelta) -> bool:
    """Return True when the latest value is older than one check period (False without one)."""
    return last_at is not None and now - last_at > period


def direction_fits(kind: ThresholdKind, direction: Direction) -> bool:
    """Return True unless the thresholds contradict the direction ("above" when lower is better)."""
    if kind == ThresholdKind.ABOVE:
        return direction == Direction.HIGHER
    if kind == ThresholdKind.BELOW:
        return direction == Direction.LOWER
    return True

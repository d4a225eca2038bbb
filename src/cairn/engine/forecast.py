"""Least-squares forecast of a key result's value, with a 95% prediction interval."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

MIN_POINTS = 3
SECONDS_PER_DAY = 86_400.0
LARGE_DF_T = 1.96

# Two-sided 95% Student t quantiles by degrees of freedom; a df between rows uses the row below
# it (a slightly wider, conservative interval); df above the last row uses LARGE_DF_T.
_T95 = {
    1: 12.706, 2: 4.303, 3: 3.182, 4: 2.776, 5: 2.571, 6: 2.447, 7: 2.365, 8: 2.306,
    9: 2.262, 10: 2.228, 11: 2.201, 12: 2.179, 13: 2.160, 14: 2.145, 15: 2.131, 16: 2.120,
    17: 2.110, 18: 2.101, 19: 2.093, 20: 2.086, 21: 2.080, 22: 2.074, 23: 2.069, 24: 2.064,
    25: 2.060, 26: 2.056, 27: 2.052, 28: 2.048, 29: 2.045, 30: 2.042, 40: 2.021, 60: 2.000,
    120: 1.980,
}  # fmt: skip

# Residual spread this small relative to the values is float noise from an exact line.
_EXACT_FIT = 1e-12


@dataclass(frozen=True)
class Forecast:
    """Forecast value at the horizon, its 95% prediction range, the trend and the point count."""

    value: float
    low: float
    high: float
    slope_per_day: float
    points: int


def t_quantile_95(df: int) -> float:
    """Return the two-sided 95% t quantile for `df` degrees of freedom (1.96 for large df)."""
    if df < 1:
        raise ValueError(f"Degrees of freedom must be at least 1, not {df}.")
    if df > max(_T95):
        return LARGE_DF_T
    return _T95[max(row for row in _T95 if row <= df)]


def _days(moment: datetime, origin: datetime) -> float:
    """Return the days from `origin` to `moment` as a float."""
    return (moment - origin).total_seconds() / SECONDS_PER_DAY


def forecast(points: Sequence[tuple[datetime, float]], *, until: datetime) -> Forecast | None:
    """Return the least-squares forecast at `until`; None with < 3 points or < 2 distinct times."""
    n = len(points)
    if n < MIN_POINTS or len({moment for moment, _ in points}) < 2:
        return None
    if not all(math.isfinite(value) for _, value in points):
        raise ValueError("Forecast values must be finite numbers.")
    origin = min(moment for moment, _ in points)
    xs = [_days(moment, origin) for moment, _ in points]
    ys = [float(value) for _, value in points]
    x_mean = math.fsum(xs) / n
    y_mean = math.fsum(ys) / n
    sxx = math.fsum((x - x_mean) ** 2 for x in xs)
    sxy = math.fsum((x - x_mean) * (y - y_mean) for x, y in zip(xs, ys, strict=True))
    slope = sxy / sxx
    x0 = _days(until, origin)
    value = y_mean + slope * (x0 - x_mean)
    sse = math.fsum((y - (y_mean + slope * (x - x_mean))) ** 2 for x, y in zip(xs, ys, strict=True))
    s = math.sqrt(sse / (n - 2))
    if s <= _EXACT_FIT * max(1.0, max(abs(y) for y in ys)):
        s = 0.0
    half = t_quantile_95(n - 2) * s * math.sqrt(1 + 1 / n + (x0 - x_mean) ** 2 / sxx)
    return Forecast(value=value, low=value - half, high=value + half, slope_per_day=slope, points=n)

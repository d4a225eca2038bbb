"""Inline SVG chart of a key result: value over time, the expected-pace line and the forecast."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.utils.translation import gettext as _

from cairn import engine
from cairn.okrs import measures
from cairn.okrs.models import CheckIn, Cycle, KeyResult, KeyResultKind
from cairn.organisations.models import Organisation

WIDTH = 600
HEIGHT = 180
PAD = 8


@dataclass
class Chart:
    """Coordinates ready for an SVG of WIDTH × HEIGHT, and a text summary for screen readers."""

    values: str
    expected: str
    forecast: str = ""
    band: str = ""
    dots: list[tuple[float, float]] = field(default_factory=list)
    now_x: float | None = None
    low: float = 0.0
    high: float = 1.0
    summary: str = ""
    width: int = WIDTH
    height: int = HEIGHT


def _scale(low: float, high: float):
    span = (high - low) or 1.0

    def y(value: float) -> float:
        return round(HEIGHT - PAD - (value - low) / span * (HEIGHT - 2 * PAD), 1)

    return y


def _line(points: list[tuple[float, float]]) -> str:
    return " ".join(f"{x},{y}" for x, y in points)


def key_result_chart(
    key_result: KeyResult,
    effective: list[CheckIn],
    cycle: Cycle,
    organisation: Organisation,
    now: datetime,
) -> Chart | None:
    """Return the chart of a measured key result, or None for milestones."""
    if key_result.kind == KeyResultKind.MILESTONE or key_result.target is None:
        return None
    opens, closes = engine.window_bounds(*measures.window(key_result, cycle))
    length = (closes - opens).total_seconds() or 1.0

    def x(moment: datetime) -> float:
        share = (moment - opens).total_seconds() / length
        return round(min(max(share, 0.0), 1.0) * WIDTH, 1)

    readings = [
        (measures.local_now(organisation, c.checked_in_at), c.value)
        for c in effective
        if c.value is not None
    ]
    baseline = key_result.start if key_result.start is not None else key_result.target
    result = engine.forecast(readings, until=closes) if len(readings) >= 3 else None
    values = [baseline, key_result.target, *(v for _, v in readings)]
    if result:
        values += [result.low, result.high]
    low, high = min(values), max(values)
    y = _scale(low, high)
    points = [(0.0, y(baseline))] + [(x(at), y(v)) for at, v in readings]
    if key_result.kind == KeyResultKind.METRIC:
        expected = [(0.0, y(key_result.start)), (float(WIDTH), y(key_result.target))]
    else:
        expected = [(0.0, y(key_result.target)), (float(WIDTH), y(key_result.target))]
    chart = Chart(
        values=_line(points), expected=_line(expected), dots=points[1:], low=low, high=high
    )
    local = measures.local_now(organisation, now)
    chart.now_x = x(local) if opens <= local <= closes else None
    if result and readings:
        last_x, last_y = points[-1]
        chart.forecast = _line([(last_x, last_y), (float(WIDTH), y(result.value))])
        band = [(last_x, last_y), (float(WIDTH), y(result.high)), (float(WIDTH), y(result.low))]
        chart.band = _line(band)
        chart.summary = _("Forecast at the end: %(value)s (range %(low)s to %(high)s).") % {
            "value": f"{result.value:.4g}",
            "low": f"{result.low:.4g}",
            "high": f"{result.high:.4g}",
        }
    return chart

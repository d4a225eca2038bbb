"""Inline SVG chart of a key result: value over time with axes, target, today, pace and forecast.

Everything is computed here (coordinates, tick labels, the point tooltips, the text summary), so
the template only places it. Values are rounded to the key result's own precision (the most
decimals its start, target and check-ins use) and shown with its unit; a forecast range that
would go below zero for a quantity that cannot be negative is cut at zero, and the summary says so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime

from django.utils.translation import gettext as _

from cairn import engine
from cairn.okrs import measures
from cairn.okrs.models import CheckIn, Cycle, KeyResult, KeyResultKind
from cairn.organisations.models import Organisation
from cairn.web.templatetags.cairn_tags import local_date, number

WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 24, 32  # room for the axis labels and the "Today" label
MAX_DECIMALS = 2


@dataclass
class Tick:
    at: float
    label: str


@dataclass
class Point:
    """One check-in on the chart: where, and what its tooltip and accessible name say."""

    x: float
    y: float
    label: str
    tip: str
    tip_x: float = 0.0
    tip_y: float = 0.0


@dataclass
class Row:
    when: datetime
    value: str
    confidence: int
    note: str


@dataclass
class Chart:
    """Coordinates for an SVG of WIDTH × HEIGHT, tick labels, tooltips and a text alternative."""

    values: str
    expected: str
    target_y: float
    target_label: str
    forecast: str = ""
    band: str = ""
    points: list[Point] = field(default_factory=list)
    now_x: float | None = None
    x_ticks: list[Tick] = field(default_factory=list)
    y_ticks: list[Tick] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    summary: str = ""
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM


def decimals(values: list[float | None]) -> int:
    """Return how many decimals the key result's own figures use (at most MAX_DECIMALS)."""
    most = 0
    for value in values:
        if value is None:
            continue
        for places in range(MAX_DECIMALS + 1):
            if math.isclose(value, round(value, places), rel_tol=0, abs_tol=1e-9):
                most = max(most, places)
                break
        else:
            most = MAX_DECIMALS
    return most


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Return round tick values covering low…high (1, 2, 2.5 or 5 times a power of ten apart)."""
    span = (high - low) or abs(high) or 1.0
    raw = span / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    first = math.floor(low / step) * step
    ticks = [first]
    while ticks[-1] < high - 1e-9 * step:
        ticks.append(ticks[-1] + step)
    return [round(t, 10) for t in ticks]


class _Frame:
    """Maps moments and values to SVG coordinates inside the axes."""

    def __init__(self, opens: datetime, closes: datetime, low: float, high: float) -> None:
        self.opens, self.length = opens, (closes - opens).total_seconds() or 1.0
        self.low, self.span = low, (high - low) or 1.0

    def x(self, moment: datetime) -> float:
        share = min(max((moment - self.opens).total_seconds() / self.length, 0.0), 1.0)
        return round(LEFT + share * (WIDTH - LEFT - RIGHT), 1)

    def y(self, value: float) -> float:
        share = (value - self.low) / self.span
        return round(TOP + (1 - share) * (HEIGHT - TOP - BOTTOM), 1)


def _line(points: list[tuple[float, float]]) -> str:
    return " ".join(f"{x},{y}" for x, y in points)


def _forecast(readings, closes, floor_at_zero: bool):
    """Return (value, low, high, cut) of the forecast, the range cut at 0 where it must be."""
    result = engine.forecast(readings, until=closes) if len(readings) >= 3 else None
    if result is None:
        return None
    value, low, high = result.value, result.low, result.high
    cut = floor_at_zero and low < 0
    if floor_at_zero:
        value, low, high = max(value, 0.0), max(low, 0.0), max(high, 0.0)
    return value, low, high, cut


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
    measured = [c for c in effective if c.value is not None]
    readings = [(measures.local_now(organisation, c.checked_in_at), c.value) for c in measured]
    baseline = key_result.start if key_result.start is not None else key_result.target
    places = decimals([key_result.start, key_result.target, *(v for _, v in readings)])
    unit = key_result.unit

    def shown(value: float) -> str:
        return f"{number(round(value, places))} {unit}".strip()

    floor_at_zero = min(baseline, key_result.target) >= 0
    forecast = _forecast(readings, closes, floor_at_zero)
    values = [baseline, key_result.target, *(v for _, v in readings)]
    values += list(forecast[:3]) if forecast else []
    ticks = nice_ticks(min(values), max(values))
    frame = _Frame(opens, closes, ticks[0], ticks[-1])
    points = [(float(LEFT), frame.y(baseline))] + [(frame.x(at), frame.y(v)) for at, v in readings]
    if key_result.kind == KeyResultKind.METRIC:
        expected = [
            (float(LEFT), frame.y(baseline)),
            (float(WIDTH - RIGHT), frame.y(key_result.target)),
        ]
    else:
        expected = []
    chart = Chart(
        values=_line(points),
        expected=_line(expected),
        target_y=frame.y(key_result.target),
        target_label=_("Target %(value)s") % {"value": shown(key_result.target)},
        y_ticks=[Tick(frame.y(t), shown(t)) for t in ticks],
        x_ticks=_date_ticks(frame, opens, closes),
    )
    chart.points = _points(measured, points[1:], shown)
    chart.rows = [Row(c.checked_in_at, shown(c.value), c.confidence, c.note) for c in measured]
    local = measures.local_now(organisation, now)
    chart.now_x = frame.x(local) if opens <= local <= closes else None
    _add_forecast(chart, frame, points[-1], forecast, shown)
    chart.summary = _summary(key_result, measured, forecast, shown)
    return chart


def _date_ticks(frame: _Frame, opens: datetime, closes: datetime) -> list[Tick]:
    middle = opens + (closes - opens) / 2
    return [Tick(frame.x(m), local_date(m.date())) for m in (opens, middle, closes)]


def _points(measured: list[CheckIn], places: list[tuple[float, float]], shown) -> list[Point]:
    result = []
    for check_in, (x, y) in zip(measured, places, strict=True):
        facts = _("%(value)s, confidence %(confidence)s/10") % {
            "value": shown(check_in.value),
            "confidence": check_in.confidence,
        }
        label = f"{local_date(check_in.checked_in_at)}: {facts}"
        if check_in.note:
            label += f". {check_in.note[:140]}"
        tip_x = min(max(x, LEFT + 60), WIDTH - RIGHT - 60)
        result.append(Point(x, y, label, facts, tip_x, max(y - 12, TOP + 4)))
    return result


def _add_forecast(chart: Chart, frame: _Frame, last, forecast, shown) -> None:
    if not forecast:
        return
    value, low, high, _cut = forecast
    right = float(WIDTH - RIGHT)
    chart.forecast = _line([last, (right, frame.y(value))])
    chart.band = _line([last, (right, frame.y(high)), (right, frame.y(low))])


def _summary(key_result: KeyResult, measured: list[CheckIn], forecast, shown) -> str:
    """Return the chart in words: where it stands, the target, and the forecast."""
    parts = []
    if measured:
        parts.append(_("Now %(value)s.") % {"value": shown(measured[-1].value)})
    else:
        parts.append(_("No check-in yet."))
    parts.append(_("Target %(value)s.") % {"value": shown(key_result.target)})
    if forecast:
        value, low, high, cut = forecast
        parts.append(
            _("Forecast at the end: %(value)s (range %(low)s to %(high)s).")
            % {"value": shown(value), "low": shown(low), "high": shown(high)}
        )
        if cut:
            parts.append(_("The range is cut at 0: it cannot go lower."))
    return " ".join(parts)

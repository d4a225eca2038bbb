"""Inline SVG of a KPI: the list's sparkline, and the KPI page's chart with its threshold zones.

As in `web/charts.py`, everything is computed here (coordinates, tick labels, tooltips, a text
alternative) and the templates only place it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.utils.translation import gettext as _

from cairn.kpis.models import Kpi, KpiValue, ThresholdKind
from cairn.web.charts import Tick, decimals, nice_ticks
from cairn.web.templatetags.cairn_tags import local_date, number

WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 16, 32
SPARK_WIDTH, SPARK_HEIGHT, SPARK_PAD = 120, 32, 3


def shown(kpi: Kpi, value: float | None, places: int = 2) -> str:
    """Return a value with the KPI's unit ("—" for None)."""
    if value is None:
        return "—"
    return f"{number(round(value, places))} {kpi.unit}".strip()


@dataclass
class Sparkline:
    points: str
    last_x: float
    last_y: float
    label: str
    width: int = SPARK_WIDTH
    height: int = SPARK_HEIGHT


def sparkline(kpi: Kpi, newest_first: list[KpiValue]) -> Sparkline | None:
    """Return a small line of the values (oldest left), or None with fewer than two."""
    values = [v.value for v in reversed(newest_first)]
    if len(values) < 2:
        return None
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    step = (SPARK_WIDTH - 2 * SPARK_PAD) / (len(values) - 1)
    inner = SPARK_HEIGHT - 2 * SPARK_PAD

    def y(value: float) -> float:
        if high == low:
            return SPARK_HEIGHT / 2
        return round(SPARK_PAD + (1 - (value - low) / span) * inner, 1)

    coords = [(round(SPARK_PAD + i * step, 1), y(v)) for i, v in enumerate(values)]
    label = _("Last %(count)d values, from %(first)s to %(last)s") % {
        "count": len(values),
        "first": shown(kpi, values[0]),
        "last": shown(kpi, values[-1]),
    }
    return Sparkline(" ".join(f"{x},{y}" for x, y in coords), *coords[-1], label)


@dataclass
class Zone:
    """A horizontal band of the chart: healthy or warning."""

    tone: str
    y: float
    height: float


@dataclass
class Bound:
    y: float
    label: str
    tone: str


@dataclass
class Point:
    x: float
    y: float
    label: str


@dataclass
class KpiChart:
    values: str
    points: list[Point] = field(default_factory=list)
    zones: list[Zone] = field(default_factory=list)
    bounds: list[Bound] = field(default_factory=list)
    x_ticks: list[Tick] = field(default_factory=list)
    y_ticks: list[Tick] = field(default_factory=list)
    summary: str = ""
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = HEIGHT - BOTTOM
    plot_width: int = WIDTH - LEFT - RIGHT


class _Frame:
    def __init__(self, opens: datetime, closes: datetime, low: float, high: float) -> None:
        self.opens, self.length = opens, (closes - opens).total_seconds() or 1.0
        self.low, self.high, self.span = low, high, (high - low) or 1.0

    def x(self, moment: datetime) -> float:
        share = min(max((moment - self.opens).total_seconds() / self.length, 0.0), 1.0)
        return round(LEFT + share * (WIDTH - LEFT - RIGHT), 1)

    def y(self, value: float) -> float:
        clamped = min(max(value, self.low), self.high)
        share = (clamped - self.low) / self.span
        return round(TOP + (1 - share) * (HEIGHT - TOP - BOTTOM), 1)

    def zone(self, tone: str, low: float | None, high: float | None) -> Zone:
        top = self.y(self.high if high is None else high)
        bottom = self.y(self.low if low is None else low)
        return Zone(tone, top, round(bottom - top, 1))


def _zones(kpi: Kpi, frame: _Frame) -> list[Zone]:
    """Return the warning zones under the healthy one (drawn in this order)."""
    zones = []
    if kpi.threshold_kind == ThresholdKind.ABOVE and kpi.warning_low is not None:
        zones.append(frame.zone("warning", kpi.warning_low, kpi.healthy_low))
    if kpi.threshold_kind == ThresholdKind.BELOW and kpi.warning_high is not None:
        zones.append(frame.zone("warning", kpi.healthy_high, kpi.warning_high))
    if kpi.threshold_kind == ThresholdKind.BAND and kpi.warning_low is not None:
        zones.append(frame.zone("warning", kpi.warning_low, kpi.healthy_low))
        zones.append(frame.zone("warning", kpi.healthy_high, kpi.warning_high))
    zones.append(frame.zone("healthy", kpi.healthy_low, kpi.healthy_high))
    return zones


def _bounds(kpi: Kpi, frame: _Frame, places: int) -> list[Bound]:
    named = [
        (kpi.healthy_low, _("Healthy from %(value)s"), "healthy"),
        (kpi.healthy_high, _("Healthy up to %(value)s"), "healthy"),
        (kpi.warning_low, _("Warning from %(value)s"), "warning"),
        (kpi.warning_high, _("Warning up to %(value)s"), "warning"),
    ]
    return [
        Bound(frame.y(value), label % {"value": shown(kpi, value, places)}, tone)
        for value, label, tone in named
        if value is not None
    ]


def kpi_chart(kpi: Kpi, oldest_first: list[KpiValue], now: datetime) -> KpiChart | None:
    """Return the chart of a KPI's values with its zones, or None without a value."""
    if not oldest_first:
        return None
    bounds = [kpi.healthy_low, kpi.healthy_high, kpi.warning_low, kpi.warning_high]
    readings = [(v.recorded_at, v.value) for v in oldest_first]
    places = decimals([*bounds, *(value for _, value in readings)])
    ticks = nice_ticks(
        min(value for value in [*bounds, *(v for _, v in readings)] if value is not None),
        max(value for value in [*bounds, *(v for _, v in readings)] if value is not None),
    )
    opens = readings[0][0]
    closes = max(now, readings[-1][0])
    frame = _Frame(opens, closes, ticks[0], ticks[-1])
    coords = [(frame.x(at), frame.y(value)) for at, value in readings]
    chart = KpiChart(values=" ".join(f"{x},{y}" for x, y in coords))
    chart.points = [
        Point(x, y, f"{local_date(at)}: {shown(kpi, value, places)}")
        for (x, y), (at, value) in zip(coords, readings, strict=True)
    ]
    chart.zones = _zones(kpi, frame)
    chart.bounds = _bounds(kpi, frame, places)
    chart.y_ticks = [Tick(frame.y(t), shown(kpi, t, places)) for t in ticks]
    middle = opens + (closes - opens) / 2
    chart.x_ticks = [Tick(frame.x(m), local_date(m)) for m in (opens, middle, closes)]
    chart.summary = _summary(kpi, readings, places)
    return chart


def _summary(kpi: Kpi, readings: list[tuple[datetime, float]], places: int) -> str:
    values = [value for _, value in readings]
    return _(
        "%(count)d values from %(first_date)s to %(last_date)s; latest %(last)s, "
        "lowest %(low)s, highest %(high)s."
    ) % {
        "count": len(values),
        "first_date": local_date(readings[0][0]),
        "last_date": local_date(readings[-1][0]),
        "last": shown(kpi, values[-1], places),
        "low": shown(kpi, min(values), places),
        "high": shown(kpi, max(values), places),
    }

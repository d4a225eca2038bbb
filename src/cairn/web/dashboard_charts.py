"""Inline SVG geometry for the dashboards: pace bars, the confidence line, grade bars.

Coordinates and labels are computed here; the templates only place them. Every chart also
gets its figures as a table in the page (the accessible alternative).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.utils.translation import gettext as _

from cairn.dashboards.figures import BANDS, GradeRow, WeekConfidence
from cairn.okrs.models import ObjectiveKind
from cairn.web.charts import Tick
from cairn.web.templatetags.cairn_tags import PACE_LABELS, local_date

WIDTH = 640
BAR_WIDTH, BAR_LABEL = 400, 80  # the pace bars sit in half a row
BAR_SPAN = BAR_WIDTH - BAR_LABEL - 90  # the longest bar; the figure is printed after it
GRADE_WIDTH, GRADE_LABEL = 480, 150  # room for "cycle · kind" on the left
GRADE_SPAN = GRADE_WIDTH - GRADE_LABEL - 10
BAR, GAP = 22, 10
LINE_HEIGHT, LEFT, RIGHT, TOP, BOTTOM = 220, 40, 16, 16, 32


@dataclass
class Bar:
    label: str
    value: int
    text: str  # the figure printed beside the bar
    y: float
    width: float
    tone: str
    text_x: float = 0.0


@dataclass
class BarChart:
    bars: list[Bar]
    height: int
    width: int = BAR_WIDTH
    left: int = BAR_LABEL
    span: int = BAR_SPAN  # the bars' own width (the page lays out names and figures in HTML)


def _share(n: int, total: int) -> str:
    return f"{round(100 * n / total)} %" if total else "0 %"


def pace_bars(paces: dict[str, int]) -> BarChart:
    """Return one horizontal bar per pace status, with its count and share as text."""
    total = sum(paces.values())
    largest = max(paces.values(), default=0) or 1
    span = BAR_SPAN
    bars = []
    for i, (pace, n) in enumerate(paces.items()):
        width = round(span * n / largest, 1)
        bars.append(
            Bar(
                label=str(PACE_LABELS[pace]),
                value=n,
                text=f"{n} ({_share(n, total)})",
                y=TOP + i * (BAR + GAP),
                width=width,
                tone=pace,
                text_x=BAR_LABEL + width + 6,
            )
        )
    return BarChart(bars=bars, height=TOP + len(bars) * (BAR + GAP))


@dataclass
class LinePoint:
    x: float
    y: float
    label: str


@dataclass
class LineChart:
    points: list[LinePoint]
    line: str
    y_ticks: list[Tick]
    x_ticks: list[Tick]
    width: int = WIDTH
    height: int = LINE_HEIGHT
    left: int = LEFT
    right: int = WIDTH - RIGHT
    top: int = TOP
    bottom: int = LINE_HEIGHT - BOTTOM


def confidence_line(weeks: list[WeekConfidence]) -> LineChart | None:
    """Return the weekly average confidence (0–10) as a line; weeks without check-ins are gaps."""
    if not any(week.check_ins for week in weeks):
        return None
    step = (WIDTH - LEFT - RIGHT) / max(len(weeks) - 1, 1)

    def y(value: float) -> float:
        return round(TOP + (1 - value / 10) * (LINE_HEIGHT - TOP - BOTTOM), 1)

    points = []
    for i, week in enumerate(weeks):
        if week.average is None:
            continue
        label = _("Week of %(date)s: average confidence %(value)s/10 (%(n)s check-ins)") % {
            "date": local_date(week.starts),
            "value": f"{week.average:.1f}",
            "n": week.check_ins,
        }
        points.append(LinePoint(round(LEFT + i * step, 1), y(week.average), label))
    middle = len(weeks) // 2
    x_ticks = [
        Tick(round(LEFT + i * step, 1), local_date(weeks[i].starts))
        for i in sorted({0, middle, len(weeks) - 1})
    ]
    return LineChart(
        points=points,
        line=" ".join(f"{p.x},{p.y}" for p in points),
        y_ticks=[Tick(y(v), str(v)) for v in (0, 2, 4, 6, 8, 10)],
        x_ticks=x_ticks,
    )


@dataclass
class Segment:
    x: float
    width: float
    band: str
    value: int


@dataclass
class StackedBar:
    label: str
    y: float
    segments: list[Segment]
    total: int


@dataclass
class StackedChart:
    bars: list[StackedBar]
    height: int
    width: int = GRADE_WIDTH
    left: int = GRADE_LABEL
    span: int = GRADE_SPAN


def grade_bars(rows: list[GradeRow]) -> StackedChart | None:
    """Return one bar per cycle and kind, split red / yellow / green by share of objectives."""
    if not any(row.count for row in rows):
        return None
    span = GRADE_SPAN
    kinds = dict(ObjectiveKind.choices)
    bars = []
    for i, row in enumerate(rows):
        x, segments = float(GRADE_LABEL), []
        for band in BANDS:
            n = row.bands[band]
            width = round(span * n / row.count, 1) if row.count else 0.0
            if n:
                segments.append(Segment(x, width, band, n))
            x += width
        label = f"{row.cycle} · {kinds.get(row.kind, row.kind)}"
        bars.append(StackedBar(label, TOP + i * (BAR + GAP), segments, row.count))
    return StackedChart(bars=bars, height=TOP + len(bars) * (BAR + GAP))

"""Inline SVG burn-up chart: done and total points over time, with axes, dates and a legend."""

from __future__ import annotations

from dataclasses import dataclass, field

from cairn import engine
from cairn.web.templatetags.cairn_tags import local_date

WIDTH, HEIGHT = 640, 240
LEFT, RIGHT, TOP, BOTTOM = 48, 12, 12, 28  # room for the axis labels


@dataclass
class Tick:
    """One axis label at a position."""

    at: float
    label: str


@dataclass
class BurnUpChart:
    """Coordinates for an SVG of WIDTH × HEIGHT, and the rows of its text alternative."""

    done: str
    total: str
    x_ticks: list[Tick] = field(default_factory=list)
    y_ticks: list[Tick] = field(default_factory=list)
    rows: list[engine.BurnUpPoint] = field(default_factory=list)
    width: int = WIDTH
    height: int = HEIGHT
    left: int = LEFT
    bottom: int = HEIGHT - BOTTOM
    right: int = WIDTH - RIGHT
    top: int = TOP


def _amount(value: float) -> str:
    """Return a point count as shown on the axis: whole, or with one decimal (never "-0")."""
    value = max(value, 0.0)  # a burn-up never counts below zero
    return f"{value:g}" if value == int(value) else f"{value:.1f}"


def _table_rows(points: list[engine.BurnUpPoint], limit: int = 15) -> list[engine.BurnUpPoint]:
    """Return the days where something changed (and the last), at most `limit` of them."""
    changed = [
        p
        for i, p in enumerate(points)
        if i == 0 or (p.done, p.total) != (points[i - 1].done, points[i - 1].total)
    ]
    if changed[-1] is not points[-1]:
        changed.append(points[-1])
    step = max(1, -(-len(changed) // limit))
    rows = changed[::step]
    if rows[-1] is not changed[-1]:
        rows.append(changed[-1])
    return rows


def burn_up_chart(points: list[engine.BurnUpPoint]) -> BurnUpChart | None:
    """Return the chart of a burn-up series, or None when there is nothing to draw."""
    if not points or points[-1].total <= 0:
        return None
    high = max(p.total for p in points)
    days = max(1, (points[-1].day - points[0].day).days)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM

    def x(index: int) -> float:
        return round(LEFT + (points[index].day - points[0].day).days / days * plot_w, 1)

    def y(value: float) -> float:
        return round(TOP + plot_h - value / high * plot_h, 1)

    done = " ".join(f"{x(i)},{y(p.done)}" for i, p in enumerate(points))
    total = " ".join(f"{x(i)},{y(p.total)}" for i, p in enumerate(points))
    middle = len(points) // 2
    ends = sorted({0, middle, len(points) - 1})
    x_ticks = [Tick(x(i), local_date(points[i].day)) for i in ends]  # the person's date format
    y_ticks = [Tick(y(v), _amount(v)) for v in (0.0, high / 2, high)]
    return BurnUpChart(done, total, x_ticks, y_ticks, _table_rows(points))

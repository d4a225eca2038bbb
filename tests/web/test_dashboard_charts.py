"""Geometry and words of the dashboard charts, and the heat-map shade."""

from __future__ import annotations

from datetime import date

from cairn.dashboards.figures import GradeRow, WeekConfidence
from cairn.web import dashboard_charts as charts
from cairn.web.templatetags.dashboard_tags import heat_level, pace_label


def test_pace_bars_scale_to_the_largest_and_print_count_and_share():
    chart = charts.pace_bars({"off_track": 1, "at_risk": 0, "on_track": 3, "too_early": 0})
    off, risk, on, _early = chart.bars
    assert on.width == charts.BAR_WIDTH - charts.BAR_LABEL - 90
    assert off.width == round(on.width / 3, 1)
    assert risk.width == 0
    assert (off.label, off.text) == ("Off track", "1 (25 %)")
    assert on.text_x == charts.BAR_LABEL + on.width + 6


def test_confidence_line_skips_weeks_without_check_ins():
    weeks = [
        WeekConfidence(date(2026, 1, 1), 2, 12),
        WeekConfidence(date(2026, 1, 8), 0, 0),
        WeekConfidence(date(2026, 1, 15), 1, 10),
    ]
    chart = charts.confidence_line(weeks)
    assert chart is not None
    assert len(chart.points) == 2
    first, last = chart.points
    assert first.x == charts.LEFT and last.x == charts.WIDTH - charts.RIGHT
    assert last.y == charts.TOP  # 10 is the top of the axis
    assert "average confidence 6.0/10 (2 check-ins)" in first.label
    assert [t.label for t in chart.y_ticks] == ["0", "2", "4", "6", "8", "10"]
    assert charts.confidence_line([WeekConfidence(date(2026, 1, 1), 0, 0)]) is None


def test_grade_bars_split_by_share_and_are_none_without_grades():
    row = GradeRow(1, "Q1", "committed", {"red": 1, "yellow": 0, "green": 3})
    chart = charts.grade_bars([row, GradeRow(1, "Q1", "aspirational")])
    assert chart is not None
    red, green = chart.bars[0].segments
    assert (red.band, red.value, green.band, green.value) == ("red", 1, "green", 3)
    assert green.width == 3 * red.width
    assert green.x == red.x + red.width
    assert chart.bars[0].label == "Q1 · Committed"
    assert chart.bars[1].segments == []
    assert charts.grade_bars([GradeRow(1, "Q1", "committed")]) is None


def test_heat_level_grows_with_the_share():
    assert [heat_level(s) for s in (0, 0.1, 0.25, 0.5, 0.75, 1.0)] == [0, 1, 2, 3, 4, 4]
    assert pace_label("at_risk") == "At risk"

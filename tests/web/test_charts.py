"""Key result charts: axes with dates and units, target, today, pace, forecast, focusable points."""

from __future__ import annotations

import datetime as dt

import pytest

from cairn.okrs.models import CheckIn, Cycle, KeyResult
from cairn.organisations.models import Organisation
from cairn.web.charts import decimals, key_result_chart, nice_ticks

NOW = dt.datetime(2026, 2, 15, 12, tzinfo=dt.UTC)


def cycle() -> Cycle:
    return Cycle(start=dt.date(2026, 1, 1), end=dt.date(2026, 3, 31))


def organisation() -> Organisation:
    return Organisation(time_zone="UTC")


def check_ins(values: list[float], notes: list[str] | None = None) -> list[CheckIn]:
    notes = notes or [""] * len(values)
    return [
        CheckIn(
            value=value,
            confidence=7,
            note=note,
            checked_in_at=dt.datetime(2026, 1, 5, tzinfo=dt.UTC) + dt.timedelta(days=7 * i),
        )
        for i, (value, note) in enumerate(zip(values, notes, strict=True))
    ]


def chart_of(kr: KeyResult, values: list[float], notes=None):
    return key_result_chart(kr, check_ins(values, notes), cycle(), organisation(), NOW)


def test_axes_carry_dates_and_values_in_the_unit():
    kr = KeyResult(kind="metric", start=0, target=40, unit="retailers")
    chart = chart_of(kr, [3, 8, 12])
    labels = [t.label for t in chart.y_ticks]
    assert labels[0] == "0 retailers" and all(label.endswith(" retailers") for label in labels)
    assert len(chart.x_ticks) == 3 and "2026" in chart.x_ticks[0].label
    assert chart.target_label == "Target 40 retailers"
    assert chart.now_x is not None and chart.left < chart.now_x < chart.right
    assert chart.expected and chart.forecast and chart.band


def test_forecast_figures_are_rounded_to_the_key_results_precision():
    kr = KeyResult(kind="metric", start=0, target=40, unit="retailers")
    chart = chart_of(kr, [3, 8, 13, 17])
    forecast = chart.summary.split("Forecast at the end: ")[1]
    assert "." not in forecast.split(" retailers")[0]  # whole retailers, never 10.33
    precise = KeyResult(kind="metric", start=1.5, target=2.25, unit="%")
    assert "Forecast" in chart_of(precise, [1.6, 1.75, 1.8]).summary


def test_a_range_below_zero_is_cut_and_the_summary_says_so():
    # A steep fall in open bugs: the straight-line range reaches below zero bugs.
    kr = KeyResult(kind="metric", start=40, target=0, unit="bugs")
    chart = chart_of(kr, [38, 20, 30, 5])
    assert "cut at 0" in chart.summary
    assert "-" not in chart.summary.split("range ")[1]


def test_each_check_in_is_a_point_with_value_confidence_and_note():
    kr = KeyResult(kind="metric", start=18, target=4, unit="hours")
    chart = chart_of(kr, [16, 12.5], ["Hired two agents", ""])
    first, second = chart.points
    assert "16 hours, confidence 7/10. Hired two agents" in first.label
    assert second.tip == "12.5 hours, confidence 7/10"
    assert [row.value for row in chart.rows] == ["16 hours", "12.5 hours"]
    assert "Now 12.5 hours." in chart.summary and "Target 4 hours." in chart.summary


def test_a_milestone_has_no_chart():
    assert chart_of(KeyResult(kind="milestone"), []) is None


@pytest.mark.parametrize(
    ("values", "places"), [([1, 2, 3], 0), ([1.5, 2], 1), ([0.125, 3], 2), ([None, 4.0], 0)]
)
def test_decimals_follow_the_figures(values, places):
    assert decimals(values) == places


@pytest.mark.parametrize(("low", "high"), [(0, 40), (3.2, 3.9), (-12, 250), (5, 5), (0, 1e6)])
def test_ticks_are_round_and_cover_the_range(low, high):
    ticks = nice_ticks(low, high)
    assert ticks[0] <= low and ticks[-1] >= high and 2 <= len(ticks) <= 12


def test_the_objective_page_draws_labelled_focusable_points(world, client):
    from cairn.okrs.services import check_in_record, key_result_create

    kr = key_result_create(
        actor=world.member,
        objective=world.objective,
        title="Cut replies",
        start=18,
        target=4,
        unit="hours",
    )
    for value, note in ((16, "<b>hired</b>"), (14, "ok"), (11, "good")):
        check_in_record(key_result=kr, author=world.member, value=value, note=note)
    client.force_login(world.member.user)
    page = client.get(f"/objectives/{world.objective.pk}/").content.decode()
    assert 'class="chart__point" tabindex="0" role="img"' in page
    assert "Today</text>" in page and "Target 4 hours" in page
    assert "The check-ins as a table" in page
    assert "<b>hired</b>" not in page and "&lt;b&gt;hired&lt;/b&gt;" in page

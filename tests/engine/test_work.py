from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cairn.engine import (
    WorkUnit,
    burn_up,
    forecast_finish,
    sprint_velocity,
    work_progress,
)

statuses = st.sampled_from(["todo", "in_progress", "done", "cancelled"])
points = st.one_of(st.none(), st.floats(0, 100, allow_nan=False))


@st.composite
def flat_units(draw):
    size = draw(st.integers(0, 20))
    return [WorkUnit(i, draw(statuses), draw(points)) for i in range(size)]


def u(id, status, points=None, parent=None, done_at=None):
    return WorkUnit(id, status, points, parent, done_at)


def test_progress_is_done_points_over_total_points():
    result = work_progress([u(1, "done", 8), u(2, "todo", 3), u(3, "in_progress", 1)])
    assert (result.done, result.total, result.by_count) == (8, 12, False)
    assert result.percent == 66


def test_cancelled_items_are_excluded():
    result = work_progress([u(1, "done", 2), u(2, "cancelled", 10)])
    assert result.ratio == 1.0 and result.percent == 100


def test_items_count_one_each_when_no_item_has_points():
    result = work_progress([u(1, "done"), u(2, "todo"), u(3, "todo"), u(4, "done")])
    assert (result.done, result.total, result.by_count) == (2, 4, True)


def test_unestimated_items_count_nothing_when_others_have_points():
    assert work_progress([u(1, "done"), u(2, "todo", 5)]).ratio == 0.0


def test_points_count_at_the_finest_estimated_level_never_twice():
    epic = u(1, "in_progress", 20)
    stories = [u(2, "done", 5, parent=1), u(3, "todo", 5, parent=1)]
    assert work_progress([epic, *stories]).total == 10


def test_by_count_only_leaves_count():
    story = u(1, "todo")
    tasks = [u(2, "done", parent=1), u(3, "done", parent=1)]
    assert work_progress([story, *tasks]).ratio == 1.0


def test_nothing_to_count_has_no_ratio():
    assert work_progress([]).ratio is None and work_progress([]).percent == 0
    assert work_progress([u(1, "cancelled", 3)]).ratio is None


@given(flat_units())
def test_progress_stays_between_0_and_1(units):
    ratio = work_progress(units).ratio
    assert ratio is None or 0 <= ratio <= 1


@given(flat_units())
def test_cancelling_work_never_changes_the_done_amount_of_others(units):
    before = work_progress(units)
    extra = work_progress([*units, WorkUnit(999, "cancelled", 50)])
    assert (extra.done, extra.total) == (before.done, before.total)


@given(flat_units(), st.integers(0, 19))
def test_finishing_an_item_never_lowers_progress(units, index):
    if index >= len(units) or units[index].status == "cancelled":
        return
    finished = list(units)
    finished[index] = WorkUnit(units[index].id, "done", units[index].points)
    before, after = work_progress(units).ratio, work_progress(finished).ratio
    assert before is None or after is not None and after >= before


@given(flat_units())
def test_percent_is_100_only_when_all_counted_work_is_done(units):
    result = work_progress(units)
    assert (result.percent == 100) == (result.total > 0 and result.done >= result.total)


def test_a_hair_short_of_all_done_is_not_100_percent():
    result = work_progress([u(1, "done", 1.0), u(2, "todo", 1e-12)])
    assert result.percent == 99


def test_burn_up_accumulates_done_points_per_day():
    day1, day2 = datetime(2026, 3, 2, 9, tzinfo=UTC), datetime(2026, 3, 4, 17, tzinfo=UTC)
    units = [
        u(1, "done", 3, done_at=day1),
        u(2, "done", 2, done_at=day1),
        u(3, "done", 5, done_at=day2),
    ]
    series = burn_up([*units, u(4, "todo", 10)])
    assert [(p.day, p.done, p.total) for p in series] == [
        (date(2026, 3, 2), 5, 20),
        (date(2026, 3, 4), 10, 20),
    ]


@given(flat_units())
def test_burn_up_never_falls_and_ends_at_the_dated_done_amount(units):
    stamped = [
        WorkUnit(x.id, x.status, x.points, None, datetime(2026, 1, 1 + x.id % 28, tzinfo=UTC))
        for x in units
    ]
    series = burn_up(stamped)
    assert all(a.done <= b.done for a, b in zip(series, series[1:], strict=False))
    if series:
        assert series[-1].done == pytest.approx(work_progress(stamped).done)


def test_velocity_is_the_mean_of_the_last_three_closed_sprints():
    assert sprint_velocity([100, 10, 20, 30]) == 20
    assert sprint_velocity([8]) == 8
    assert sprint_velocity([]) is None


def test_forecast_finish_from_remaining_points_and_velocity():
    today = date(2026, 3, 2)
    assert forecast_finish(remaining=30, velocity=20, sprint_days=14, today=today) == date(
        2026, 3, 23
    )
    assert forecast_finish(remaining=0, velocity=None, sprint_days=14, today=today) == today
    assert forecast_finish(remaining=5, velocity=None, sprint_days=14, today=today) is None
    assert forecast_finish(remaining=5, velocity=0, sprint_days=14, today=today) is None


@given(st.floats(0.1, 1000), st.floats(0.1, 1000), st.floats(0, 50))
def test_more_remaining_work_never_finishes_earlier(remaining, velocity, extra):
    today = date(2026, 1, 1)
    first = forecast_finish(remaining=remaining, velocity=velocity, sprint_days=14, today=today)
    later = forecast_finish(
        remaining=remaining + extra, velocity=velocity, sprint_days=14, today=today
    )
    if first is None:  # beyond a century: no date, and more work cannot bring one back
        assert later is None
    else:
        assert later is None or later >= first

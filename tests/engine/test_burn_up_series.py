"""Burn-up over a date range: scope grows when work is added, done grows when it is finished."""

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cairn.engine import WorkUnit, burn_up_series, work_progress

START, END = date(2026, 3, 1), date(2026, 3, 31)
statuses = st.sampled_from(["todo", "in_progress", "done", "cancelled"])
points = st.one_of(st.none(), st.floats(0, 100, allow_nan=False))
days = st.integers(-10, 40).map(lambda n: datetime(2026, 3, 1, 12, tzinfo=UTC) + timedelta(n))


@st.composite
def dated_units(draw):
    units = []
    for i in range(draw(st.integers(0, 25))):
        status = draw(statuses)
        created = draw(st.one_of(st.none(), days))
        done_at = draw(days) if status == "done" else None
        units.append(WorkUnit(i, status, draw(points), None, done_at, created))
    return units


def at(day: int) -> datetime:
    return datetime(2026, 3, day, 10, tzinfo=UTC)


def test_scope_and_done_follow_the_days_work_was_added_and_finished():
    units = [
        WorkUnit(1, "done", 3, None, at(3), at(1)),
        WorkUnit(2, "todo", 5, None, None, at(2)),
        WorkUnit(3, "done", 2, None, at(4), at(2)),
        WorkUnit(4, "cancelled", 50, None, None, at(1)),  # never counts
    ]
    series = burn_up_series(units, start=date(2026, 3, 1), end=date(2026, 3, 5))
    assert [(p.day.day, p.done, p.total) for p in series] == [
        (1, 0, 3),
        (2, 0, 10),
        (3, 3, 10),
        (4, 5, 10),
        (5, 5, 10),
    ]


def test_work_before_the_range_is_already_there_on_the_first_day():
    units = [WorkUnit(1, "done", 4, None, at(1), at(1))]
    series = burn_up_series(units, start=date(2026, 3, 10), end=date(2026, 3, 11))
    assert [(p.done, p.total) for p in series] == [(4, 4), (4, 4)]


def test_an_empty_or_reversed_range_has_no_points():
    assert burn_up_series([], start=END, end=START) == []


def test_a_long_range_is_sampled_and_still_ends_on_the_last_day():
    series = burn_up_series([], start=date(2025, 1, 1), end=date(2026, 12, 31), max_points=50)
    assert len(series) <= 51 and series[-1].day == date(2026, 12, 31)
    assert series[0].day == date(2025, 1, 1)


@given(dated_units())
def test_done_never_exceeds_scope_and_neither_line_falls(units):
    series = burn_up_series(units, start=START, end=END)
    assert len(series) == (END - START).days + 1
    for point in series:
        assert point.done <= point.total + 1e-9
    for a, b in zip(series, series[1:], strict=False):
        assert a.done <= b.done and a.total <= b.total


@given(dated_units())
def test_the_last_day_after_everything_equals_the_current_progress(units):
    series = burn_up_series(units, start=START, end=date(2026, 5, 1))
    progress = work_progress(units)
    assert series[-1].total == pytest.approx(progress.total)
    assert series[-1].done == pytest.approx(progress.done)

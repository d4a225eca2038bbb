from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cairn.engine.calendar import next_quarter_start, quarter_bounds, quarter_name


def test_calendar_quarters():
    assert quarter_bounds(date(2026, 11, 23)) == (date(2026, 10, 1), date(2026, 12, 31))
    assert quarter_bounds(date(2026, 1, 1)) == (date(2026, 1, 1), date(2026, 3, 31))
    assert quarter_name(date(2026, 11, 23)) == "2026 Q4"


def test_fiscal_year_starting_in_april():
    assert quarter_bounds(date(2026, 11, 23), 4) == (date(2026, 10, 1), date(2026, 12, 31))
    assert quarter_bounds(date(2027, 2, 1), 4) == (date(2027, 1, 1), date(2027, 3, 31))
    assert quarter_name(date(2026, 5, 2), 4) == "FY27 Q1"
    assert quarter_name(date(2027, 2, 1), 4) == "FY27 Q4"


def test_it_rejects_a_bad_month():
    with pytest.raises(ValueError, match="month 1 to 12"):
        quarter_bounds(date(2026, 1, 1), 13)


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2999, 1, 1)), st.integers(1, 12))
def test_quarters_contain_the_day_and_tile_the_calendar(day, month):
    start, end = quarter_bounds(day, month)
    assert start <= day <= end
    assert 89 <= (end - start).days + 1 <= 92
    assert quarter_bounds(end + timedelta(days=1), month)[0] == next_quarter_start(day, month)

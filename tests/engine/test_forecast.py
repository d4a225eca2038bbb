import math
from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cairn.engine import Forecast, forecast, t_quantile_95

MONDAY = datetime(2025, 1, 6, 9, 0)


def weekly(*values):
    return [(MONDAY + timedelta(weeks=i), v) for i, v in enumerate(values)]


def test_too_few_points_give_no_forecast():
    assert forecast([], until=MONDAY) is None
    assert forecast(weekly(1, 2), until=MONDAY) is None


def test_points_at_a_single_moment_give_no_forecast():
    assert forecast([(MONDAY, 1), (MONDAY, 2), (MONDAY, 3)], until=MONDAY) is None


def test_an_exact_line_is_recovered_with_no_range():
    result = forecast(weekly(10, 17, 24, 31), until=MONDAY + timedelta(weeks=12))
    assert result == Forecast(value=94.0, low=94.0, high=94.0, slope_per_day=1.0, points=4)


def test_a_noisy_line_gets_a_95_percent_prediction_interval():
    points = weekly(1, 3, 2, 4)
    result = forecast(points, until=MONDAY + timedelta(weeks=5))
    assert result is not None
    # Hand computation in weeks: x̄=1.5, Sxx=5, slope 0.8/week, intercept 1.3, SSE=1.8, df=2.
    assert result.slope_per_day == pytest.approx(0.8 / 7)
    assert result.value == pytest.approx(1.3 + 0.8 * 5)
    half = 4.303 * math.sqrt(1.8 / 2) * math.sqrt(1 + 1 / 4 + (5 - 1.5) ** 2 / 5)
    assert (result.low, result.high) == pytest.approx((result.value - half, result.value + half))
    assert result.points == 4


def test_forecast_is_independent_of_point_order_and_handles_repeated_times():
    points = [(MONDAY, 1.0), (MONDAY, 2.0), (MONDAY + timedelta(days=2), 4.0)]
    forward = forecast(points, until=MONDAY + timedelta(days=4))
    backward = forecast(points[::-1], until=MONDAY + timedelta(days=4))
    assert forward is not None and backward is not None
    assert forward.value == pytest.approx(backward.value)
    assert forward.slope_per_day == pytest.approx(1.25)


def test_forecast_can_look_back_in_time():
    result = forecast(weekly(5, 6, 7), until=MONDAY - timedelta(weeks=1))
    assert result is not None
    assert result.value == pytest.approx(4.0)


def test_forecast_rejects_values_that_are_not_finite():
    with pytest.raises(ValueError, match="finite"):
        forecast(weekly(1, math.nan, 3), until=MONDAY)


@pytest.mark.parametrize(
    ("df", "t"),
    [(1, 12.706), (2, 4.303), (30, 2.042), (35, 2.042), (40, 2.021), (119, 2.000), (121, 1.96)],
)
def test_t_quantile_table(df, t):
    assert t_quantile_95(df) == t


def test_t_quantile_shrinks_as_df_grows():
    quantiles = [t_quantile_95(df) for df in range(1, 200)]
    assert quantiles == sorted(quantiles, reverse=True)


def test_t_quantile_needs_a_degree_of_freedom():
    with pytest.raises(ValueError, match="at least 1"):
        t_quantile_95(0)


@given(
    intercept=st.integers(-1000, 1000),
    slope=st.integers(-50, 50),
    offsets=st.lists(st.integers(0, 120), min_size=3, max_size=20, unique=True),
    horizon=st.integers(-30, 200),
)
def test_forecast_of_exactly_linear_points_recovers_the_line(intercept, slope, offsets, horizon):
    points = [(MONDAY + timedelta(days=d), float(intercept + slope * d)) for d in offsets]
    result = forecast(points, until=MONDAY + timedelta(days=horizon))
    assert result is not None
    assert result.slope_per_day == pytest.approx(slope, abs=1e-9)
    assert result.value == pytest.approx(intercept + slope * horizon, abs=1e-6)
    assert result.low == result.value == result.high
    assert result.points == len(offsets)


@given(
    values=st.lists(st.floats(-1000, 1000), min_size=3, max_size=15),
    horizon=st.integers(0, 100),
)
def test_forecast_range_always_contains_the_value(values, horizon):
    result = forecast(weekly(*values), until=MONDAY + timedelta(days=horizon))
    assert result is not None
    assert result.low <= result.value <= result.high
    assert result.value - result.low == pytest.approx(result.high - result.value)

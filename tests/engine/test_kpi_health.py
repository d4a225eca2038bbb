"""KPI health: zones for above, below and band thresholds; staleness; the alerting transition."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from cairn.engine.kpi_health import (
    SEVERITY,
    Direction,
    Health,
    InvalidThresholds,
    ThresholdKind,
    Thresholds,
    direction_fits,
    health,
    is_stale,
    turned_unhealthy,
    validate_thresholds,
)

numbers = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)
ABOVE = ThresholdKind.ABOVE
BELOW = ThresholdKind.BELOW
BAND = ThresholdKind.BAND


@pytest.mark.parametrize(
    ("value", "thresholds", "expected"),
    [
        (99.5, Thresholds(ABOVE, healthy_low=99, warning_low=98), Health.HEALTHY),
        (99, Thresholds(ABOVE, healthy_low=99, warning_low=98), Health.HEALTHY),  # inclusive
        (98.5, Thresholds(ABOVE, healthy_low=99, warning_low=98), Health.WARNING),
        (97, Thresholds(ABOVE, healthy_low=99, warning_low=98), Health.UNHEALTHY),
        (97, Thresholds(ABOVE, healthy_low=99), Health.UNHEALTHY),
        (3, Thresholds(BELOW, healthy_high=4, warning_high=6), Health.HEALTHY),
        (5, Thresholds(BELOW, healthy_high=4, warning_high=6), Health.WARNING),
        (6.1, Thresholds(BELOW, healthy_high=4, warning_high=6), Health.UNHEALTHY),
        (50, Thresholds(BAND, 40, 60, 30, 70), Health.HEALTHY),
        (35, Thresholds(BAND, 40, 60, 30, 70), Health.WARNING),
        (65, Thresholds(BAND, 40, 60, 30, 70), Health.WARNING),
        (71, Thresholds(BAND, 40, 60, 30, 70), Health.UNHEALTHY),
        (29, Thresholds(BAND, 40, 60, 30, 70), Health.UNHEALTHY),
        (None, Thresholds(BAND, 40, 60, 30, 70), Health.NO_DATA),
    ],
)
def test_zones(value, thresholds, expected):
    assert health(value, validate_thresholds(thresholds)) == expected


@pytest.mark.parametrize(
    ("thresholds", "field"),
    [
        (Thresholds(ABOVE), "healthy_low"),
        (Thresholds(ABOVE, healthy_low=5, warning_low=6), "warning_low"),
        (Thresholds(BELOW, healthy_high=5, warning_high=4), "warning_high"),
        (Thresholds(BELOW, healthy_low=5), "healthy_high"),
        (Thresholds(BAND, 10, 5), "healthy_high"),
        (Thresholds(BAND, 1, 5, 0, None), "warning_high"),
        (Thresholds(BAND, 1, 5, 2, 6), "warning_low"),
        (Thresholds(BAND, 1, 5, 0, 4), "warning_high"),
        (Thresholds(ABOVE, healthy_low=float("inf")), "healthy_low"),
        (Thresholds("sideways", 1, 2), "kind"),  # type: ignore[arg-type]
    ],
)
def test_invalid_thresholds_name_the_bound(thresholds, field):
    with pytest.raises(InvalidThresholds) as caught:
        validate_thresholds(thresholds)
    assert caught.value.field == field


def test_validation_drops_the_bounds_a_kind_ignores():
    valid = validate_thresholds(Thresholds(ABOVE, healthy_low=5, healthy_high=9, warning_high=1))
    assert valid == Thresholds(ABOVE, healthy_low=5)


@st.composite
def above(draw):
    healthy = draw(numbers)
    warning = draw(st.none() | st.floats(max_value=healthy, min_value=-1e9, allow_nan=False))
    return validate_thresholds(Thresholds(ABOVE, healthy_low=healthy, warning_low=warning))


@st.composite
def below(draw):
    healthy = draw(numbers)
    warning = draw(st.none() | st.floats(min_value=healthy, max_value=1e9, allow_nan=False))
    return validate_thresholds(Thresholds(BELOW, healthy_high=healthy, warning_high=warning))


@st.composite
def band(draw):
    edges = sorted(draw(st.lists(numbers, min_size=4, max_size=4)))
    if draw(st.booleans()):
        return validate_thresholds(Thresholds(BAND, edges[1], edges[2], edges[0], edges[3]))
    return validate_thresholds(Thresholds(BAND, edges[1], edges[2]))


def rank(status: Health) -> int:
    return SEVERITY[status]


@given(above(), numbers, numbers)
def test_above_never_gets_worse_as_the_value_rises(thresholds, a, b):
    low, high = sorted((a, b))
    assert rank(health(high, thresholds)) >= rank(health(low, thresholds))


@given(below(), numbers, numbers)
def test_below_never_gets_better_as_the_value_rises(thresholds, a, b):
    low, high = sorted((a, b))
    assert rank(health(high, thresholds)) <= rank(health(low, thresholds))


@given(band(), numbers)
def test_band_is_healthy_exactly_inside_it(thresholds, value):
    inside = thresholds.healthy_low <= value <= thresholds.healthy_high
    assert (health(value, thresholds) == Health.HEALTHY) == inside


@given(band(), numbers)
def test_band_warning_lies_between_the_bands(thresholds, value):
    if health(value, thresholds) == Health.WARNING:
        assert thresholds.warning_low <= value <= thresholds.warning_high
        assert not thresholds.healthy_low <= value <= thresholds.healthy_high


@given(st.one_of(above(), below(), band()), numbers)
def test_without_a_warning_bound_there_is_no_warning(thresholds, value):
    assume(thresholds.warning_low is None and thresholds.warning_high is None)
    assert health(value, thresholds) in (Health.HEALTHY, Health.UNHEALTHY)


@given(st.one_of(above(), below(), band()), numbers)
def test_a_value_always_has_a_zone(thresholds, value):
    assert health(value, thresholds) != Health.NO_DATA


@given(st.sampled_from(list(Health)), st.sampled_from(list(Health)))
def test_only_a_turn_into_unhealthy_alerts(old, new):
    assert turned_unhealthy(old, new) == (new == Health.UNHEALTHY and old != Health.UNHEALTHY)


@given(st.integers(min_value=0, max_value=10_000), st.integers(min_value=1, max_value=100))
def test_staleness_is_monotone_in_time(minutes, days):
    last = datetime(2026, 1, 1, tzinfo=UTC)
    period = timedelta(days=days)
    now = last + timedelta(minutes=minutes * 30)
    later = now + timedelta(hours=1)
    assert is_stale(last, now, period) <= is_stale(last, later, period)
    assert is_stale(last, now, period) == (now - last > period)
    assert not is_stale(None, later, period)


def test_direction_must_fit_the_kind():
    assert direction_fits(ABOVE, Direction.HIGHER) and not direction_fits(ABOVE, Direction.LOWER)
    assert direction_fits(BELOW, Direction.LOWER) and not direction_fits(BELOW, Direction.HIGHER)
    assert direction_fits(BAND, Direction.LOWER) and direction_fits(BAND, Direction.HIGHER)

"""Which check-in values look like typos: far outside the key result's span, or the wrong sign."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cairn.engine.plausibility import FAR, Implausible, implausible_value


@pytest.mark.parametrize(
    ("value", "start", "target", "expected"),
    [
        (150, 100, 200, None),
        (250, 100, 200, None),  # overshooting is fine
        (100 + 101 * 100, 100, 200, Implausible.FAR),
        (1e6, 18, 4, Implausible.FAR),  # a decrease key result: hours of first reply
        (-1, 0, 50, Implausible.SIGN),  # a negative count of customers
        (-1, 5, 0, Implausible.SIGN),  # fewer than zero open bugs
        (3, -5, 0, None),  # a loss reduced past zero is possible
        (3, -50, -10, Implausible.SIGN),
        (12, None, 10, None),  # a "stay above" key result without a start
        (10_000, None, 10, Implausible.FAR),
        (5, 10, 10, None),  # start equals target: the target's size is the span
        (1, 0, 0, None),
        (500, 0, 0, Implausible.FAR),
        (42, 0, None, None),  # nothing to compare with
    ],
)
def test_it_flags_typos_and_lets_real_values_through(value, start, target, expected):
    assert implausible_value(value=value, start=start, target=target) == expected


finite = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False)


@given(start=finite, target=finite, share=st.floats(min_value=0, max_value=1))
def test_every_value_between_start_and_target_is_plausible(start, target, share):
    value = start + (target - start) * share
    assert implausible_value(value=value, start=start, target=target) is None


@given(start=st.floats(min_value=0, max_value=1e6), target=st.floats(min_value=0, max_value=1e6))
def test_far_beyond_the_span_is_always_flagged(start, target):
    span = abs(target - start) or abs(target) or 1.0
    value = start + (FAR + 1) * span
    assert implausible_value(value=value, start=start, target=target) == Implausible.FAR

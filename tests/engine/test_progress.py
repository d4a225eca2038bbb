import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cairn.engine import (
    InvalidKeyResult,
    KeyResultKind,
    KeyResultState,
    clamp,
    direction,
    key_result_progress,
    parse_kind,
    validate_key_result,
)

finite = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False)


def test_kind_values_match_the_stored_strings():
    assert [k.value for k in KeyResultKind] == ["metric", "stay_above", "stay_below", "milestone"]
    assert parse_kind("stay_below") is KeyResultKind.STAY_BELOW


def test_invalid_key_result_carries_field_and_message():
    exc = InvalidKeyResult("target", "Bad target.")
    assert isinstance(exc, ValueError)
    assert (exc.field, exc.message, str(exc)) == ("target", "Bad target.", "Bad target.")


@pytest.mark.parametrize(
    ("kind", "start", "target"),
    [
        ("metric", 0, 10),
        ("metric", 18, 4),
        (KeyResultKind.METRIC, -5.5, 0),
        ("stay_above", None, 99.9),
        ("stay_below", 3, 0),
        ("milestone", None, None),
        ("milestone", 1, 1),
    ],
)
def test_it_accepts_measurable_key_results(kind, start, target):
    assert validate_key_result(kind=kind, start=start, target=target) is None


@pytest.mark.parametrize(
    ("kind", "start", "target", "field", "message"),
    [
        ("metric", None, 10, "start", "A metric key result needs a start value."),
        ("metric", 0, None, "target", "A metric key result needs a target value."),
        ("metric", None, None, "start", "A metric key result needs a start value."),
        (
            "metric",
            5,
            5,
            "target",
            "Start and target must differ: a key result must ask for change.",
        ),
        ("metric", math.nan, 5, "start", "The start value must be a finite number."),
        ("metric", 0, math.inf, "target", "The target value must be a finite number."),
        ("stay_above", 1, None, "target", None),
        ("stay_below", None, None, "target", None),
        ("stay_below", None, -math.inf, "target", None),
        ("okr", 0, 1, "kind", None),
        ("", 0, 1, "kind", None),
    ],
)
def test_it_rejects_unmeasurable_key_results(kind, start, target, field, message):
    with pytest.raises(InvalidKeyResult) as info:
        validate_key_result(kind=kind, start=start, target=target)
    assert info.value.field == field
    if message is not None:
        assert info.value.message == message


def test_it_names_the_known_kinds_when_the_kind_is_unknown():
    with pytest.raises(InvalidKeyResult, match="metric, stay_above, stay_below, milestone"):
        validate_key_result(kind="binary", start=None, target=None)


def test_stay_kinds_explain_the_bound():
    with pytest.raises(InvalidKeyResult, match="bound to stay above"):
        validate_key_result(kind="stay_above", start=None, target=None)


def test_direction():
    assert direction(0, 10) == "increase"
    assert direction(18, 4) == "decrease"
    assert direction(-3, -1) == "increase"


def test_direction_rejects_equal_start_and_target():
    with pytest.raises(InvalidKeyResult) as info:
        direction(2.5, 2.5)
    assert info.value.field == "target"


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (KeyResultState("metric", 0, 10, 5), 0.5),
        (KeyResultState("metric", 0, 10, 12), 1.2),
        (KeyResultState("metric", 0, 10, -2), -0.2),
        (KeyResultState("metric", 18, 4, 11), 0.5),
        (KeyResultState("metric", 18, 4, 20), -2 / 14),
        (KeyResultState("metric", 18, 4, 0), 18 / 14),
        (KeyResultState("metric", 18, 4), 0.0),
        (KeyResultState("metric", 100, 200), 0.0),
        (KeyResultState("stay_above", target=99.9, current=99.9), 1.0),
        (KeyResultState("stay_above", target=99.9, current=99.95), 1.0),
        (KeyResultState("stay_above", target=99.9, current=99.8), 0.0),
        (KeyResultState("stay_above", target=99.9), 0.0),
        (KeyResultState("stay_below", target=2, current=2), 1.0),
        (KeyResultState("stay_below", target=2, current=1), 1.0),
        (KeyResultState("stay_below", target=2, current=3), 0.0),
        (KeyResultState("stay_below", target=2), 0.0),
        (KeyResultState("milestone", done=True), 1.0),
        (KeyResultState("milestone"), 0.0),
        (KeyResultState(KeyResultKind.MILESTONE, current=5), 0.0),
    ],
)
def test_key_result_progress(state, expected):
    assert key_result_progress(state) == pytest.approx(expected)


def test_progress_of_an_invalid_key_result_raises():
    with pytest.raises(InvalidKeyResult):
        key_result_progress(KeyResultState("metric", 5, 5, 5))
    with pytest.raises(InvalidKeyResult):
        key_result_progress(KeyResultState("stay_above", current=3))
    with pytest.raises(InvalidKeyResult):
        key_result_progress(KeyResultState("nps"))


def test_key_result_state_is_frozen():
    state = KeyResultState("milestone")
    with pytest.raises(AttributeError):
        state.done = True  # type: ignore[misc]


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        ((0.5,), 0.5),
        ((-0.2,), 0.0),
        ((1.2,), 1.0),
        ((math.inf,), 1.0),
        ((-math.inf,), 0.0),
        ((math.nan,), 0.0),
        ((5, 1, 3), 3),
        ((2, 2, 2), 2),
    ],
)
def test_clamp(args, expected):
    assert clamp(*args) == expected


def test_clamp_rejects_an_empty_range():
    with pytest.raises(ValueError, match="above high"):
        clamp(0.5, 1.0, 0.0)


@given(start=finite, target=finite, current=finite, rise=st.floats(0, 1e6))
def test_decrease_progress_never_rises_when_current_rises(start, target, current, rise):
    if start <= target:
        start, target = target, start
    if start == target:
        return
    before = key_result_progress(KeyResultState("metric", start, target, current))
    after = key_result_progress(KeyResultState("metric", start, target, current + rise))
    assert after <= before


@given(start=finite, target=finite, current=finite, rise=st.floats(0, 1e6))
def test_increase_progress_never_falls_when_current_rises(start, target, current, rise):
    if start >= target:
        start, target = target, start
    if start == target:
        return
    before = key_result_progress(KeyResultState("metric", start, target, current))
    after = key_result_progress(KeyResultState("metric", start, target, current + rise))
    assert after >= before


@given(start=finite, target=finite)
def test_progress_is_zero_at_start_and_one_at_target(start, target):
    if start == target:
        return
    assert key_result_progress(KeyResultState("metric", start, target, start)) == 0.0
    assert key_result_progress(KeyResultState("metric", start, target, target)) == 1.0
    assert key_result_progress(KeyResultState("metric", start, target)) == 0.0


@given(bound=finite, current=st.one_of(st.none(), finite))
def test_stay_kinds_are_binary_and_complementary_away_from_the_bound(bound, current):
    above = key_result_progress(KeyResultState("stay_above", target=bound, current=current))
    below = key_result_progress(KeyResultState("stay_below", target=bound, current=current))
    assert {above, below} <= {0.0, 1.0}
    if current is not None and current != bound:
        assert above + below == 1.0


@given(p=st.floats(allow_nan=True), low=st.floats(-10, 10), width=st.floats(0, 10))
def test_clamp_stays_in_range(p, low, width):
    assert low <= clamp(p, low, low + width) <= low + width

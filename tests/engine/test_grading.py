import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cairn.engine import (
    GradeAssessment,
    GradeBand,
    ObjectiveKind,
    Weighted,
    assess_grade,
    default_grade,
    grade_band,
    objective_grade,
    round_half_up,
)

ONE_DECIMAL_GRADES = [round(i / 10, 1) for i in range(11)]


@pytest.mark.parametrize(
    ("grade", "band"),
    [
        (0.0, GradeBand.RED),
        (0.1, GradeBand.RED),
        (0.2, GradeBand.RED),
        (0.3, GradeBand.RED),
        (0.4, GradeBand.YELLOW),
        (0.5, GradeBand.YELLOW),
        (0.6, GradeBand.YELLOW),
        (0.7, GradeBand.GREEN),
        (0.8, GradeBand.GREEN),
        (0.9, GradeBand.GREEN),
        (1.0, GradeBand.GREEN),
        (0.34, GradeBand.RED),
        (0.35, GradeBand.YELLOW),
        (0.64, GradeBand.YELLOW),
        (0.65, GradeBand.GREEN),
        (-0.1, GradeBand.RED),
        (1.2, GradeBand.GREEN),
    ],
)
def test_grade_band(grade, band):
    assert grade_band(grade) is band


@pytest.mark.parametrize(
    ("progress", "grade"),
    [
        (0.0, 0.0),
        (0.04, 0.0),
        (0.05, 0.1),
        (0.15, 0.2),
        (0.25, 0.3),
        (0.35, 0.4),
        (0.45, 0.5),
        (0.1 + 0.05, 0.2),
        (0.6499, 0.6),
        (0.95, 1.0),
        (1.0, 1.0),
        (1.37, 1.0),
        (-0.4, 0.0),
        (math.nan, 0.0),
        (1e-20, 0.0),
    ],
)
def test_default_grade_rounds_half_up(progress, grade):
    assert default_grade(progress) == grade


def test_round_half_up():
    assert round_half_up(2.675, 2) == 2.68
    assert round_half_up(0.125, 2) == 0.13
    assert round_half_up(1.5, 0) == 2.0


def test_objective_grade_is_the_weighted_mean_of_key_result_grades():
    assert objective_grade([Weighted(1, 0.3), Weighted(1, 0.4)]) == 0.35
    assert objective_grade([Weighted(2, 1.0), Weighted(1, 0.0)]) == 0.67
    assert objective_grade([Weighted(1, 0.7), Weighted(0, 0.0)]) == 0.7
    assert objective_grade([Weighted(1, 1.4), Weighted(1, -0.2)]) == 0.5


def test_objective_grade_without_weight_is_none():
    assert objective_grade([]) is None
    assert objective_grade([Weighted(0, 0.8)]) is None


def test_kinds():
    assert [k.value for k in ObjectiveKind] == ["committed", "aspirational"]


def test_committed_objectives_succeed_only_in_full():
    assert assess_grade(kind="committed", grade=1.0) == GradeAssessment(
        True, False, "Committed objective delivered in full."
    )
    short = assess_grade(kind=ObjectiveKind.COMMITTED, grade=0.95)
    assert (short.successful, short.explanation_required) == (False, True)
    assert "0.95" in short.message


@pytest.mark.parametrize(("grade", "successful"), [(0.7, True), (1.0, True), (0.69, False)])
def test_aspirational_objectives_succeed_from_point_seven(grade, successful):
    assessment = assess_grade(kind="aspirational", grade=grade)
    assert assessment.successful is successful
    assert assessment.explanation_required is False
    assert assessment.message


@pytest.mark.parametrize(
    ("kind", "grade", "match"),
    [
        ("stretch", 0.5, "Unknown objective kind"),
        ("committed", 1.1, "between 0.0 and 1.0"),
        ("aspirational", -0.1, "between 0.0 and 1.0"),
        ("committed", math.nan, "between 0.0 and 1.0"),
    ],
)
def test_assess_grade_rejects_bad_input(kind, grade, match):
    with pytest.raises(ValueError, match=match):
        assess_grade(kind=kind, grade=grade)


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_default_grade_is_always_a_tenth(progress):
    assert default_grade(progress) in ONE_DECIMAL_GRADES


@given(st.floats(0, 1))
def test_default_grade_is_within_half_a_tenth(progress):
    assert abs(default_grade(progress) - progress) <= 0.05 + 1e-12


@given(st.floats(-1, 2), st.floats(-1, 2))
def test_default_grade_is_monotonic(a, b):
    low, high = sorted([a, b])
    assert default_grade(low) <= default_grade(high)


@given(st.sampled_from(ONE_DECIMAL_GRADES))
def test_grade_band_matches_the_spec_table(grade):
    expected = (
        GradeBand.RED if grade <= 0.3 else GradeBand.YELLOW if grade <= 0.6 else GradeBand.GREEN
    )
    assert grade_band(grade) is expected
    assert grade_band(default_grade(grade)) is expected


@given(st.floats(0, 1))
def test_grade_band_picks_the_nearest_band(grade):
    anchors = {GradeBand.RED: (0.0, 0.3), GradeBand.YELLOW: (0.4, 0.6), GradeBand.GREEN: (0.7, 1.0)}

    def distance(band):
        low, high = anchors[band]
        return max(low - grade, 0.0, grade - high)

    assert distance(grade_band(grade)) <= min(distance(b) for b in GradeBand) + 1e-12


@given(st.lists(st.builds(Weighted, st.floats(0.1, 10), st.sampled_from(ONE_DECIMAL_GRADES))))
def test_objective_grade_lies_between_key_result_grades(grades):
    result = objective_grade(grades)
    if not grades:
        assert result is None
        return
    assert min(g.progress for g in grades) <= result <= max(g.progress for g in grades)
    assert result == round_half_up(result, 2)

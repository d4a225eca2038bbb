"""Recording and correcting check-ins: values, roll-up, permissions and bad input."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from cairn.okrs.models import CheckIn, CycleState, KeyResult
from cairn.okrs.services import (
    check_in_correct,
    check_in_record,
    key_result_create,
    objective_align,
    objective_create,
)
from tests.factories import KeyResultFactory


@pytest.fixture
def kr(world) -> KeyResult:
    return key_result_create(
        actor=world.member,
        objective=world.objective,
        title="Cut first-reply time from 18 to 4 hours",
        start=18,
        target=4,
        unit="hours",
    )


def test_it_updates_the_key_result_and_objective(world, kr):
    check_in_record(key_result=kr, author=world.member, value=11, confidence=7, note="Half way")
    kr.refresh_from_db()
    world.objective.refresh_from_db()
    assert kr.current == 11
    assert kr.progress == pytest.approx(0.5)
    assert kr.confidence == 7
    assert world.objective.progress == pytest.approx(0.5)


def test_it_rolls_up_to_every_ancestor(world, kr):
    parent = objective_create(actor=world.admin, cycle=world.cycle, title="Customers love us")
    objective_align(objective=world.objective, actor=world.member, parent_objective=parent)
    check_in_record(key_result=kr, author=world.member, value=4)
    parent.refresh_from_db()
    assert parent.progress == pytest.approx(1.0)


def test_a_decrease_moving_the_wrong_way_counts_as_no_progress(world, kr):
    check_in_record(key_result=kr, author=world.member, value=25)
    kr.refresh_from_db()
    world.objective.refresh_from_db()
    assert kr.progress < 0
    assert world.objective.progress == 0


@pytest.mark.parametrize("persona", ["member", "lead", "admin"])
def test_owner_lead_and_admin_may_check_in(world, kr, persona):
    check_in_record(key_result=kr, author=getattr(world, persona), value=10)
    assert CheckIn.objects.filter(key_result=kr).count() == 1


def test_a_contributor_may_check_in(world, kr):
    other = KeyResultFactory(objective=world.objective).owner  # same organisation
    kr.contributors.add(other)
    check_in_record(key_result=kr, author=other, value=10)
    assert kr.check_ins.count() == 1


@pytest.mark.parametrize("persona", ["viewer", "outsider"])
def test_viewers_and_outsiders_may_not_check_in(world, kr, persona):
    with pytest.raises(PermissionDenied):
        check_in_record(key_result=kr, author=getattr(world, persona), value=10)
    assert not CheckIn.objects.exists()


def test_a_plain_member_of_another_team_may_not_check_in(world, kr):
    stranger = KeyResultFactory(objective__cycle=world.cycle).owner
    with pytest.raises(PermissionDenied):
        check_in_record(key_result=kr, author=stranger, value=10)


@pytest.mark.parametrize(
    ("value", "confidence", "field"),
    [
        ("twelve", 5, "value"),
        (None, 5, "value"),
        (10, 11, "confidence"),
        (10, -1, "confidence"),
        ("nan", 5, "value"),
        ("1e400", 5, "value"),
        (10, "high", "confidence"),
    ],
)
def test_it_rejects_bad_input_and_writes_nothing(world, kr, value, confidence, field):
    with pytest.raises(ValidationError) as caught:
        check_in_record(key_result=kr, author=world.member, value=value, confidence=confidence)
    assert field in caught.value.message_dict
    assert not CheckIn.objects.exists()
    kr.refresh_from_db()
    assert kr.current is None


@pytest.mark.parametrize("state", [CycleState.GRADING, CycleState.CLOSED])
def test_it_rejects_check_ins_once_grading_starts(world, kr, state):
    world.cycle.state = state
    world.cycle.save()
    with pytest.raises(ValidationError, match="no longer takes check-ins"):
        check_in_record(key_result=kr, author=world.member, value=10)
    assert not CheckIn.objects.exists()


def test_a_milestone_is_done_or_not(world):
    milestone = key_result_create(
        actor=world.member,
        objective=world.objective,
        title="Launch the help centre",
        kind="milestone",
    )
    check_in_record(key_result=milestone, author=world.member, done=True)
    milestone.refresh_from_db()
    assert milestone.progress == 1.0
    with pytest.raises(ValidationError):
        check_in_record(key_result=milestone, author=world.member, done="maybe")


def test_a_correction_keeps_the_original_and_changes_the_value(world, kr):
    original = check_in_record(key_result=kr, author=world.member, value=11, note="typo")
    correction = check_in_correct(check_in=original, author=world.member, value=12)
    kr.refresh_from_db()
    assert kr.current == 12
    assert correction.corrects == original
    assert CheckIn.objects.filter(key_result=kr).count() == 2
    assert correction.checked_in_at == original.checked_in_at


def test_only_the_author_or_an_admin_may_correct(world, kr):
    original = check_in_record(key_result=kr, author=world.member, value=11)
    with pytest.raises(PermissionDenied):
        check_in_correct(check_in=original, author=world.lead, value=12)
    check_in_correct(check_in=original, author=world.admin, value=12)


def test_a_check_in_cannot_be_corrected_twice(world, kr):
    original = check_in_record(key_result=kr, author=world.member, value=11)
    check_in_correct(check_in=original, author=world.member, value=12)
    with pytest.raises(ValidationError, match="already corrected"):
        check_in_correct(check_in=original, author=world.member, value=13)

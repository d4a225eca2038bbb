"""Time travel: objectives and key results rebuilt as they stood at a past moment."""

from __future__ import annotations

from datetime import datetime, timedelta
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cairn.engine.history import FieldChange, parse_field, rewind
from cairn.okrs import selectors
from cairn.okrs.as_of import cycle_as_of, objectives_as_of, rebuild
from cairn.okrs.models import Change, CheckIn, Objective
from cairn.okrs.services import (
    check_in_correct,
    check_in_record,
    key_result_create,
    key_result_delete,
    key_result_update,
    objective_align,
    objective_create,
    objective_delete,
    objective_update,
)


class Clock:
    """A frozen clock moved by hand: every service stamps the moment it is set to."""

    def __init__(self, start: datetime) -> None:
        self.now = start
        self._patch = mock.patch("django.utils.timezone.now", side_effect=lambda: self.now)

    def __enter__(self) -> Clock:
        self._patch.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._patch.stop()

    def tick(self, hours: float = 1) -> datetime:
        """Move on and return the moment just before the move (the state "then")."""
        before = self.now
        self.now += timedelta(hours=hours)
        return before


@pytest.fixture
def clock(world):
    # After the personas' objective was made (cycles run from 45 days ago to 45 days ahead).
    with Clock(timezone.now() + timedelta(minutes=1)) as frozen:
        yield frozen


def _state(world, at):
    return objectives_as_of(Objective.objects.filter(cycle=world.cycle), at, world.organisation)


def test_rewind_undoes_newest_first_and_keeps_unknown_fields():
    t = timezone.now()
    changes = [
        FieldChange(at=t, seq=1, field="title", old="First"),
        FieldChange(at=t + timedelta(hours=1), seq=2, field="title", old="Second"),
        FieldChange(at=t, seq=3, field="colour", old="red"),
    ]
    assert rewind({"title": "Third", "weight": 2.0}, changes) == {"title": "First", "weight": 2.0}


def test_parse_field_types_and_bad_rows_keep_the_current_value():
    assert parse_field("target", "12.5") == 12.5
    assert parse_field("start", "") is None
    assert parse_field("owner", "7") == 7
    assert parse_field("count_aligned_children", "True") is True
    assert str(parse_field("due_date", "2026-11-03")) == "2026-11-03"
    bad = [FieldChange(at=timezone.now(), seq=1, field="weight", old="heavy")]
    assert rewind({"weight": 1.0}, bad) == {"weight": 1.0}


def test_title_change_is_undone(world, clock):
    objective = objective_create(actor=world.admin, cycle=world.cycle, title="Old title")
    then = clock.tick()
    objective_update(objective=objective, actor=world.admin, title="New <b>title</b>")
    assert _state(world, then)[objective.pk].title == "Old title"
    assert _state(world, clock.now)[objective.pk].title == "New <b>title</b>"


def test_target_change_and_check_in_after_are_undone(world, clock):
    objective = objective_create(actor=world.admin, cycle=world.cycle, title="Grow")
    kr = key_result_create(actor=world.admin, objective=objective, title="K", start=0, target=10)
    check_in_record(key_result=kr, author=world.admin, value=5, confidence=8)
    then = clock.tick()
    key_result_update(key_result=kr, actor=world.admin, target=20, title="K2", unit="€")
    check_in_record(key_result=kr, author=world.admin, value=10, confidence=3)
    old = _state(world, then)[objective.pk].key_results[0]
    assert (old.title, old.target, old.unit, old.current, old.confidence) == ("K", 10, "", 5, 8)
    assert old.progress == 0.5
    assert _state(world, then)[objective.pk].progress == 0.5
    new = _state(world, clock.now)[objective.pk].key_results[0]
    assert (new.title, new.target, new.unit, new.current, new.confidence) == ("K2", 20, "€", 10, 3)


def test_key_result_added_after_is_absent_and_objective_created_after_too(world, clock):
    objective = objective_create(actor=world.admin, cycle=world.cycle, title="Grow")
    key_result_create(actor=world.admin, objective=objective, title="Early", start=0, target=10)
    then = clock.tick()
    key_result_create(actor=world.admin, objective=objective, title="Late", start=0, target=10)
    later = objective_create(actor=world.admin, cycle=world.cycle, title="Later")
    past = _state(world, then)
    assert [kr.title for kr in past[objective.pk].key_results] == ["Early"]
    assert later.pk not in past


def test_realignment_is_undone_and_progress_rolls_up_as_it_did(world, clock):
    first = objective_create(actor=world.admin, cycle=world.cycle, title="First parent")
    second = objective_create(actor=world.admin, cycle=world.cycle, title="Second parent")
    child = objective_create(actor=world.admin, cycle=world.cycle, title="Child")
    kr = key_result_create(actor=world.admin, objective=child, title="K", start=0, target=4)
    check_in_record(key_result=kr, author=world.admin, value=1)
    objective_align(objective=child, actor=world.admin, parent_objective=first)
    then = clock.tick()
    objective_align(objective=child, actor=world.admin, parent_objective=second)
    past = _state(world, then)
    assert past[child.pk].parent_objective_id == first.pk
    assert (past[first.pk].progress, past[second.pk].progress) == (0.25, 0.0)
    now = _state(world, clock.now)
    assert (now[first.pk].progress, now[second.pk].progress) == (0.0, 0.25)


def test_alignment_by_id_rows_stay_out_of_the_readable_history(world, clock):
    parent = objective_create(actor=world.admin, cycle=world.cycle, title="Parent")
    objective_align(objective=world.objective, actor=world.admin, parent_objective=parent)
    fields = set(world.objective.changes.values_list("field", flat=True))
    assert {"parent_objective", "parent_objective_id"} <= fields
    shown = {c.field for c in selectors.objective_changes(world.objective)}
    assert "parent_objective" in shown and "parent_objective_id" not in shown


def test_a_correction_counts_from_the_corrected_moment(world, clock, kr):
    first = check_in_record(key_result=kr, author=world.member, value=10)
    then = clock.tick()
    check_in_correct(check_in=first, author=world.member, value=11)
    assert _state(world, then)[world.objective.pk].key_results[0].current == 11


def test_a_backdated_check_in_counts_from_its_own_moment(world, clock, kr):
    check_in_record(key_result=kr, author=world.member, value=10)
    then = clock.tick(24)
    check_in_record(key_result=kr, author=world.member, value=6, at=then - timedelta(hours=2))
    assert _state(world, then)[world.objective.pk].key_results[0].current == 10


def test_deleted_things_are_absent(world, clock, kr):
    doomed = objective_create(actor=world.admin, cycle=world.cycle, title="Doomed")
    then = clock.tick()
    key_result_delete(key_result=kr, actor=world.admin)
    objective_delete(objective=doomed, actor=world.admin)
    past = _state(world, then)
    assert doomed.pk not in past and past[world.objective.pk].key_results == []


def test_pace_is_evaluated_at_the_moment(world, clock, kr):
    world.cycle.start = timezone.localdate()
    world.cycle.save()
    check_in_record(key_result=kr, author=world.member, value=18)  # no progress at all
    early = clock.tick()
    clock.tick(24 * 40)
    assert _state(world, early)[world.objective.pk].key_results[0].pace == "too_early"
    assert _state(world, clock.now)[world.objective.pk].key_results[0].pace == "off_track"


def test_query_count_stays_put_with_more_data(world, clock):
    def build(n: int) -> None:
        for i in range(n):
            objective = objective_create(actor=world.admin, cycle=world.cycle, title=f"O{i}")
            kr = key_result_create(
                actor=world.admin, objective=objective, title="K", start=0, target=9
            )
            check_in_record(key_result=kr, author=world.admin, value=i)
            objective_update(objective=objective, actor=world.admin, title=f"O{i}!")
            clock.tick()

    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            cycle_as_of(world.cycle, clock.now - timedelta(hours=2))
        return len(queries)

    build(2)
    few = count()
    build(6)
    assert count() == few
    assert CheckIn.objects.count() == 8 and Change.objects.exists()


def test_rebuild_of_one_objective_loads_the_children_it_counts(world, clock):
    parent = objective_create(
        actor=world.admin, cycle=world.cycle, title="Parent", count_aligned_children=True
    )
    own = key_result_create(actor=world.admin, objective=parent, title="Own", start=0, target=4)
    check_in_record(key_result=own, author=world.admin, value=4)
    child = objective_create(actor=world.admin, cycle=world.cycle, title="Child")
    kr = key_result_create(actor=world.admin, objective=child, title="K", start=0, target=4)
    check_in_record(key_result=kr, author=world.admin, value=0)
    objective_align(objective=child, actor=world.admin, parent_objective=parent)
    then = clock.tick()
    objective_align(objective=child, actor=world.admin, parent_objective=None)  # moved away
    past = rebuild([parent.pk], then, world.organisation)
    assert past[parent.pk].progress == 0.5 == _state(world, then)[parent.pk].progress
    assert rebuild([parent.pk], clock.now, world.organisation)[parent.pk].progress == 1.0

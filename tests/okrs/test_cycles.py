"""Cycle states, grading, retrospectives, carry-over and the demo and generate commands."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command
from django.test import Client

from cairn.okrs.models import CheckIn, Cycle, CycleState, KeyResult, Objective
from cairn.okrs.services import (
    check_in_record,
    cycle_create,
    cycle_recompute,
    cycle_transition,
    key_result_create,
    key_result_grade,
    objective_carry_over,
    objective_retrospective,
)
from cairn.organisations.models import Organisation, Person


@pytest.fixture
def graded(world):
    """The world's cycle in grading, with one KR half-way."""
    kr = key_result_create(
        actor=world.member, objective=world.objective, title="Grow", start=0, target=10
    )
    check_in_record(key_result=kr, author=world.member, value=5)
    cycle_transition(cycle=world.cycle, actor=world.admin, to_state=CycleState.GRADING)
    kr.refresh_from_db()
    return kr


def test_only_admins_move_cycles(world):
    with pytest.raises(PermissionDenied):
        cycle_transition(cycle=world.cycle, actor=world.lead, to_state=CycleState.GRADING)


def test_states_only_move_forward_one_step(world):
    with pytest.raises(ValidationError, match="cannot move"):
        cycle_transition(cycle=world.cycle, actor=world.admin, to_state=CycleState.CLOSED)
    with pytest.raises(ValidationError, match="cannot move"):
        cycle_transition(cycle=world.cycle, actor=world.admin, to_state=CycleState.PLANNING)


def test_closing_needs_explanations_for_committed_objectives_below_one(world, graded):
    with pytest.raises(ValidationError, match="need an explanation"):
        cycle_transition(cycle=world.cycle, actor=world.admin, to_state=CycleState.CLOSED)
    objective_retrospective(
        objective=world.objective,
        actor=world.member,
        worked="Focus",
        did_not="Hiring slipped",
        carry_over="The KR",
    )
    cycle_transition(cycle=world.cycle, actor=world.admin, to_state=CycleState.CLOSED)
    graded.refresh_from_db()
    world.objective.refresh_from_db()
    assert graded.grade == 0.5
    assert world.objective.grade == 0.5


def test_a_grade_override_needs_a_reason(world, graded):
    with pytest.raises(ValidationError) as caught:
        key_result_grade(key_result=graded, actor=world.member, grade=0.7)
    assert "reason" in caught.value.message_dict
    key_result_grade(key_result=graded, actor=world.member, grade=0.7, reason="Late data")
    with pytest.raises(ValidationError):
        key_result_grade(key_result=graded, actor=world.member, grade=1.5, reason="x")
    with pytest.raises(PermissionDenied):
        key_result_grade(key_result=graded, actor=world.viewer, grade=0.1, reason="x")


def test_cycle_dates_are_validated(world):
    with pytest.raises(ValidationError) as caught:
        cycle_create(
            actor=world.admin, name="Backwards", start=dt.date(2026, 3, 1), end=dt.date(2026, 1, 1)
        )
    assert "end" in caught.value.message_dict
    with pytest.raises(ValidationError):
        cycle_create(
            actor=world.admin, name="q3", start=dt.date(2026, 1, 1), end=dt.date(2026, 3, 1)
        )  # the name Q3 is taken, case-insensitively


def test_carry_over_copies_unfinished_key_results_with_new_baselines(world):
    done = key_result_create(
        actor=world.member, objective=world.objective, title="Done", start=0, target=10
    )
    half = key_result_create(
        actor=world.member, objective=world.objective, title="Half", start=0, target=10
    )
    check_in_record(key_result=done, author=world.member, value=10)
    check_in_record(key_result=half, author=world.member, value=4)
    following = Cycle.objects.create(
        organisation=world.organisation,
        name="Q4",
        start=world.cycle.end + dt.timedelta(days=1),
        end=world.cycle.end + dt.timedelta(days=91),
    )
    copy = objective_carry_over(objective=world.objective, actor=world.member, to_cycle=following)
    assert copy.carried_over_from == world.objective
    [carried] = copy.key_results.all()
    assert (carried.title, carried.start, carried.target, carried.progress) == ("Half", 4, 10, 0)
    with pytest.raises(ValidationError, match="already"):
        objective_carry_over(objective=world.objective, actor=world.member, to_cycle=following)


def test_recompute_repairs_drifted_progress(world):
    kr = key_result_create(
        actor=world.member, objective=world.objective, title="Grow", start=0, target=10
    )
    check_in_record(key_result=kr, author=world.member, value=5)
    KeyResult.objects.update(progress=0.9)
    Objective.objects.update(progress=0.9)
    assert cycle_recompute(cycle=world.cycle) == 1
    world.objective.refresh_from_db()
    assert world.objective.progress == 0.5


def _counts() -> tuple[int, ...]:
    models = (Organisation, Person, Cycle, Objective, KeyResult, CheckIn)
    return tuple(m.objects.count() for m in models)


def test_demo_loads_once(db, settings, tmp_path, capsys):
    settings.DATA_DIR = tmp_path
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    call_command("demo")
    first = _counts()
    out = capsys.readouterr().out
    assert "admin@example.com" in out and "password" in out
    call_command("demo")
    assert _counts() == first
    assert first[1] >= 20 and first[4] >= 40 and first[5] >= 200
    states = set(Cycle.objects.values_list("state", flat=True))
    assert {CycleState.ACTIVE, CycleState.CLOSED} <= states


def test_the_demo_password_file_holds_exactly_the_password_that_signs_in(db, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    call_command("demo", stdout=io.StringIO())
    password = (tmp_path / "demo_password").read_text()
    assert len(password) >= 16
    client = Client()
    signed_in = client.post("/sign-in/", {"username": "admin@example.com", "password": password})
    assert signed_in.status_code == 302, "the file's contents sign the demo admin in"
    assert client.get("/admin/").status_code == 200  # the demo admin may open Django's admin


def test_generate_builds_consistent_data(db):
    call_command("generate", people=20, quarters=2, verbosity=0)
    org = Organisation.objects.get(slug="synthetic-20")
    assert Person.objects.filter(organisation=org).count() == 20
    assert Objective.objects.filter(organisation=org).count() == 2 * (2 * 3 + 50)
    for cycle in Cycle.objects.filter(organisation=org):
        assert cycle_recompute(cycle=cycle) == 0  # stored progress already equals recomputation


def test_recompute_command_reports_and_rejects_unknown_names(world, capsys):
    call_command("recompute", org="acme", cycle="Q3")
    assert "0 objectives had drifted" in capsys.readouterr().out
    with pytest.raises(CommandError, match="No cycle"):
        call_command("recompute", org="acme", cycle="Q9")
    with pytest.raises(CommandError, match="No organisation"):
        call_command("recompute", org="nope")

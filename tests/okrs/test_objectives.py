"""Creating and editing objectives and key results: permissions, validation and history."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from cairn.okrs.models import Change, KeyResult, Objective
from cairn.okrs.services import (
    key_result_create,
    key_result_delete,
    key_result_update,
    objective_create,
    objective_delete,
    objective_update,
)
from cairn.okrs.services.common import StaleVersion


def test_a_member_creates_an_objective_for_their_team(world):
    objective = objective_create(
        actor=world.member,
        cycle=world.cycle,
        team=world.team,
        title="Answer every customer within a day",
    )
    assert objective.owner == world.member
    assert Change.objects.filter(objective=objective, action="created").exists()


def test_only_admins_create_company_level_objectives(world):
    with pytest.raises(PermissionDenied, match="company-level"):
        objective_create(actor=world.lead, cycle=world.cycle, title="Be the best")
    assert objective_create(actor=world.admin, cycle=world.cycle, title="Be the best").team is None


def test_viewers_cannot_create(world):
    with pytest.raises(PermissionDenied):
        objective_create(actor=world.viewer, cycle=world.cycle, team=world.team, title="Nope")


def test_outsiders_cannot_reach_another_organisations_cycle(world):
    with pytest.raises(ValidationError, match="Not found"):
        objective_create(actor=world.outsider, cycle=world.cycle, title="Nope")
    assert not Objective.objects.filter(title="Nope").exists()


def test_a_member_cannot_create_for_someone_else(world):
    with pytest.raises(PermissionDenied):
        objective_create(
            actor=world.member,
            cycle=world.cycle,
            team=world.team,
            owner=world.lead,
            title="For the lead",
        )
    objective_create(
        actor=world.lead,
        cycle=world.cycle,
        team=world.team,
        owner=world.member,
        title="Assigned by the lead",
    )


def test_it_rejects_a_cycle_of_another_organisation(world):
    foreign_cycle = world.outsider.organisation.cycles.create(
        name="Theirs", start=world.cycle.start, end=world.cycle.end
    )
    with pytest.raises(ValidationError) as caught:
        objective_create(actor=world.admin, cycle=foreign_cycle, title="Cross the streams")
    assert "cycle" in caught.value.message_dict
    assert not Objective.objects.filter(title="Cross the streams").exists()


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"start": 10, "target": 10}, "target"),
        ({"start": None, "target": 5}, "start"),
        ({"start": "ten", "target": 5}, "start"),
        ({"kind": "vibes"}, "kind"),
        ({"kind": "stay_above", "target": None}, "target"),
        ({"weight": -1}, "weight"),
        ({"title": "  "}, "title"),
        ({"title": "Grow\x00sign-ups"}, "title"),
        ({"unit": "users\x00"}, "unit"),
    ],
)
def test_it_rejects_bad_key_results(world, fields, field):
    values = {"title": "Grow sign-ups", "start": 100, "target": 200, **fields}
    with pytest.raises(ValidationError) as caught:
        key_result_create(actor=world.member, objective=world.objective, **values)
    assert field in caught.value.message_dict
    assert not KeyResult.objects.exists()


def test_editing_records_each_change(world):
    objective_update(
        objective=world.objective,
        actor=world.lead,
        title="Support that delights",
        kind="aspirational",
    )
    changes = {c.field: (c.old, c.new) for c in Change.objects.filter(action="updated")}
    assert changes == {
        "title": ("Make support feel effortless", "Support that delights"),
        "kind": ("committed", "aspirational"),
    }


@pytest.mark.parametrize(
    ("persona", "allowed"),
    [("member", True), ("lead", True), ("admin", True), ("viewer", False), ("outsider", False)],
)
def test_who_may_edit_an_objective(world, persona, allowed):
    actor = getattr(world, persona)
    if allowed:
        objective_update(objective=world.objective, actor=actor, title="Renamed")
    else:
        with pytest.raises(PermissionDenied):
            objective_update(objective=world.objective, actor=actor, title="Renamed")


def test_a_stale_version_is_refused(world):
    objective_update(objective=world.objective, actor=world.member, version=1, title="First")
    with pytest.raises(StaleVersion):
        objective_update(objective=world.objective, actor=world.lead, version=1, title="Second")
    world.objective.refresh_from_db()
    assert world.objective.title == "First"


def test_unknown_fields_are_refused(world):
    with pytest.raises(ValidationError):
        objective_update(objective=world.objective, actor=world.admin, progress=1.0)


def test_changing_a_target_recomputes_progress(world):
    kr = key_result_create(
        actor=world.member, objective=world.objective, title="Grow", start=0, target=100
    )
    kr.current = 50
    kr.save()
    key_result_update(key_result=kr, actor=world.member, target=50)
    world.objective.refresh_from_db()
    assert world.objective.progress == 1.0
    assert Change.objects.filter(key_result=kr, field="target", old="100.0", new="50.0").exists()


def test_weights_count_and_zero_weight_is_tracked_only(world):
    a = key_result_create(
        actor=world.member, objective=world.objective, title="A", start=0, target=10, weight=3
    )
    key_result_create(
        actor=world.member, objective=world.objective, title="B", start=0, target=10, weight=0
    )
    a.current = 5
    a.save()
    key_result_update(key_result=a, actor=world.member, weight=1)
    world.objective.refresh_from_db()
    assert world.objective.progress == 0.5


def test_deleting_key_results_and_objectives_rolls_up(world):
    kr = key_result_create(
        actor=world.member, objective=world.objective, title="Grow", start=0, target=10
    )
    key_result_delete(key_result=kr, actor=world.member)
    assert not KeyResult.objects.exists()
    objective_delete(objective=world.objective, actor=world.member)
    assert not Objective.objects.filter(pk=world.objective.pk).exists()
    assert Change.objects.filter(action="deleted").exists()

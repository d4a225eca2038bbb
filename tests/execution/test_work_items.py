"""Work items: validated places in the chain, permissions, and progress that follows the work."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from cairn.execution.models import WorkItem
from cairn.execution.services import (
    work_item_create,
    work_item_delete,
    work_item_move,
    work_item_update,
)
from cairn.okrs.models import CheckIn, KeyResult
from cairn.okrs.services import initiative_create, initiative_update


def test_moving_work_refreshes_the_initiative_progress(world, initiative):
    story = work_item_create(
        actor=world.member,
        title="One-page checkout",
        kind="story",
        initiative=initiative,
        estimate_points=8,
    )
    work_item_create(
        actor=world.member, title="Docs", kind="story", initiative=initiative, estimate_points=4
    )
    work_item_move(item=story, actor=world.member, status="done")
    initiative.refresh_from_db()
    assert (initiative.percent_complete, initiative.status) == (66, "in_progress")
    assert story.done_at is not None


def test_leaving_done_clears_done_at_and_lowers_progress(world, initiative):
    story = work_item_create(
        actor=world.member, title="Story", kind="story", initiative=initiative, status="done"
    )
    initiative.refresh_from_db()
    assert (initiative.percent_complete, initiative.status) == (100, "done")
    work_item_move(item=story, actor=world.member, status="in_progress")
    initiative.refresh_from_db()
    story.refresh_from_db()
    assert story.done_at is None and initiative.percent_complete == 0
    assert initiative.status == "in_progress"


def test_typed_initiatives_keep_their_typed_progress(world, kr):
    typed = initiative_create(actor=world.member, key_results=[kr], title="T", percent_complete=30)
    work_item_create(actor=world.member, title="Task", initiative=typed, status="done")
    typed.refresh_from_db()
    assert typed.percent_complete == 30


def test_a_typed_percent_on_a_work_initiative_is_refused(world, initiative):
    with pytest.raises(ValidationError) as error:
        initiative_update(initiative=initiative, actor=world.member, percent_complete=50)
    assert "percent_complete" in error.value.message_dict


def test_work_never_moves_a_metric_key_result(world, kr, initiative):
    work_item_create(actor=world.member, title="Task", initiative=initiative, status="done")
    kr.refresh_from_db()
    assert kr.progress == 0 and not CheckIn.objects.filter(key_result=kr).exists()


def test_a_following_milestone_is_done_when_all_its_initiatives_are(world, kr, milestone):
    first = initiative_create(
        actor=world.member, key_results=[milestone], title="A", progress_source="work"
    )
    second = initiative_create(actor=world.member, key_results=[milestone, kr], title="B")
    task = work_item_create(actor=world.member, title="Build", initiative=first, status="done")
    milestone.refresh_from_db()
    assert not milestone.done  # the second initiative is not done yet
    initiative_update(initiative=second, actor=world.member, status="done")
    milestone.refresh_from_db()
    check_in = CheckIn.objects.get(key_result=milestone)
    assert milestone.done and milestone.progress == 1.0
    assert (check_in.source, check_in.author, check_in.done) == ("integration", world.member, True)
    work_item_move(item=task, actor=world.member, status="in_progress")
    milestone.refresh_from_db()
    assert not milestone.done and CheckIn.objects.filter(key_result=milestone).count() == 2


def test_only_a_milestone_can_follow_its_initiatives(world, kr):
    from cairn.okrs.services import key_result_update

    with pytest.raises(ValidationError) as error:
        key_result_update(key_result=kr, actor=world.member, follows_initiatives=True)
    assert "follows_initiatives" in error.value.message_dict
    assert not KeyResult.objects.get(pk=kr.pk).follows_initiatives


@pytest.mark.parametrize(
    ("parent_kind", "kind", "ok"),
    [
        ("epic", "story", True),
        ("story", "task", True),
        ("task", "subtask", True),
        ("epic", "task", True),
        ("story", "epic", False),
        ("task", "story", False),
        ("subtask", "subtask", False),
        ("story", "story", False),
    ],
)
def test_items_nest_only_in_the_chain_order(world, initiative, parent_kind, kind, ok):
    parent = work_item_create(
        actor=world.member, title="P", kind=parent_kind, initiative=initiative
    )
    if ok:
        child = work_item_create(actor=world.member, title="C", kind=kind, parent=parent)
        assert child.initiative_id == initiative.pk  # a child serves its parent's initiative
    else:
        with pytest.raises(ValidationError) as error:
            work_item_create(actor=world.member, title="C", kind=kind, parent=parent)
        assert "parent" in error.value.message_dict


def test_changing_a_kind_under_its_children_is_refused(world, initiative):
    epic = work_item_create(actor=world.member, title="E", kind="epic", initiative=initiative)
    work_item_create(actor=world.member, title="S", kind="story", parent=epic)
    with pytest.raises(ValidationError) as error:
        work_item_update(item=epic, actor=world.member, kind="task")
    assert "kind" in error.value.message_dict


def test_moving_an_item_to_another_initiative_takes_its_children(world, kr, initiative):
    other = initiative_create(actor=world.member, key_results=[kr], title="Other")
    story = work_item_create(actor=world.member, title="S", kind="story", initiative=initiative)
    task = work_item_create(actor=world.member, title="T", kind="task", parent=story)
    work_item_update(item=story, actor=world.member, initiative=other)
    task.refresh_from_db()
    assert task.initiative_id == other.pk


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"title": ""}, "title"),
        ({"kind": "bug"}, "kind"),
        ({"status": "someday"}, "status"),
        ({"estimate_points": -1}, "estimate_points"),
        ({"estimate_hours": "many"}, "estimate_hours"),
        ({"acceptance_criteria": [{"text": "", "done": False}]}, "acceptance_criteria"),
        ({"acceptance_criteria": [{"text": "Pays", "done": "yes"}]}, "acceptance_criteria"),
        ({"acceptance_criteria": "pays"}, "acceptance_criteria"),
        ({"external_url": "javascript:alert(1)"}, "external_url"),
        ({"external_source": "trello"}, "external_source"),
    ],
)
def test_it_rejects_bad_fields_and_writes_nothing(world, initiative, fields, field):
    with pytest.raises(ValidationError) as error:
        work_item_create(actor=world.member, **{"title": "Task", **fields})
    assert field in error.value.message_dict
    assert not WorkItem.objects.exists()


def test_acceptance_criteria_are_a_checklist(world, initiative):
    story = work_item_create(
        actor=world.member,
        title="Checkout",
        kind="story",
        user_story="As a user, I want a one-page checkout, so I can pay faster.",
        acceptance_criteria=[
            {"text": "Pays in one page", "done": True},
            {"text": "Works on mobile"},
        ],
    )
    story.refresh_from_db()
    assert story.acceptance_criteria == [
        {"text": "Pays in one page", "done": True},
        {"text": "Works on mobile", "done": False},
    ]


def test_external_keys_are_unique_per_source(world):
    work_item_create(actor=world.member, title="A", external_source="jira", external_key="SUP-1")
    work_item_create(actor=world.member, title="B", external_source="github", external_key="SUP-1")
    with pytest.raises(ValidationError) as error:
        work_item_create(
            actor=world.member, title="C", external_source="jira", external_key="SUP-1"
        )
    assert "external_key" in error.value.message_dict


@pytest.mark.parametrize(
    ("persona", "allowed"),
    [("admin", True), ("lead", True), ("member", True), ("viewer", False), ("outsider", False)],
)
def test_who_may_change_an_initiatives_work(world, initiative, persona, allowed):
    item = work_item_create(actor=world.member, title="Task", initiative=initiative)
    actor = getattr(world, persona)
    if allowed:
        work_item_move(item=item, actor=actor, status="in_progress")
        work_item_delete(item=item, actor=actor)
        assert not WorkItem.objects.exists()
    else:
        with pytest.raises(PermissionDenied):
            work_item_move(item=item, actor=actor, status="done")
        with pytest.raises((PermissionDenied, ValidationError)):  # the outsider: not found
            work_item_create(actor=actor, title="Mine", initiative=initiative)


def test_someone_outside_the_team_cannot_touch_its_backlog(world):
    from tests.factories import PersonFactory

    stranger = PersonFactory(organisation=world.organisation)
    item = work_item_create(actor=world.member, title="Triage", team=world.team)
    with pytest.raises(PermissionDenied):
        work_item_update(item=item, actor=stranger, title="Mine now")
    work_item_update(item=item, actor=world.lead, title="Triaged")


def test_deleting_an_item_refreshes_progress(world, initiative):
    work_item_create(actor=world.member, title="Done", initiative=initiative, status="done")
    todo = work_item_create(actor=world.member, title="Todo", initiative=initiative)
    initiative.refresh_from_db()
    assert initiative.percent_complete == 50
    work_item_delete(item=todo, actor=world.member)
    initiative.refresh_from_db()
    assert initiative.percent_complete == 100 and initiative.status == "done"


def test_a_task_moved_under_another_story_serves_that_storys_initiative(world, kr, initiative):
    other = initiative_create(actor=world.member, key_results=[kr], title="Other")
    first = work_item_create(actor=world.member, title="S1", kind="story", initiative=initiative)
    second = work_item_create(actor=world.member, title="S2", kind="story", initiative=other)
    task = work_item_create(actor=world.member, title="T", kind="task", parent=first)
    work_item_update(item=task, actor=world.member, parent=second)
    task.refresh_from_db()
    assert task.initiative_id == other.pk

"""Sprints: planning per team, one active at a time, closing carries unfinished stories on."""

from __future__ import annotations

from datetime import date

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from cairn.execution.selectors import sprint_key_results, team_velocity
from cairn.execution.services import (
    sprint_close,
    sprint_create,
    sprint_delete,
    sprint_start,
    sprint_story_add,
    sprint_story_remove,
    sprint_update,
    work_item_create,
    work_item_move,
    work_item_update,
)
from tests.factories import MembershipFactory, PersonFactory


def _story(world, sprint, status="todo", points=3, **fields):
    return work_item_create(
        actor=world.lead,
        title="Story",
        kind="story",
        sprint=sprint,
        status=status,
        estimate_points=points,
        **fields,
    )


def _next(world, name="Sprint 2"):
    return sprint_create(
        actor=world.lead,
        team=world.team,
        name=name,
        starts_on=date(2026, 3, 16),
        ends_on=date(2026, 3, 29),
    )


def test_closing_a_sprint_carries_unfinished_stories_to_the_next(world, sprint):
    following = _next(world)
    done = _story(world, sprint, status="done", points=5)
    open_story = _story(world, sprint, status="in_progress")
    sprint_start(sprint=sprint, actor=world.lead)
    closed = sprint_close(sprint=sprint, actor=world.lead, carry_to=following)
    open_story.refresh_from_db()
    done.refresh_from_db()
    assert closed.state == "closed" and closed.done_points == 5
    assert open_story.sprint_id == following.pk and done.sprint_id == sprint.pk


def test_closing_without_a_next_sprint_returns_stories_to_the_backlog(world, sprint):
    story = _story(world, sprint)
    sprint_start(sprint=sprint, actor=world.lead)
    sprint_close(sprint=sprint, actor=world.lead, carry_to=None)
    story.refresh_from_db()
    assert story.sprint_id is None


def test_a_team_has_one_active_sprint(world, sprint):
    following = _next(world)
    sprint_start(sprint=sprint, actor=world.lead)
    with pytest.raises(ValidationError):
        sprint_start(sprint=following, actor=world.lead)
    with pytest.raises(ValidationError):
        sprint_start(sprint=sprint, actor=world.lead)


def test_only_an_active_sprint_closes_and_never_into_itself(world, sprint):
    with pytest.raises(ValidationError):
        sprint_close(sprint=sprint, actor=world.lead, carry_to=None)
    sprint_start(sprint=sprint, actor=world.lead)
    with pytest.raises(ValidationError) as error:
        sprint_close(sprint=sprint, actor=world.lead, carry_to=sprint)
    assert "carry_to" in error.value.message_dict


def test_a_closed_sprint_takes_only_review_notes(world, sprint):
    sprint_start(sprint=sprint, actor=world.lead)
    sprint_close(sprint=sprint, actor=world.lead, carry_to=None)
    sprint_update(sprint=sprint, actor=world.lead, review_notes="Checkout shipped.")
    with pytest.raises(ValidationError):
        sprint_update(sprint=sprint, actor=world.lead, name="Renamed")
    with pytest.raises(ValidationError):
        sprint_delete(sprint=sprint, actor=world.lead)
    with pytest.raises(ValidationError):
        _story(world, sprint)


def test_only_stories_go_into_sprints_of_their_team(world, sprint):
    with pytest.raises(ValidationError) as error:
        work_item_create(actor=world.lead, title="Task", kind="task", sprint=sprint)
    assert "sprint" in error.value.message_dict
    story = _story(world, sprint)
    assert story.team_id == world.team.pk  # the sprint's team owns the story
    with pytest.raises(ValidationError):
        work_item_update(item=story, actor=world.member, team=world.company)


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": ""}, "name"),
        ({"ends_on": date(2026, 3, 1)}, "ends_on"),
        ({"capacity_points": -3}, "capacity_points"),
        ({"name": "Sprint 1"}, "name"),
    ],
)
def test_it_rejects_bad_sprints(world, sprint, fields, field):
    base = {"name": "Sprint 9", "starts_on": date(2026, 3, 2), "ends_on": date(2026, 3, 15)}
    with pytest.raises(ValidationError) as error:
        sprint_create(actor=world.lead, team=world.team, **{**base, **fields})
    assert field in error.value.message_dict


@pytest.mark.parametrize("persona", ["viewer", "outsider", "admin", "lead", "member"])
def test_who_plans_a_teams_sprints(world, persona):
    actor = getattr(world, persona)
    args = {"team": world.team, "starts_on": date(2026, 3, 2), "ends_on": date(2026, 3, 15)}
    if persona in ("viewer", "outsider", "member"):
        with pytest.raises((PermissionDenied, ValidationError)):
            sprint_create(actor=actor, name="S", **args)
    else:
        assert sprint_create(actor=actor, name="S", **args).state == "planned"


def test_velocity_is_the_mean_of_the_last_three_closed_sprints(world):
    for n, points in enumerate([30, 6, 9, 12]):
        sprint = sprint_create(
            actor=world.lead,
            team=world.team,
            name=f"S{n}",
            starts_on=date(2026, 1, 1 + 7 * n),
            ends_on=date(2026, 1, 7 + 7 * n),
        )
        _story(world, sprint, status="done", points=points)
        sprint_start(sprint=sprint, actor=world.lead)
        sprint_close(sprint=sprint, actor=world.lead, carry_to=None)
    assert team_velocity(world.team.pk) == 9


def test_a_sprint_shows_the_key_results_its_stories_serve(world, sprint, kr, initiative):
    _story(world, sprint, initiative=initiative)
    assert list(sprint_key_results(sprint)) == [kr]


def test_a_lead_of_a_team_above_plans_its_sprints(world):
    above = PersonFactory(organisation=world.organisation, user__email="vp@acme.test")
    MembershipFactory(team=world.company, person=above, is_lead=True)
    sprint = sprint_create(
        actor=above, team=world.team, name="S", starts_on=date(2026, 3, 2),
        ends_on=date(2026, 3, 15),
    )  # fmt: skip
    assert sprint_start(sprint=sprint, actor=above).state == "active"


@pytest.mark.parametrize("persona", ["viewer", "member"])
def test_members_and_viewers_neither_change_nor_run_sprints(world, sprint, persona):
    actor = getattr(world, persona)
    for attempt in (
        lambda: sprint_update(sprint=sprint, actor=actor, goal="Mine now"),
        lambda: sprint_start(sprint=sprint, actor=actor),
        lambda: sprint_delete(sprint=sprint, actor=actor),
    ):
        with pytest.raises(PermissionDenied):
            attempt()
    sprint.refresh_from_db()
    assert (sprint.state, sprint.goal) == ("planned", "")


def test_a_member_moves_their_own_story_but_does_not_plan_it(world, sprint):
    own = work_item_create(actor=world.member, title="Mine", kind="story", team=world.team)
    with pytest.raises(PermissionDenied):
        work_item_update(item=own, actor=world.member, sprint=sprint)  # pulling in is planning
    with pytest.raises(PermissionDenied):
        sprint_story_add(sprint=sprint, story=own, actor=world.member)
    planned = _story(world, sprint, assignee=world.member)
    with pytest.raises(PermissionDenied):
        work_item_update(item=planned, actor=world.member, sprint=None)  # so is taking out
    with pytest.raises(PermissionDenied):
        sprint_story_remove(story=planned, actor=world.member)
    planned.refresh_from_db()  # a refused update leaves the caller's copy changed
    work_item_move(item=planned, actor=world.member, status="in_progress")
    work_item_update(item=planned, actor=world.member, title="Mine, renamed", estimate_points=5)
    planned.refresh_from_db()
    assert (planned.sprint_id, planned.status, planned.title) == (
        sprint.pk, "in_progress", "Mine, renamed"
    )  # fmt: skip


def test_a_lead_pulls_stories_in_and_out(world, sprint):
    story = work_item_create(actor=world.member, title="Mine", kind="story", team=world.team)
    assert sprint_story_add(sprint=sprint, story=story, actor=world.lead).sprint_id == sprint.pk
    assert sprint_story_remove(story=story, actor=world.lead).sprint_id is None

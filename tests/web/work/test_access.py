"""Who sees and who may use each work screen; another organisation's objects are 404."""

from __future__ import annotations

import pytest
from django.urls import reverse

from cairn.execution.services import sprint_story_add

READ = ["backlog", "sprints", "sprint", "initiative", "item", "without_why"]
WRITE = ["sprint_new", "sprint_edit", "sprint_close", "item_new", "item_edit"]


def url(name: str, world, work) -> str:
    slug = world.team.slug
    return {
        "backlog": reverse("team_backlog", args=[slug]),
        "sprints": reverse("team_sprints", args=[slug]),
        "without_why": reverse("work_without_why", args=[slug]),
        "sprint": reverse("sprint", args=[work.sprint.pk]),
        "initiative": reverse("initiative", args=[work.initiative.pk]),
        "item": reverse("work_item", args=[work.first.pk]),
        "sprint_new": reverse("sprint_new", args=[slug]),
        "sprint_edit": reverse("sprint_edit", args=[work.sprint.pk]),
        "sprint_close": reverse("sprint_close", args=[work.sprint.pk]),
        "item_new": reverse("work_item_create", args=[work.initiative.pk]),
        "item_edit": reverse("work_item_edit", args=[work.first.pk]),
    }[name]


POSTS = {
    "status": lambda w: (reverse("work_item_status", args=[w.first.pk]), {"status": "done"}),
    "criterion": lambda w: (reverse("work_item_criterion", args=[w.first.pk, 0]), {"done": "1"}),
    "link": lambda w: (
        reverse("work_item_link", args=[w.loose.pk]),
        {"initiative": w.initiative.pk},
    ),
    "plan": lambda w: (reverse("sprint_plan", args=[w.sprint.pk]), {"add": w.second.pk}),
    "start": lambda w: (reverse("sprint_start", args=[w.next_sprint.pk]), {}),
    "review": lambda w: (reverse("sprint_review", args=[w.sprint.pk]), {"review_notes": "ok"}),
    "close": lambda w: (reverse("sprint_close", args=[w.sprint.pk]), {"carry_to": "backlog"}),
}


@pytest.mark.parametrize("name", READ)
@pytest.mark.parametrize("persona", ["admin", "lead", "member", "viewer"])
def test_everyone_in_the_organisation_reads_the_screens(world, work, client_for, persona, name):
    response = client_for(getattr(world, persona)).get(url(name, world, work))
    assert response.status_code == 200


@pytest.mark.parametrize("name", READ + WRITE)
def test_another_organisations_screens_are_404(world, work, client_for, name):
    assert client_for(world.outsider).get(url(name, world, work)).status_code == 404


@pytest.mark.parametrize("name", list(POSTS))
def test_another_organisations_objects_are_404_for_every_write(world, work, client_for, name):
    path, data = POSTS[name](work)
    assert client_for(world.outsider).post(path, data).status_code == 404


@pytest.mark.parametrize("name", WRITE)
def test_viewers_get_403_on_every_form(world, work, client_for, name):
    assert client_for(world.viewer).get(url(name, world, work)).status_code == 403


@pytest.mark.parametrize("name", list(POSTS))
def test_viewers_change_nothing(world, work, client_for, name):
    path, data = POSTS[name](work)
    assert client_for(world.viewer).post(path, data).status_code == 403
    work.first.refresh_from_db()
    work.sprint.refresh_from_db()
    assert work.first.status == "todo" and work.sprint.state == "active"
    assert work.sprint.review_notes == ""


@pytest.mark.parametrize("persona", ["admin", "lead", "member"])
@pytest.mark.parametrize("name", WRITE)
def test_the_team_plans_and_edits_its_work(world, work, client_for, persona, name):
    # Sprint planning is the leads' and admins'; members edit the work itself.
    expected = 403 if persona == "member" and name.startswith("sprint") else 200
    assert client_for(getattr(world, persona)).get(url(name, world, work)).status_code == expected


@pytest.mark.parametrize("name", ["plan", "start", "close"])
def test_a_member_does_not_plan_or_run_sprints(world, work, client_for, name):
    path, data = POSTS[name](work)
    assert client_for(world.member).post(path, data).status_code == 403
    work.second.refresh_from_db()
    work.sprint.refresh_from_db()
    work.next_sprint.refresh_from_db()
    assert work.second.sprint_id is None and work.sprint.state == "active"
    assert work.next_sprint.state == "planned"


def test_someone_outside_the_team_cannot_plan_its_sprints(world, work, client_for):
    from tests.factories import PersonFactory

    stranger = PersonFactory(organisation=world.organisation)
    client = client_for(stranger)
    assert client.get(url("sprint_new", world, work)).status_code == 403
    path, data = POSTS["plan"](work)
    assert client.post(path, data).status_code == 403
    assert client.post(*POSTS["close"](work)).status_code == 403
    work.second.refresh_from_db()
    assert work.second.sprint_id is None
    html = client.get(url("sprint", world, work)).content.decode()
    assert "Pull in" not in html and "Close the sprint" not in html


def test_a_story_of_another_organisation_cannot_be_pulled_in(world, work, client_for):
    from tests.factories import OrganisationFactory, PersonFactory

    other = PersonFactory(organisation=OrganisationFactory(), role="admin")
    with pytest.raises(Exception):  # noqa: B017 - the service refuses it one way or another
        sprint_story_add(sprint=work.sprint, story=work.second, actor=other)
    path, _data = POSTS["plan"](work)
    response = client_for(world.lead).post(path, {"add": 999999})
    assert response.status_code == 404

"""Every user-written field on the work screens is escaped."""

from __future__ import annotations

from datetime import date

import pytest
from django.urls import reverse

from cairn.execution.services import (
    sprint_create,
    sprint_start,
    sprint_story_add,
    work_item_create,
)
from cairn.okrs.services import check_in_record, initiative_create, key_result_create
from tests.factories import TeamFactory

EVIL = "<script>alert(1)</script>"


@pytest.fixture
def evil(world):
    team = TeamFactory(organisation=world.organisation, name=f"Team {EVIL}", slug="evil")
    world.member.user.first_name = f"Ann {EVIL}"
    world.member.user.save()
    world.objective.title = f"Objective {EVIL}"
    world.objective.team = team
    world.objective.save()
    kr = key_result_create(
        actor=world.admin, objective=world.objective, title=f"KR {EVIL}", start=0, target=10
    )
    initiative = initiative_create(actor=world.admin, key_results=[kr], title=f"Init {EVIL}")
    sprint = sprint_create(
        actor=world.admin,
        team=team,
        name=f"Sprint {EVIL}",
        starts_on=date(2026, 1, 1),
        ends_on=date(2030, 1, 1),
        goal=f"Goal {EVIL}",
    )
    sprint_start(sprint=sprint, actor=world.admin)
    story = work_item_create(
        actor=world.admin,
        title=f"Story {EVIL}",
        kind="story",
        initiative=initiative,
        team=team,
        user_story=f"As a {EVIL}",
        description=f"Desc {EVIL}",
        acceptance_criteria=[{"text": f"Crit {EVIL}", "done": False}],
        assignee=world.member,
        external_key=f"K-{EVIL}",
        external_source="jira",
        estimate_points=2,
    )
    work_item_create(actor=world.admin, title=f"Task {EVIL}", kind="task", parent=story)
    work_item_create(actor=world.admin, title=f"Loose {EVIL}", team=team)
    work_item_create(actor=world.admin, title=f"Backlog {EVIL}", kind="story", team=team)
    sprint_story_add(sprint=sprint, story=story, actor=world.admin)
    check_in_record(key_result=kr, author=world.member, value=3, note=f"Note {EVIL}")
    from cairn.execution.services import sprint_update

    sprint_update(sprint=sprint, actor=world.admin, review_notes=f"Notes {EVIL}")
    return {"team": team, "sprint": sprint, "initiative": initiative, "story": story}


def test_no_page_lets_a_script_through(world, evil, client_for):
    client = client_for(world.admin)
    team = evil["team"]
    pages = [
        reverse("team_backlog", args=[team.slug]),
        reverse("team_sprints", args=[team.slug]),
        reverse("work_without_why", args=[team.slug]),
        reverse("sprint", args=[evil["sprint"].pk]),
        reverse("sprint_close", args=[evil["sprint"].pk]),
        reverse("sprint_edit", args=[evil["sprint"].pk]),
        reverse("initiative", args=[evil["initiative"].pk]),
        reverse("work_item", args=[evil["story"].pk]),
        reverse("work_item_edit", args=[evil["story"].pk]),
        reverse("work_item_create", args=[evil["initiative"].pk]),
        reverse("objective", args=[world.objective.pk]),
    ]
    for path in pages:
        response = client.get(path)
        html = response.content.decode()
        assert response.status_code == 200, path
        assert EVIL not in html, path
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, path

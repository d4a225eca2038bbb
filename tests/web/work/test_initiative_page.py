"""The initiative page: milestone review with burn-up, forecast, sprints and key results."""

from __future__ import annotations

from datetime import date

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cairn.execution.models import Sprint, WorkItem
from cairn.execution.services import (
    sprint_close,
    sprint_create,
    sprint_start,
    sprint_story_add,
    work_item_create,
    work_item_move,
)
from tests.web.work.conftest import add_story


def _page(client, initiative) -> str:
    response = client.get(reverse("initiative", args=[initiative.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_it_shows_the_burn_up_with_axes_legend_and_a_table(world, work, client_for):
    work_item_move(item=work.second, actor=world.member, status="done")
    html = _page(client_for(world.viewer), work.initiative)
    assert '<svg viewBox="0 0 640 240" role="img"' in html
    assert 'class="burn-up__axis"' in html and 'class="burn-up__done"' in html
    assert "Total points (scope)" in html and "Done points" in html
    from cairn.web.templatetags.cairn_tags import local_date

    # The x axis names the dates in the person's format, as every other date on the page.
    assert f">{local_date(timezone.localdate())}</text>" in html
    assert '<th scope="col">Done</th>' in html
    # The task's point counts and its story's 3 do not (the finest estimated level counts).
    assert "Work: 5 of 6 points done (83%)" in html


def test_an_initiative_without_work_says_so(world, kr, client_for):
    from cairn.okrs.services import initiative_create

    empty = initiative_create(actor=world.member, key_results=[kr], title="Later")
    html = _page(client_for(world.member), empty)
    assert "No estimated work yet" in html and "No work yet" in html


def test_no_closed_sprint_means_no_forecast_said_honestly(world, work, client_for):
    html = _page(client_for(world.member), work.initiative)
    assert "Not enough sprints to forecast" in html


def test_the_forecast_reads_the_teams_velocity(world, work, client_for):
    sprint_story_add(sprint=work.sprint, story=work.second, actor=world.lead)
    work_item_move(item=work.second, actor=world.member, status="done")
    sprint_close(sprint=work.sprint, actor=world.lead, carry_to=None)  # 5 points done
    html = _page(client_for(world.member), work.initiative)
    # The 1-point task remains: a fifth of a 14-day sprint, 3 days.
    assert "velocity of 5 points a sprint, the remaining 1 points" in html
    assert "Sprint 1" in html and "5 pts done" in html


def test_work_counted_in_items_is_not_forecast_by_points(world, kr, client_for):
    from cairn.okrs.services import initiative_create

    initiative = initiative_create(actor=world.member, key_results=[kr], title="Unestimated")
    story = add_story(world, initiative, "Guess", None)
    sprint = sprint_create(
        actor=world.lead,
        team=world.team,
        name="S9",
        starts_on=date(2026, 1, 1),
        ends_on=date(2026, 1, 14),
    )
    sprint_start(sprint=sprint, actor=world.lead)
    sprint_story_add(sprint=sprint, story=story, actor=world.lead)
    sprint_close(sprint=sprint, actor=world.lead, carry_to=None)
    html = _page(client_for(world.member), initiative)
    assert "no point estimates" in html and "items done" in html


def test_it_lists_the_key_results_with_pace_and_the_work_as_a_tree(world, work, client_for):
    html = _page(client_for(world.member), work.initiative)
    assert work.kr.title in html and 'class="kr-summary"' in html
    tree = html[html.index('id="work-heading"') :]
    assert tree.index("Reply macros") < tree.index("Write the copy") < tree.index("Macro search")
    assert "Add work" in html


def test_an_initiative_of_a_private_objective_is_404_for_others(world, work, client_for):
    world.objective.visibility = "private"
    world.objective.save()
    from tests.factories import PersonFactory

    stranger = PersonFactory(organisation=world.organisation)
    path = reverse("initiative", args=[work.initiative.pk])
    assert client_for(stranger).get(path).status_code == 404
    assert client_for(world.admin).get(path).status_code == 200


def test_the_page_costs_the_same_queries_for_more_work_and_sprints(world, work, client_for):
    client = client_for(world.member)
    _page(client, work.initiative)
    with CaptureQueriesContext(connection) as small:
        _page(client, work.initiative)
    for i in range(12):
        story = add_story(world, work.initiative, f"Story {i}", 2, assignee=world.lead)
        work_item_create(actor=world.member, title=f"Task {i}", kind="task", parent=story)
        if i % 3 == 0:
            work_item_move(item=story, actor=world.member, status="done")
        sprint = sprint_create(
            actor=world.lead,
            team=world.team,
            name=f"Extra {i}",
            starts_on=date(2026, 6, 1),
            ends_on=date(2026, 6, 14),
        )
        sprint_story_add(sprint=sprint, story=story, actor=world.lead)
    with CaptureQueriesContext(connection) as large:
        html = _page(client, work.initiative)
    assert "Task 11" in html and "Extra 11" in html
    assert len(large) == len(small)
    assert Sprint.objects.count() == 14 and WorkItem.objects.count() == 28

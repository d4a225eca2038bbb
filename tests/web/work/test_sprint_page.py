"""The sprint page: planning, inline status, the key results served, review and closing."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from cairn.execution.models import WorkItem
from cairn.execution.services import sprint_story_add, work_item_create
from cairn.okrs.services import check_in_record
from tests.web.work.conftest import add_story


def _page(client, sprint) -> str:
    response = client.get(reverse("sprint", args=[sprint.pk]))
    assert response.status_code == 200
    return response.content.decode()


def _plan(client, sprint, htmx: bool = False, **data):
    headers = {"HX-Request": "true"} if htmx else {}
    return client.post(reverse("sprint_plan", args=[sprint.pk]), data, headers=headers)


def test_pulling_two_stories_in_and_one_back_out(world, work, client_for):
    client = client_for(world.lead)
    html = _page(client, work.sprint)
    assert "Pull in" in html and "Committed 0 of 10 points capacity" in html
    assert _plan(client, work.sprint, add=work.first.pk).status_code == 302
    assert _plan(client, work.sprint, add=work.second.pk).status_code == 302
    html = _page(client, work.sprint)
    assert "Committed 8 of 10 points capacity" in html and "over capacity" not in html
    assert "Write the copy" in html  # the story's task is listed under it
    _plan(client, work.sprint, remove=work.second.pk)
    work.second.refresh_from_db()
    assert work.second.sprint_id is None
    assert "Committed 3 of 10 points capacity" in _page(client, work.sprint)


def test_htmx_planning_returns_the_planning_section_only(world, work, client_for):
    response = _plan(client_for(world.lead), work.sprint, htmx=True, add=work.first.pk)
    html = response.content.decode()
    assert response.status_code == 200 and html.startswith('<section id="planning"')
    assert "Reply macros" in html and "<html" not in html


def test_over_capacity_is_flagged(world, work, client_for):
    big = add_story(world, work.initiative, "Everything", 20)
    client = client_for(world.lead)
    _plan(client, work.sprint, add=big.pk)
    assert "over capacity" in _page(client, work.sprint)


def test_a_story_of_another_team_or_a_task_is_refused_and_nothing_changes(world, work, client_for):
    from tests.factories import TeamFactory

    other = TeamFactory(organisation=world.organisation, name="Sales", slug="sales")
    theirs = work_item_create(actor=world.admin, title="Theirs", kind="story", team=other)
    client = client_for(world.admin)
    assert _plan(client, work.sprint, add=theirs.pk).status_code == 302
    assert _plan(client, work.sprint, add=work.task.pk).status_code == 302
    theirs.refresh_from_db()
    work.task.refresh_from_db()
    assert theirs.sprint_id is None and work.task.sprint_id is None
    html = client.get(reverse("sprint", args=[work.sprint.pk])).content.decode()
    assert "another team" in html and "Only stories go into sprints" in html


def test_status_changes_inline_and_move_the_initiative(world, work, client_for):
    client = client_for(world.member)
    sprint_story_add(sprint=work.sprint, story=work.first, actor=world.lead)
    response = client.post(
        reverse("work_item_status", args=[work.task.pk]), {"status": "done"}, HTTP_HX_REQUEST="true"
    )
    html = response.content.decode()
    assert response.status_code == 200 and "Saved" in html and 'value="done" selected' in html
    work.task.refresh_from_db()
    work.initiative.refresh_from_db()
    assert work.task.status == "done" and work.task.done_at is not None
    assert work.initiative.percent_complete > 0


def test_a_bad_status_is_a_clear_error(world, work, client_for):
    response = client_for(world.member).post(
        reverse("work_item_status", args=[work.first.pk]),
        {"status": "finished"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 400 and "Choose a status" in response.content.decode()
    work.first.refresh_from_db()
    assert work.first.status == "todo"


def test_the_page_groups_stories_by_the_key_results_they_serve(world, work, client_for):
    sprint_story_add(sprint=work.sprint, story=work.first, actor=world.lead)
    html = _page(client_for(world.viewer), work.sprint)
    assert "Key results this sprint serves" in html
    assert work.kr.title in html and "1 story serves it:" in html


def test_the_review_shows_done_stories_beside_check_ins_during_the_sprint(world, work, client_for):
    sprint_story_add(sprint=work.sprint, story=work.first, actor=world.lead)
    work.sprint.starts_on = timezone.localdate()
    work.sprint.ends_on = timezone.localdate()
    work.sprint.save()
    client = client_for(world.member)
    client.post(reverse("work_item_status", args=[work.first.pk]), {"status": "done"})
    check_in_record(key_result=work.kr, author=world.member, value=15, note="macros helped")
    html = _page(client, work.sprint)
    assert "✓ <a" in html and "macros helped" in html
    assert "No check-ins on these key results" not in html


def test_review_notes_are_saved_and_too_long_notes_are_refused(world, work, client_for):
    client = client_for(world.lead)
    path = reverse("sprint_review", args=[work.sprint.pk])
    assert client.post(path, {"review_notes": "Macros landed."}).status_code == 302
    response = client.post(path, {"review_notes": "x" * 20001})
    assert response.status_code == 400
    work.sprint.refresh_from_db()
    assert work.sprint.review_notes == "Macros landed."


def test_the_close_confirmation_says_what_will_happen(world, work, client_for):
    sprint_story_add(sprint=work.sprint, story=work.first, actor=world.lead)
    sprint_story_add(sprint=work.sprint, story=work.second, actor=world.lead)
    html = client_for(world.lead).get(reverse("sprint_close", args=[work.sprint.pk])).content
    html = html.decode()
    assert "move 2 unfinished stories (8 points)" in html
    assert "the sprint “Sprint 2”" in html and "the team&#x27;s backlog" in html
    work.sprint.refresh_from_db()
    assert work.sprint.state == "active"  # asking closes nothing


@pytest.mark.parametrize("choice", ["next", "backlog"])
def test_closing_moves_unfinished_stories_where_the_person_chose(world, work, client_for, choice):
    sprint_story_add(sprint=work.sprint, story=work.first, actor=world.lead)
    sprint_story_add(sprint=work.sprint, story=work.second, actor=world.lead)
    client = client_for(world.lead)
    client.post(reverse("work_item_status", args=[work.first.pk]), {"status": "done"})
    carry = str(work.next_sprint.pk) if choice == "next" else "backlog"
    response = client.post(reverse("sprint_close", args=[work.sprint.pk]), {"carry_to": carry})
    assert response.status_code == 302
    work.sprint.refresh_from_db()
    work.second.refresh_from_db()
    work.first.refresh_from_db()
    assert work.sprint.state == "closed" and float(work.sprint.done_points) == 3
    assert work.first.sprint_id == work.sprint.pk
    expected = work.next_sprint.pk if choice == "next" else None
    assert work.second.sprint_id == expected


def test_a_bad_carry_choice_closes_nothing(world, work, client_for):
    sprint_story_add(sprint=work.sprint, story=work.first, actor=world.lead)
    response = client_for(world.lead).post(
        reverse("sprint_close", args=[work.sprint.pk]), {"carry_to": "99999"}
    )
    assert response.status_code == 400
    work.sprint.refresh_from_db()
    work.first.refresh_from_db()
    assert work.sprint.state == "active" and work.first.sprint_id == work.sprint.pk


def test_sprints_are_planned_edited_and_started_with_clear_errors(world, work, client_for):
    client = client_for(world.lead)
    new = reverse("sprint_new", args=[world.team.slug])
    bad = client.post(new, {"name": "Sprint 1", "starts_on": "2026-04-01", "ends_on": "2026-04-14"})
    assert bad.status_code == 400 and "already has a sprint with this name" in bad.content.decode()
    backwards = client.post(
        new, {"name": "Sprint 3", "starts_on": "2026-04-14", "ends_on": "2026-04-01"}
    )
    assert backwards.status_code == 400 and "ends on or after" in backwards.content.decode()
    response = client.post(
        new, {"name": "Sprint 3", "starts_on": "2026-04-01", "ends_on": "2026-04-14", "goal": "G"}
    )
    assert response.status_code == 302
    created = world.team.sprints.get(name="Sprint 3")
    edit = reverse("sprint_edit", args=[created.pk])
    fields = {"name": "Sprint 3b", "starts_on": "2026-04-01", "ends_on": "2026-04-15"}
    assert client.post(edit, {**fields, "capacity_points": "12"}).status_code == 302
    created.refresh_from_db()
    assert created.name == "Sprint 3b" and created.capacity_points == 12
    client.post(reverse("sprint_start", args=[created.pk]))
    created.refresh_from_db()
    assert created.state == "planned"  # Sprint 1 is still active: one active sprint a team


def test_the_sprints_list_shows_committed_and_done_points(world, work, client_for):
    sprint_story_add(sprint=work.sprint, story=work.first, actor=world.lead)
    html = client_for(world.viewer).get(reverse("team_sprints", args=[world.team.slug]))
    html = html.content.decode()
    assert "Sprint 1" in html and "Sprint 2" in html and "committed 3 pts · done 0 pts" in html
    assert "Plan a sprint" not in html  # viewers read only


def _fill(world, work, n: int, first: int = 0) -> None:
    for i in range(first, first + n):
        story = add_story(world, work.initiative, f"Story {i}", 2, assignee=world.member)
        work_item_create(actor=world.member, title=f"Task {i}", kind="task", parent=story)
        sprint_story_add(sprint=work.sprint, story=story, actor=world.lead)
        add_story(world, work.initiative, f"Backlog {i}", 1)


@pytest.mark.parametrize("persona", ["lead", "viewer"])
def test_the_sprint_page_costs_the_same_queries_for_2_or_20_stories(
    world, work, client_for, persona
):
    client = client_for(getattr(world, persona))
    check_in_record(key_result=work.kr, author=world.member, value=15)
    _fill(world, work, 2)
    _page(client, work.sprint)
    with CaptureQueriesContext(connection) as small:
        _page(client, work.sprint)
    _fill(world, work, 18, first=2)
    with CaptureQueriesContext(connection) as large:
        html = _page(client, work.sprint)
    assert "Story 19" in html
    assert len(large) == len(small), [q["sql"] for q in large.captured_queries]


def test_the_sprints_list_costs_the_same_queries_for_more_sprints(world, work, client_for):
    from cairn.execution.services import sprint_create

    client = client_for(world.member)
    path = reverse("team_sprints", args=[world.team.slug])
    client.get(path)
    with CaptureQueriesContext(connection) as small:
        client.get(path)
    for i in range(10):
        sprint_create(
            actor=world.lead,
            team=world.team,
            name=f"Later {i}",
            starts_on=date(2026, 5, 1 + i),
            ends_on=date(2026, 5, 20),
        )
    with CaptureQueriesContext(connection) as large:
        client.get(path)
    assert len(large) == len(small)
    assert WorkItem.objects.filter(sprint__isnull=False).count() == 0

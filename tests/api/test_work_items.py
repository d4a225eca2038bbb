"""Work items and sprints over the API: CRUD, filters, bulk upsert, scoping and query counts."""

from __future__ import annotations

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.execution.models import Sprint, WorkItem
from cairn.execution.services import sprint_create, work_item_create
from cairn.okrs.services import initiative_create
from tests.api.conftest import client_for, problem_fields


@pytest.fixture
def initiative(world, kr):
    return initiative_create(
        actor=world.member, key_results=[kr], title="Macros", progress_source="work"
    )


@pytest.fixture
def sprint(world):
    return sprint_create(
        actor=world.lead,
        team=world.team,
        name="Sprint 1",
        starts_on=date(2026, 3, 2),
        ends_on=date(2026, 3, 15),
    )


def test_it_creates_a_story_and_moves_it_to_done(world, api, initiative, sprint):
    body = {
        "title": "One-page checkout",
        "kind": "story",
        "initiative": initiative.pk,
        "sprint": sprint.pk,
        "estimate_points": 5,
        "user_story": "As a user, I want a one-page checkout, so I can pay faster.",
        "acceptance_criteria": [{"text": "Pays in one page", "done": False}],
    }
    response = api["lead"].post("/api/v1/work-items", body)  # into a sprint: the lead plans
    assert response.status_code == 201, response.content
    created = response.json()
    assert created["team"] == world.team.pk and created["estimate_points"] == 5.0
    path = f"/api/v1/work-items/{created['id']}"
    moved = api["member"].patch(path, {"status": "done"}).json()
    assert moved["status"] == "done" and moved["done_at"] is not None
    initiative.refresh_from_db()
    assert initiative.percent_complete == 100
    assert api["member"].delete(path).status_code == 204
    assert not WorkItem.objects.exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"title": ""}, "title"),
        ({"kind": "bug"}, "kind"),
        ({"estimate_points": -1}, "estimate_points"),
        ({"estimate_points": "5"}, "estimate_points"),
        ({"initiative": 999999}, "initiative"),
        ({"kind": "task", "sprint": "SPRINT"}, "sprint"),
        ({"external_url": "ftp://x"}, "external_url"),
        ({"acceptance_criteria": [{"done": True}]}, "acceptance_criteria.0.text"),
    ],
)
def test_it_rejects_bad_input(world, api, body, field):
    response = api["member"].post("/api/v1/work-items", {"title": "Task", **body})
    assert response.status_code == 422 and field in problem_fields(response)
    assert not WorkItem.objects.exists()


def test_it_filters_and_finds_work_without_a_why(world, api, initiative, sprint):
    story = work_item_create(
        actor=world.lead, title="S", kind="story", initiative=initiative, sprint=sprint
    )
    orphan = work_item_create(
        actor=world.member, title="Why?", team=world.team, assignee=world.member, status="done"
    )

    def ids(**params):
        response = api["member"].get("/api/v1/work-items", params)
        assert response.status_code == 200, response.content
        return [i["id"] for i in response.json()["items"]]

    assert ids() == [story.pk, orphan.pk]
    assert ids(initiative=initiative.pk) == [story.pk]
    assert ids(sprint=sprint.pk) == [story.pk]
    assert ids(assignee=world.member.pk, status="done") == [orphan.pk]
    assert ids(without_initiative="true") == [orphan.pk]


def test_another_organisations_items_and_sprints_are_404(world, api, initiative, sprint):
    item = work_item_create(actor=world.member, title="Task", initiative=initiative)
    outsider = api["outsider"]
    assert outsider.get(f"/api/v1/work-items/{item.pk}").status_code == 404
    assert outsider.patch(f"/api/v1/work-items/{item.pk}", {"title": "X"}).status_code == 404
    assert outsider.delete(f"/api/v1/work-items/{item.pk}").status_code == 404
    assert outsider.get(f"/api/v1/sprints/{sprint.pk}").status_code == 404
    assert outsider.post(f"/api/v1/sprints/{sprint.pk}/start").status_code == 404
    assert outsider.get("/api/v1/work-items").json()["items"] == []
    assert outsider.get("/api/v1/sprints").json()["items"] == []


def test_viewers_read_but_never_write(world, api, initiative, sprint):
    item = work_item_create(actor=world.member, title="Task", initiative=initiative)
    viewer = api["viewer"]
    assert viewer.get(f"/api/v1/work-items/{item.pk}").status_code == 200
    assert viewer.post("/api/v1/work-items", {"title": "X"}).status_code == 403
    assert viewer.patch(f"/api/v1/work-items/{item.pk}", {"title": "X"}).status_code == 403
    assert viewer.delete(f"/api/v1/work-items/{item.pk}").status_code == 403
    body = {"items": [{"external_key": "A-1", "title": "A"}]}
    assert viewer.put("/api/v1/work-items/bulk", body).status_code == 403
    sprint_body = {
        "team": world.team.pk,
        "name": "S2",
        "starts_on": "2026-04-01",
        "ends_on": "2026-04-14",
    }
    assert viewer.post("/api/v1/sprints", sprint_body).status_code == 403
    assert viewer.post(f"/api/v1/sprints/{sprint.pk}/start").status_code == 403


def test_bulk_upsert_updates_by_external_key_and_never_duplicates(world, api, initiative):
    body = {
        "items": [
            {
                "external_source": "jira",
                "external_key": "SUP-2",
                "title": "Task",
                "parent_key": "SUP-1",
                "status": "done",
            },
            {
                "external_source": "jira",
                "external_key": "SUP-1",
                "title": "Story",
                "kind": "story",
                "initiative": initiative.pk,
                "estimate_points": 3,
            },
        ]
    }
    first = api["member"].put("/api/v1/work-items/bulk", body)
    assert first.status_code == 200, first.content
    assert (first.json()["created"], first.json()["updated"]) == (2, 0)
    again = api["member"].put(
        "/api/v1/work-items/bulk",
        {"items": [{"external_source": "jira", "external_key": "SUP-1", "status": "done"}]},
    )
    assert again.json()["updated"] == 1 and WorkItem.objects.count() == 2
    assert WorkItem.objects.get(external_key="SUP-1").title == "Story"  # untouched fields stay


def test_bulk_upsert_lists_every_bad_item_and_writes_nothing(world, api, initiative):
    body = {
        "items": [
            {"external_key": "A-1", "title": "Fine", "kind": "epic"},
            {"external_key": "A-2", "title": "Bad", "initiative": 999999},
            {"external_key": "A-3", "title": "Bad", "kind": "subtask", "parent_key": "A-1"},
        ]
    }
    response = api["member"].put("/api/v1/work-items/bulk", body)
    assert response.status_code == 422
    assert sorted(problem_fields(response)) == ["items.1.initiative", "items.2.parent"]
    assert not WorkItem.objects.exists()


def test_a_sprint_is_planned_started_and_closed(world, api, sprint):
    lead = api["lead"]
    body = {
        "team": world.team.pk,
        "name": "Sprint 2",
        "starts_on": "2026-03-16",
        "ends_on": "2026-03-29",
        "capacity_points": 20,
    }
    created = lead.post("/api/v1/sprints", body)
    assert created.status_code == 201, created.content
    following = created.json()["id"]
    story = work_item_create(actor=world.lead, title="S", kind="story", sprint=sprint)
    assert lead.post(f"/api/v1/sprints/{sprint.pk}/start").json()["state"] == "active"
    closed = lead.post(f"/api/v1/sprints/{sprint.pk}/close", {"carry_to": following})
    assert closed.status_code == 200 and closed.json()["state"] == "closed"
    story.refresh_from_db()
    assert story.sprint_id == following
    patched = lead.patch(f"/api/v1/sprints/{sprint.pk}", {"review_notes": "Good sprint."})
    assert patched.json()["review_notes"] == "Good sprint."
    assert lead.patch(f"/api/v1/sprints/{sprint.pk}", {"name": "X"}).status_code == 422
    assert lead.delete(f"/api/v1/sprints/{following}").status_code == 204
    assert not Sprint.objects.filter(pk=following).exists()


def _grow(world, initiative, sprint, n: int) -> None:
    start = WorkItem.objects.count()
    for i in range(start, start + n):
        work_item_create(
            actor=world.admin,
            title=f"S{i}",
            kind="story",
            initiative=initiative,
            sprint=sprint,
            assignee=world.member,
            external_source="jira",
            external_key=f"K-{i}",
        )
        sprint_create(
            actor=world.admin,
            team=world.team,
            name=f"Sprint x{i}",
            starts_on=date(2026, 5, 1),
            ends_on=date(2026, 5, 14),
        )


def _count(client, url: str) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, response.content
    return len(queries)


@pytest.mark.parametrize("url", ["/api/v1/work-items", "/api/v1/sprints"])
@pytest.mark.parametrize("persona", ["admin", "member"])
def test_list_queries_do_not_grow(world, kr, initiative, sprint, url, persona):
    client = client_for(getattr(world, persona))
    _grow(world, initiative, sprint, 3)
    client.get(url)  # the token's first use is recorded once
    small = _count(client, f"{url}?limit=200")
    _grow(world, initiative, sprint, 27)
    assert _count(client, f"{url}?limit=200") == small


@pytest.mark.parametrize("body", ['"AAA"', "[1]", "5"])
def test_a_body_that_is_not_an_object_is_refused(world, api, body):
    # Ninja read attributes of a string body: "AAA" created an item titled "AAA".title().
    item = work_item_create(actor=world.member, title="Keep me")
    assert api["member"].post("/api/v1/work-items", body).status_code == 422
    assert api["member"].patch(f"/api/v1/work-items/{item.pk}", body).status_code == 422
    assert list(WorkItem.objects.values_list("title", flat=True)) == ["Keep me"]


def test_bulk_ids_beyond_64_bits_are_not_found_not_a_crash(world, api):
    body = {"items": [{"external_key": "A-1", "title": "A", "sprint": 10**30}]}
    response = api["member"].put("/api/v1/work-items/bulk", body)
    assert response.status_code == 422 and problem_fields(response) == ["items.0.sprint"]

"""Cycles: list, retrieve, create (admins only), transition; errors in one format."""

from __future__ import annotations

import pytest

from cairn.okrs.models import Cycle
from tests.api.conftest import problem_fields
from tests.factories import CycleFactory

NEW = {"name": "Q4", "start": "2026-10-01", "end": "2026-12-31"}


def test_it_creates_a_cycle(world, api):
    response = api["admin"].post("/api/v1/cycles", NEW)
    assert response.status_code == 201
    body = response.json()
    assert body["id"] and body["state"] == "planning" and body["start"] == "2026-10-01"
    assert Cycle.objects.get(pk=body["id"]).organisation == world.organisation


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_only_admins_create_cycles(world, api, persona):
    response = api[persona].post("/api/v1/cycles", NEW)
    assert response.status_code == 403
    assert not Cycle.objects.filter(name="Q4").exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"start": "2026-10-01", "end": "2026-12-31"}, "name"),
        ({**NEW, "start": "not a date"}, "start"),
        ({**NEW, "end": "2026-09-01"}, "end"),
        ({**NEW, "name": "Q3"}, "name"),
        ({**NEW, "parent": 999999}, "parent"),
        ({**NEW, "name": ""}, "name"),
    ],
)
def test_it_rejects_bad_input_naming_the_field(world, api, body, field):
    response = api["admin"].post("/api/v1/cycles", body)
    assert response.status_code == 422
    assert field in problem_fields(response)


def test_an_outsider_cannot_use_another_organisations_parent(world, api):
    response = api["outsider"].post("/api/v1/cycles", {**NEW, "parent": world.cycle.pk})
    assert response.status_code == 422
    assert problem_fields(response) == ["parent"]


@pytest.mark.parametrize("persona", ["admin", "lead", "member", "viewer"])
def test_everyone_in_the_organisation_lists_and_reads_cycles(world, api, persona):
    response = api[persona].get("/api/v1/cycles")
    assert [c["id"] for c in response.json()["items"]] == [world.cycle.pk]
    assert api[persona].get(f"/api/v1/cycles/{world.cycle.pk}").json()["name"] == "Q3"


def test_another_organisations_cycle_is_not_found(world, api):
    assert (
        api["outsider"].get("/api/v1/cycles")["Content-Type"] == "application/json; charset=utf-8"
    )
    assert api["outsider"].get("/api/v1/cycles").json()["items"] == []
    response = api["outsider"].get(f"/api/v1/cycles/{world.cycle.pk}")
    assert response.status_code == 404
    assert response.json()["title"] == "Not Found"
    assert api["admin"].get("/api/v1/cycles/999999").status_code == 404


def test_it_filters_by_state_and_pages_with_a_cursor(world, api):
    for n in range(5):
        CycleFactory(organisation=world.organisation, name=f"P{n}", state="planning")
    planning = api["admin"].get("/api/v1/cycles", {"state": "planning", "limit": 2}).json()
    seen = [c["id"] for c in planning["items"]]
    while planning["next"]:
        planning = (
            api["admin"]
            .get("/api/v1/cycles", {"state": "planning", "limit": 2, "cursor": planning["next"]})
            .json()
        )
        seen += [c["id"] for c in planning["items"]]
    assert len(seen) == len(set(seen)) == 5


@pytest.mark.parametrize(
    "params", [{"limit": 0}, {"limit": 201}, {"cursor": "garbage!"}, {"state": "done"}]
)
def test_it_rejects_bad_list_parameters(world, api, params):
    response = api["admin"].get("/api/v1/cycles", params)
    assert response.status_code == 422
    assert problem_fields(response)


def test_it_moves_a_cycle_through_its_states(world, api):
    cycle = CycleFactory(organisation=world.organisation, name="Next", state="planning")
    url = f"/api/v1/cycles/{cycle.pk}/transition"
    assert api["member"].post(url, {"to_state": "active"}).status_code == 403
    assert api["admin"].post(url, {"to_state": "closed"}).status_code == 422
    response = api["admin"].post(url, {"to_state": "active"})
    assert response.status_code == 200 and response.json()["state"] == "active"
    assert api["outsider"].post(url, {"to_state": "grading"}).status_code == 404

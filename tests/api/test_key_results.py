"""Key results: create (type defaults to metric), progress and pace, versioned updates, delete."""

from __future__ import annotations

import pytest

from cairn.okrs.models import KeyResult
from cairn.okrs.services import check_in_record
from tests.api.conftest import problem_fields
from tests.factories import ObjectiveFactory


def url(kr) -> str:
    return f"/api/v1/key-results/{kr.pk}"


def test_it_creates_a_metric_key_result_by_default(world, api):
    body = {
        "objective": world.objective.pk,
        "title": "Grow NPS from 20 to 50",
        "start": 20,
        "target": 50,
    }
    response = api["member"].post("/api/v1/key-results", body)
    assert response.status_code == 201
    created = response.json()
    assert created["type"] == "metric" and created["owner"] == world.member.pk
    assert created["progress"] == 0.0 and created["unit"] == ""
    assert KeyResult.objects.get(pk=created["id"]).objective == world.objective


def test_it_creates_other_types(world, api):
    base = {"objective": world.objective.pk, "title": "Ship the help centre"}
    milestone = api["member"].post("/api/v1/key-results", {**base, "type": "milestone"})
    assert milestone.status_code == 201 and milestone.json()["type"] == "milestone"
    above = {**base, "title": "Keep CSAT above 90", "type": "stay_above", "target": 90, "unit": "%"}
    assert api["member"].post("/api/v1/key-results", above).json()["unit"] == "%"


@pytest.mark.parametrize(
    ("persona", "status"),
    [("admin", 201), ("lead", 201), ("member", 201), ("viewer", 403), ("outsider", 422)],
)
def test_who_adds_key_results(world, api, persona, status):
    body = {
        "objective": world.objective.pk,
        "title": "Cut churn from 5 to 3",
        "start": 5,
        "target": 3,
    }
    assert api[persona].post("/api/v1/key-results", body).status_code == status


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"start": 5, "target": 5}, "target"),
        ({"start": "five", "target": 3}, "start"),
        ({"start": 1, "target": 3, "type": "binary"}, "type"),
        ({"start": 1, "target": 3, "title": ""}, "title"),
        ({"start": 1, "target": 3, "weight": -2}, "weight"),
        ({"start": 1, "target": 3, "owner": 999999}, "owner"),
        ({"start": 1, "target": 3, "contributors": [999999]}, "contributors"),
        ({"start": 1, "target": 3, "objective": 999999}, "objective"),
        ({"start": 1e300, "target": 3}, "start"),
        ({"start": 1, "target": 3, "due_date": "tomorrow"}, "due_date"),
    ],
)
def test_it_rejects_bad_input(world, api, body, field):
    payload = {"objective": world.objective.pk, "title": "Cut churn", **body}
    response = api["member"].post("/api/v1/key-results", payload)
    assert response.status_code == 422
    assert field in problem_fields(response)


def test_retrieve_gives_clamped_progress_raw_progress_and_pace(world, api, kr):
    check_in_record(key_result=kr, author=world.member, value=1, confidence=9)  # beyond target
    response = api["viewer"].get(url(kr))
    body = response.json()
    assert body["progress"] == 1.0 and body["progress_raw"] > 1.0
    assert body["pace"]["status"] == "on_track"
    assert response["ETag"] == f'"key-result-{kr.pk}-v1"'


def test_visibility_follows_the_objective(world, api):
    private = ObjectiveFactory(cycle=world.cycle, owner=world.lead, visibility="private")
    hidden = KeyResult.objects.create(
        organisation=world.organisation, objective=private, title="Hidden", start=0, target=1
    )
    assert api["member"].get(url(hidden)).status_code == 404
    assert api["admin"].get(url(hidden)).status_code == 200
    ids = [k["id"] for k in api["member"].get("/api/v1/key-results").json()["items"]]
    assert hidden.pk not in ids
    assert api["outsider"].get(url(hidden)).status_code == 404


def test_it_filters_key_results(world, api, kr):
    other = ObjectiveFactory(cycle=world.cycle, owner=world.lead)
    mine = api["admin"].get("/api/v1/key-results", {"objective": world.objective.pk}).json()
    assert [k["id"] for k in mine["items"]] == [kr.pk]
    assert api["admin"].get("/api/v1/key-results", {"objective": other.pk}).json()["items"] == []
    by_owner = api["admin"].get("/api/v1/key-results", {"owner": world.member.pk}).json()
    assert [k["id"] for k in by_owner["items"]] == [kr.pk]
    by_cycle = api["admin"].get("/api/v1/key-results", {"cycle": world.cycle.pk}).json()
    assert [k["id"] for k in by_cycle["items"]] == [kr.pk]
    off = api["admin"].get("/api/v1/key-results", {"status": "off_track"}).json()["items"]
    assert [k["id"] for k in off] == [kr.pk]


@pytest.mark.parametrize(
    ("persona", "status"),
    [("admin", 200), ("lead", 200), ("member", 200), ("viewer", 403), ("outsider", 404)],
)
def test_who_updates_a_key_result(world, api, kr, persona, status):
    response = api[persona].patch(url(kr), {"target": 2, "version": 1})
    assert response.status_code == status
    if status == 200:
        assert response.json()["target"] == 2.0 and response.json()["version"] == 2


def test_a_stale_write_is_refused(world, api, kr):
    client = api["member"]
    etag = client.get(url(kr))["ETag"]
    assert client.patch(url(kr), {"title": "New", "version": 1}).status_code == 200
    assert client.patch(url(kr), {"title": "Newer", "version": 1}).status_code == 409
    assert client.patch(url(kr), {"title": "Newer"}, **{"If-Match": etag}).status_code == 412
    kr.refresh_from_db()
    assert kr.title == "New"


def test_update_rejects_bad_input(world, api, kr):
    assert problem_fields(api["member"].patch(url(kr), {"start": 4})) == ["target"]
    assert problem_fields(api["member"].patch(url(kr), {"weight": "heavy"})) == ["weight"]


@pytest.mark.parametrize(
    ("persona", "status"), [("viewer", 403), ("outsider", 404), ("member", 204)]
)
def test_who_deletes_a_key_result(world, api, kr, persona, status):
    assert api[persona].delete(url(kr)).status_code == status
    assert KeyResult.objects.filter(pk=kr.pk).exists() is (status != 204)

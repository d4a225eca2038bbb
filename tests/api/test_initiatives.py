"""Initiatives: linked to key results the caller may see; create and update per role."""

from __future__ import annotations

import pytest

from cairn.okrs.models import Initiative, KeyResult
from cairn.okrs.services import initiative_create
from tests.api.conftest import problem_fields
from tests.factories import ObjectiveFactory


def test_it_creates_an_initiative(world, api, kr):
    body = {"title": "Hire two support engineers", "key_results": [kr.pk], "percent_complete": 10}
    response = api["member"].post("/api/v1/initiatives", body)
    assert response.status_code == 201
    created = response.json()
    assert created["key_results"] == [kr.pk] and created["owner"] == world.member.pk
    assert Initiative.objects.get(pk=created["id"]).status == "planned"


@pytest.mark.parametrize(
    ("persona", "status"),
    [("admin", 201), ("lead", 201), ("member", 201), ("viewer", 403), ("outsider", 422)],
)
def test_who_creates_initiatives(world, api, kr, persona, status):
    body = {"title": "Write macros", "key_results": [kr.pk]}
    assert api[persona].post("/api/v1/initiatives", body).status_code == status


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"key_results": []}, "key_results"),
        ({"key_results": [999999]}, "key_results"),
        ({"title": ""}, "title"),
        ({"percent_complete": 101}, "percent_complete"),
        ({"status": "someday"}, "status"),
    ],
)
def test_it_rejects_bad_input(world, api, kr, body, field):
    payload = {"title": "Write macros", "key_results": [kr.pk], **body}
    response = api["member"].post("/api/v1/initiatives", payload)
    assert response.status_code == 422 and field in problem_fields(response)


def test_it_lists_only_initiatives_on_visible_key_results(world, api, kr):
    public = initiative_create(actor=world.member, key_results=[kr], title="Public work")
    private = ObjectiveFactory(cycle=world.cycle, owner=world.lead, visibility="private")
    hidden_kr = KeyResult.objects.create(
        organisation=world.organisation, objective=private, title="Hidden", start=0, target=1
    )
    hidden = initiative_create(actor=world.lead, key_results=[hidden_kr], title="Secret work")
    ids = [i["id"] for i in api["member"].get("/api/v1/initiatives").json()["items"]]
    assert ids == [public.pk]
    assert api["member"].get(f"/api/v1/initiatives/{hidden.pk}").status_code == 404
    assert api["admin"].get(f"/api/v1/initiatives/{hidden.pk}").status_code == 200
    by_kr = api["admin"].get("/api/v1/initiatives", {"key_result": hidden_kr.pk}).json()["items"]
    assert [i["id"] for i in by_kr] == [hidden.pk]
    assert api["admin"].get("/api/v1/initiatives", {"status": "done"}).json()["items"] == []
    assert api["outsider"].get("/api/v1/initiatives").json()["items"] == []


def test_it_updates_an_initiative(world, api, kr):
    initiative = initiative_create(actor=world.member, key_results=[kr], title="Macros")
    path = f"/api/v1/initiatives/{initiative.pk}"
    assert api["viewer"].patch(path, {"status": "done"}).status_code == 403
    assert api["outsider"].patch(path, {"status": "done"}).status_code == 404
    response = api["member"].patch(path, {"status": "in_progress", "percent_complete": 40})
    assert response.status_code == 200 and response.json()["percent_complete"] == 40
    assert problem_fields(api["member"].patch(path, {"percent_complete": 140})) == [
        "percent_complete"
    ]

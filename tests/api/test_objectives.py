"""Objectives: visibility per role, filters, create/update/delete through the services."""

from __future__ import annotations

import pytest

from cairn.okrs.models import Objective
from tests.api.conftest import problem_fields
from tests.factories import ObjectiveFactory


def url(objective) -> str:
    return f"/api/v1/objectives/{objective.pk}"


def test_it_creates_an_objective_owned_by_the_caller(world, api):
    body = {"title": "Make onboarding delightful", "cycle": world.cycle.pk, "team": world.team.pk}
    response = api["member"].post("/api/v1/objectives", body)
    assert response.status_code == 201
    created = response.json()
    assert created["owner"] == world.member.pk and created["progress"] == 0.0
    assert created["pace"]["status"] in {"too_early", "on_track", "at_risk", "off_track"}
    assert Objective.objects.get(pk=created["id"]).team == world.team


@pytest.mark.parametrize(
    ("persona", "team", "status"),
    [
        ("admin", None, 201),
        ("lead", "team", 201),
        ("member", "team", 201),
        ("member", None, 403),
        ("viewer", "team", 403),
    ],
)
def test_who_creates_objectives(world, api, persona, team, status):
    body = {"title": "Win the market", "cycle": world.cycle.pk}
    if team:
        body["team"] = world.team.pk
    assert api[persona].post("/api/v1/objectives", body).status_code == status


def test_an_outsider_cannot_create_in_acmes_cycle(world, api):
    response = api["outsider"].post("/api/v1/objectives", {"title": "X", "cycle": world.cycle.pk})
    assert response.status_code == 422 and problem_fields(response) == ["cycle"]


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"cycle": 1}, "title"),
        ({"title": "X", "cycle": None}, "cycle"),
        ({"title": "X", "cycle": "Q3"}, "cycle"),
        ({"title": "", "cycle": None}, "title"),
        ({"title": "X", "kind": "sometimes"}, "kind"),
        ({"title": "X", "visibility": "secret"}, "visibility"),
        ({"title": "X", "weight": -1}, "weight"),
        ({"title": "X", "owner": 999999}, "owner"),
        ({"title": "x" * 301}, "title"),
        ({"title": "Grow\x00sales"}, "title"),  # PostgreSQL cannot store NUL: a 422, not a 500
        ({"title": "X", "description": "a\x00b"}, "description"),
    ],
)
def test_it_rejects_bad_input(world, api, body, field):
    body = {"cycle": world.cycle.pk, **body}
    response = api["admin"].post("/api/v1/objectives", body)
    assert response.status_code == 422
    assert field in problem_fields(response)


def test_private_objectives_are_hidden_from_others(world, api):
    secret = ObjectiveFactory(cycle=world.cycle, owner=world.lead, visibility="private")
    for persona, visible in [("admin", True), ("lead", True), ("member", False), ("viewer", False)]:
        ids = [o["id"] for o in api[persona].get("/api/v1/objectives").json()["items"]]
        assert (secret.pk in ids) is visible, persona
        assert api[persona].get(url(secret)).status_code == (200 if visible else 404)
    assert api["outsider"].get(url(world.objective)).status_code == 404
    assert api["outsider"].get("/api/v1/objectives").json()["items"] == []


def test_a_shared_objective_is_listed_once(world, api):
    shared = ObjectiveFactory(cycle=world.cycle, owner=world.lead, visibility="public")
    shared.shared_with.set([world.member, world.viewer, world.admin])
    ids = [o["id"] for o in api["member"].get("/api/v1/objectives").json()["items"]]
    assert ids.count(shared.pk) == 1


def test_it_filters_by_cycle_team_owner_and_status(world, api):
    other = ObjectiveFactory(cycle=world.cycle, owner=world.lead)
    client = api["admin"]
    by_team = client.get("/api/v1/objectives", {"team": world.team.pk}).json()["items"]
    assert [o["id"] for o in by_team] == [world.objective.pk]
    by_owner = client.get("/api/v1/objectives", {"owner": world.lead.pk}).json()["items"]
    assert [o["id"] for o in by_owner] == [other.pk]
    by_cycle = client.get("/api/v1/objectives", {"cycle": world.cycle.pk}).json()["items"]
    assert len(by_cycle) == 2
    # Half-way through the cycle with no progress: both objectives are off track.
    off = client.get("/api/v1/objectives", {"status": "off_track"}).json()["items"]
    assert len(off) == 2
    assert client.get("/api/v1/objectives", {"status": "on_track"}).json()["items"] == []
    assert client.get("/api/v1/objectives", {"status": "late"}).status_code == 422


def test_retrieve_gives_progress_pace_and_an_etag(world, api):
    response = api["viewer"].get(url(world.objective))
    body = response.json()
    assert 0.0 <= body["progress"] <= 1.0
    assert set(body["pace"]) == {"expected", "status", "disagreement"}
    assert response["ETag"] == f'"objective-{world.objective.pk}-v1"'


@pytest.mark.parametrize(
    ("persona", "status"), [("admin", 200), ("lead", 200), ("member", 200), ("viewer", 403)]
)
def test_who_updates_an_objective(world, api, persona, status):
    response = api[persona].patch(url(world.objective), {"title": "Make support effortless"})
    assert response.status_code == status
    if status == 200:
        assert response.json()["version"] == 2


def test_a_stale_version_gets_409_and_a_stale_if_match_412(world, api):
    client = api["member"]
    etag = client.get(url(world.objective))["ETag"]
    assert client.patch(url(world.objective), {"title": "First", "version": 1}).status_code == 200
    stale = client.patch(url(world.objective), {"title": "Second", "version": 1})
    assert stale.status_code == 409 and problem_fields(stale) == ["version"]
    assert (
        client.patch(url(world.objective), {"title": "Third"}, **{"If-Match": etag}).status_code
        == 412
    )
    fresh = client.get(url(world.objective))["ETag"]
    response = client.patch(url(world.objective), {"title": "Fourth"}, **{"If-Match": fresh})
    assert response.status_code == 200 and response.json()["title"] == "Fourth"
    assert (
        client.patch(url(world.objective), {"title": "X"}, **{"If-Match": '"junk"'}).status_code
        == 412
    )


def test_update_rejects_bad_input_and_unknown_people(world, api):
    client = api["admin"]
    assert problem_fields(client.patch(url(world.objective), {"kind": "maybe"})) == ["kind"]
    assert problem_fields(client.patch(url(world.objective), {"owner": world.outsider.pk})) == [
        "owner"
    ]
    assert api["outsider"].patch(url(world.objective), {"title": "Mine"}).status_code == 404


def test_it_aligns_an_objective(world, api):
    parent = ObjectiveFactory(cycle=world.cycle, owner=world.admin)
    path = url(world.objective) + "/alignment"
    response = api["member"].put(path, {"parent_objective": parent.pk})
    assert response.status_code == 200 and response.json()["parent_objective"] == parent.pk
    assert api["viewer"].put(path, {"parent_objective": None}).status_code == 403
    assert problem_fields(api["member"].put(path, {"parent_objective": 999999})) == [
        "parent_objective"
    ]


@pytest.mark.parametrize(("persona", "status"), [("viewer", 403), ("outsider", 404), ("lead", 204)])
def test_who_deletes_an_objective(world, api, persona, status):
    assert api[persona].delete(url(world.objective)).status_code == status
    assert Objective.objects.filter(pk=world.objective.pk).exists() is (status != 204)


def test_a_null_count_aligned_children_is_a_422_not_a_500(world, api):
    response = api["lead"].patch(url(world.objective), {"count_aligned_children": None})
    assert response.status_code == 422
    assert problem_fields(response) == ["count_aligned_children"]
    world.objective.refresh_from_db()
    assert world.objective.count_aligned_children is False


@pytest.mark.parametrize("version", ["²", "9" * 5000, "0", ""])
def test_an_if_match_with_an_odd_version_is_a_412_not_a_500(world, api, version):
    etag = f'"objective-{world.objective.pk}-v{version}"'
    response = api["lead"].patch(url(world.objective), {"title": "X"}, **{"If-Match": etag})
    assert response.status_code == 412
    world.objective.refresh_from_db()
    assert world.objective.title == "Make support feel effortless"

"""Teams and people: org-scoped lists with filters, retrieve, create or invite (admins only)."""

from __future__ import annotations

import pytest

from cairn.accounts.models import Invitation
from cairn.organisations.models import Person, Team
from tests.api.conftest import problem_fields


def test_it_lists_teams_and_filters_by_parent(world, api):
    body = api["member"].get("/api/v1/teams").json()
    assert {t["slug"] for t in body["items"]} == {"acme", "support"}
    children = api["member"].get("/api/v1/teams", {"parent": world.company.pk}).json()
    assert [t["id"] for t in children["items"]] == [world.team.pk]


def test_an_outsider_sees_no_teams_of_acme(world, api):
    assert api["outsider"].get("/api/v1/teams").json()["items"] == []
    assert api["outsider"].get(f"/api/v1/teams/{world.team.pk}").status_code == 404


def test_an_admin_creates_a_team(world, api):
    response = api["admin"].post("/api/v1/teams", {"name": "Sales", "parent": world.company.pk})
    assert response.status_code == 201
    assert Team.objects.get(pk=response.json()["id"]).parent == world.company


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_others_cannot_create_teams(world, api, persona):
    assert api[persona].post("/api/v1/teams", {"name": "Sales"}).status_code == 403


def test_team_input_is_validated(world, api):
    assert problem_fields(api["admin"].post("/api/v1/teams", {"name": ""})) == ["name"]
    response = api["outsider"].post("/api/v1/teams", {"name": "X", "parent": world.company.pk})
    assert problem_fields(response) == ["parent"]


def test_it_lists_people_with_filters(world, api):
    everyone = api["viewer"].get("/api/v1/people").json()["items"]
    assert {p["email"] for p in everyone} == {
        "admin@acme.test",
        "lead@acme.test",
        "member@acme.test",
        "viewer@acme.test",
    }
    admins = api["viewer"].get("/api/v1/people", {"role": "admin"}).json()["items"]
    assert [p["id"] for p in admins] == [world.admin.pk]
    team = api["viewer"].get("/api/v1/people", {"team": world.team.pk}).json()["items"]
    assert {p["id"] for p in team} == {world.lead.pk, world.member.pk}
    assert api["outsider"].get(f"/api/v1/people/{world.member.pk}").status_code == 404


def test_an_admin_adds_a_person_by_invitation_and_others_cannot(world, api):
    body = {"email": "new@acme.test", "role": "viewer", "manager": world.lead.pk}
    assert api["member"].post("/api/v1/people", body).status_code == 403
    response = api["admin"].post("/api/v1/people", body)
    assert response.status_code == 202 and response.json()["status"] == "pending"
    invitation = Invitation.objects.get(pk=response.json()["id"])
    assert invitation.role == "viewer" and invitation.manager_email == "lead@acme.test"
    assert not Person.objects.filter(user__email="new@acme.test").exists()
    already = api["admin"].post("/api/v1/people", {"email": "member@acme.test"})
    assert already.status_code == 422 and problem_fields(already) == ["email"]
    assert problem_fields(api["admin"].post("/api/v1/people", {"email": "nope"})) == ["email"]

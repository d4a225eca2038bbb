"""The SCIM endpoint's bearer token: missing, wrong, revoked, another organisation's."""

from __future__ import annotations

import pytest
from django.test import Client

from cairn.provisioning.tokens import scim_token_create, scim_token_find, scim_token_revoke
from tests.provisioning.conftest import ScimClient

ERROR = "urn:ietf:params:scim:api:messages:2.0:Error"


@pytest.mark.parametrize(
    "header",
    [None, "Bearer", "Bearer nonsense", "Basic dXNlcjpwYXNz", "Bearer cairn_scim_abc_def"],
)
def test_it_refuses_a_missing_or_wrong_token_with_a_scim_401(world, header):
    headers = {"Authorization": header} if header else {}
    response = Client().get("/scim/v2/Users", headers=headers)
    assert response.status_code == 401
    assert response["Content-Type"] == "application/scim+json"
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response.json()["schemas"] == [ERROR]
    assert response.json()["status"] == "401"


def test_a_personal_api_token_is_not_a_scim_token(world):
    from cairn.api.tokens import token_create

    new = token_create(person=world.admin, name="ci")
    assert ScimClient(new.plaintext).get("Users").status_code == 401


def test_a_revoked_token_stops_working(world, scim):
    token = scim_token_find(scim.headers["Authorization"].split()[1])
    assert scim.get("Users").status_code == 200
    scim_token_revoke(token=token, actor=world.admin)
    assert scim.get("Users").status_code == 401


def test_a_token_of_the_right_prefix_but_wrong_secret_is_refused(world, scim):
    plaintext = scim.headers["Authorization"].split()[1]
    assert ScimClient(plaintext[:-2] + "xx").get("Users").status_code == 401


def test_the_token_records_its_last_use(world, scim):
    token = scim_token_find(scim.headers["Authorization"].split()[1])
    assert token.last_used_at is not None


@pytest.mark.parametrize("persona", ["lead", "member", "viewer", "outsider"])
def test_only_an_admin_of_the_organisation_creates_or_revokes_tokens(world, persona):
    from django.core.exceptions import PermissionDenied

    actor = getattr(world, persona)
    with pytest.raises(PermissionDenied):
        scim_token_create(organisation=world.organisation, actor=actor, name="x")
    new = scim_token_create(organisation=world.organisation, actor=world.admin, name="ok")
    with pytest.raises(PermissionDenied):
        scim_token_revoke(token=new.token, actor=actor)
    assert scim_token_find(new.plaintext) is not None


def test_the_token_is_stored_hashed(world):
    new = scim_token_create(organisation=world.organisation, actor=world.admin, name="Okta")
    new.token.refresh_from_db()
    assert new.plaintext not in (new.token.hash, new.token.prefix)
    assert len(new.token.hash) == 64


def test_another_organisations_people_and_teams_are_404(world, scim, other_scim):
    assert other_scim.get(f"Users/{world.member.pk}").status_code == 404
    assert other_scim.get(f"Groups/{world.team.pk}").status_code == 404
    assert other_scim.patch(f"Users/{world.member.pk}", {"Operations": []}).status_code == 404
    assert other_scim.delete(f"Users/{world.member.pk}").status_code == 404
    assert other_scim.delete(f"Groups/{world.team.pk}").status_code == 404
    world.member.refresh_from_db()
    assert world.member.is_active
    listed = other_scim.get("Users", filter='userName eq "member@acme.test"').json()
    assert listed["totalResults"] == 0


def test_unknown_paths_and_methods_get_scim_errors(world, scim):
    response = scim.get("Bulk")
    assert response.status_code == 404 and response.json()["schemas"] == [ERROR]
    response = scim.put("Users", {})
    assert response.status_code == 405 and "POST" in response["Allow"]
    assert scim.get("Users/not-a-number").status_code == 404
    assert scim.get("Users/99999999999999999999999").status_code == 404

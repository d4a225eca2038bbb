"""SCIM Groups → teams, with the requests Okta and Entra ID send."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.organisations.models import Team, TeamMembership
from tests.factories import MembershipFactory, ObjectiveFactory, PersonFactory, TeamFactory
from tests.provisioning.conftest import okta_user, patch

GROUP = "urn:ietf:params:scim:schemas:core:2.0:Group"


def _members(team_id: int | str) -> set[int]:
    return set(TeamMembership.objects.filter(team_id=team_id).values_list("person_id", flat=True))


def test_okta_creates_a_group_as_a_team(world, scim):
    response = scim.post(
        "Groups", {"schemas": [GROUP], "displayName": "Test SCIMv2", "members": []}
    )
    assert response.status_code == 201, response.content
    team = Team.objects.get(pk=response.json()["id"])
    assert team.organisation == world.organisation and team.name == "Test SCIMv2"
    assert response["Location"].endswith(f"/scim/v2/Groups/{team.pk}")


def test_a_group_is_created_with_its_members(world, scim):
    body = {
        "displayName": "Sales",
        "externalId": "8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159",
        "members": [{"value": str(world.member.pk)}, {"value": str(world.viewer.pk)}],
    }
    created = scim.post("Groups", body).json()
    assert _members(created["id"]) == {world.member.pk, world.viewer.pk}
    assert {m["value"] for m in created["members"]} == {str(world.member.pk), str(world.viewer.pk)}
    found = scim.get("Groups", filter='externalId eq "8aa1a0c0-c4c3-4bc0-b4a5-2ef676900159"')
    assert found.json()["Resources"][0]["id"] == created["id"]


def test_a_taken_display_name_is_409(world, scim):
    response = scim.post("Groups", {"displayName": "support"})
    assert response.status_code == 409 and response.json()["scimType"] == "uniqueness"


def test_a_member_of_another_organisation_is_refused_and_nothing_is_created(world, scim):
    body = {"displayName": "Sneaky", "members": [{"value": str(world.outsider.pk)}]}
    response = scim.post("Groups", body)
    assert response.status_code == 400 and response.json()["scimType"] == "invalidValue"
    assert not Team.objects.filter(name="Sneaky").exists()


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"displayName": ""},
        {"displayName": 5},
        {"displayName": "x" * 201},
        {"displayName": "ok", "members": "all"},
    ],
)
def test_bad_groups_are_a_scim_400(world, scim, body):
    before = Team.objects.count()
    assert scim.post("Groups", body).status_code == 400
    assert Team.objects.count() == before


def test_okta_renames_with_a_pathless_replace(world, scim):
    body = patch({"op": "replace", "value": {"id": str(world.team.pk), "displayName": "Care"}})
    response = scim.patch(f"Groups/{world.team.pk}", body)
    assert response.status_code == 200, response.content
    assert response.json()["displayName"] == "Care"
    world.team.refresh_from_db()
    assert world.team.name == "Care" and world.team.parent == world.company


def test_okta_adds_and_removes_members(world, scim):
    url = f"Groups/{world.team.pk}"
    added = scim.patch(
        url,
        patch(
            {
                "op": "add",
                "path": "members",
                "value": [{"value": str(world.viewer.pk), "display": "V"}],
            }
        ),
    )
    assert added.status_code == 200
    assert _members(world.team.pk) == {world.lead.pk, world.member.pk, world.viewer.pk}
    removed = scim.patch(
        url, patch({"op": "remove", "path": f'members[value eq "{world.member.pk}"]'})
    )
    assert removed.status_code == 200
    assert _members(world.team.pk) == {world.lead.pk, world.viewer.pk}


def test_entra_adds_and_removes_members_with_a_value_list(world, scim):
    url = f"Groups/{world.team.pk}"
    scim.patch(
        url,
        patch(
            {
                "op": "Add",
                "path": "members",
                "value": [{"$ref": None, "value": str(world.admin.pk)}],
            }
        ),
    )
    assert world.admin.pk in _members(world.team.pk)
    scim.patch(
        url,
        patch(
            {
                "op": "Remove",
                "path": "members",
                "value": [{"$ref": None, "value": str(world.lead.pk)}],
            }
        ),
    )
    assert _members(world.team.pk) == {world.member.pk, world.admin.pk}


def test_entra_renames_with_a_path(world, scim):
    body = patch({"op": "Replace", "path": "displayName", "value": "Customer care"})
    assert scim.patch(f"Groups/{world.team.pk}", body).json()["displayName"] == "Customer care"


def test_removing_all_members_and_replacing_them(world, scim):
    url = f"Groups/{world.team.pk}"
    scim.patch(url, patch({"op": "remove", "path": "members"}))
    assert _members(world.team.pk) == set()
    body = patch({"op": "replace", "path": "members", "value": [{"value": str(world.viewer.pk)}]})
    scim.patch(url, body)
    assert _members(world.team.pk) == {world.viewer.pk}


def test_adding_an_unknown_member_is_a_400_and_changes_nothing(world, scim):
    body = patch(
        {"op": "replace", "path": "displayName", "value": "Renamed"},
        {"op": "add", "path": "members", "value": [{"value": "999999"}]},
    )
    response = scim.patch(f"Groups/{world.team.pk}", body)
    assert response.status_code == 400
    world.team.refresh_from_db()
    assert world.team.name == "Support"


def test_put_sets_name_and_exact_members(world, scim):
    body = {"displayName": "Support", "members": [{"value": str(world.lead.pk)}]}
    assert scim.put(f"Groups/{world.team.pk}", body).status_code == 200
    assert _members(world.team.pk) == {world.lead.pk}


def test_entra_excludes_members_when_asked(world, scim):
    found = scim.get(
        "Groups", filter='displayName eq "Support"', excludedAttributes="members"
    ).json()
    assert found["totalResults"] == 1 and "members" not in found["Resources"][0]
    one = scim.get(f"Groups/{world.team.pk}", excludedAttributes="members").json()
    assert "members" not in one


def test_groups_filter_by_member(world, scim):
    found = scim.get("Groups", filter=f'members eq "{world.member.pk}"').json()
    assert [r["id"] for r in found["Resources"]] == [str(world.team.pk)]
    bad = scim.get("Groups", filter='displayName sw "S"')
    assert bad.status_code == 400 and bad.json()["scimType"] == "invalidFilter"


def test_deleting_a_group_removes_an_empty_team(world, scim):
    created = scim.post(
        "Groups", {"displayName": "Temp", "members": [{"value": str(world.member.pk)}]}
    ).json()
    assert scim.delete(f"Groups/{created['id']}").status_code == 204
    assert not Team.objects.filter(pk=created["id"]).exists()
    assert scim.get(f"Groups/{created['id']}").status_code == 404


def test_a_team_with_objectives_is_not_deleted_and_keeps_its_members(world, scim):
    assert world.team.objectives.exists()
    response = scim.delete(f"Groups/{world.team.pk}")
    assert response.status_code == 400
    assert Team.objects.filter(pk=world.team.pk).exists()
    assert _members(world.team.pk) == {world.lead.pk, world.member.pk}


def test_listing_groups_costs_the_same_queries_with_more_teams(world, scim):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert scim.get("Groups").status_code == 200
        return len(queries)

    count()
    few = count()
    for n in range(4):
        team = TeamFactory(organisation=world.organisation, name=f"More {n}", slug=f"more-{n}")
        MembershipFactory(team=team, person=PersonFactory(organisation=world.organisation))
        ObjectiveFactory(cycle=world.cycle, team=team, owner=world.member)
    assert count() == few


def test_a_user_created_by_scim_can_join_a_group(world, scim):
    user = scim.post("Users", okta_user()).json()
    body = patch({"op": "add", "path": "members", "value": [{"value": user["id"]}]})
    assert scim.patch(f"Groups/{world.team.pk}", body).status_code == 200
    assert int(user["id"]) in _members(world.team.pk)

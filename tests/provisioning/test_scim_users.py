"""SCIM Users with the requests Okta and Entra ID send: create, find, change, deactivate."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.api.tokens import token_create, token_find
from cairn.okrs.models import Change
from cairn.organisations.models import Person, Role
from cairn.provisioning.models import ProvisionedPerson
from tests.factories import KeyResultFactory, ObjectiveFactory, PersonFactory
from tests.provisioning.conftest import entra_user, okta_user, patch

ERROR = "urn:ietf:params:scim:api:messages:2.0:Error"


def _person(email: str) -> Person:
    return Person.objects.select_related("user").get(user__email=email)


def test_okta_creates_a_member_without_an_invitation_email(world, scim):
    response = scim.post("Users", okta_user())
    assert response.status_code == 201, response.content
    body = response.json()
    person = _person("test.user@acme.test")
    assert body["id"] == str(person.pk)
    assert response["Location"].endswith(f"/scim/v2/Users/{person.pk}")
    assert body["userName"] == "test.user@acme.test"
    assert body["externalId"] == "00ujl29u0le5T6Aj10h7"
    assert body["active"] is True
    assert person.organisation == world.organisation and person.role == Role.MEMBER
    assert person.user.get_full_name() == "Test User"
    assert not person.user.has_usable_password()  # Okta's password is not kept
    assert mail.outbox == []


def test_entra_creates_a_user_with_its_extension_and_empty_roles(world, scim):
    response = scim.post("Users", entra_user())
    assert response.status_code == 201, response.content
    person = _person("jane.doe@acme.test")
    assert person.user.first_name == "Jane" and person.role == Role.MEMBER


def test_a_role_can_be_mapped(world, scim):
    body = okta_user(roles=[{"value": "viewer", "primary": True}])
    assert scim.post("Users", body).status_code == 201
    assert _person("test.user@acme.test").role == Role.VIEWER


def test_an_unknown_role_is_refused_and_nothing_is_created(world, scim):
    response = scim.post("Users", okta_user(roles=[{"value": "owner"}]))
    assert response.status_code == 400 and response.json()["scimType"] == "invalidValue"
    assert not get_user_model().objects.filter(email="test.user@acme.test").exists()


def test_creating_a_user_inactive_creates_an_inactive_person(world, scim):
    assert scim.post("Users", okta_user(active=False)).status_code == 201
    assert _person("test.user@acme.test").is_active is False


def test_an_account_of_another_organisation_is_not_joined_and_not_revealed(world, scim):
    response = scim.post("Users", okta_user("outsider@other.test"))
    assert response.status_code == 409
    body = response.json()
    assert body["scimType"] == "uniqueness" and body["schemas"] == [ERROR]
    assert world.outsider.organisation.name not in response.content.decode()
    assert not Person.objects.filter(
        organisation=world.organisation, user=world.outsider.user
    ).exists()


def test_someone_already_in_the_organisation_gets_the_same_409(world, scim):
    response = scim.post("Users", okta_user("MEMBER@acme.test"))
    assert response.status_code == 409
    assert (
        response.json()["detail"]
        == scim.post("Users", okta_user("outsider@other.test")).json()["detail"]
    )


@pytest.mark.parametrize(
    "body, scim_type",
    [
        ({"name": {"givenName": "No"}}, "invalidValue"),
        ({"userName": "not-an-email"}, "invalidValue"),
        ({"userName": 42}, "invalidValue"),
        ({"userName": "a@acme.test", "active": "maybe"}, "invalidValue"),
        ({"userName": "a@acme.test", "name": "Ann"}, "invalidValue"),
        ({"userName": "a@acme.test", "name": {"givenName": "x" * 151}}, "invalidValue"),
        ({"userName": "a\u0000b@acme.test"}, "invalidValue"),
    ],
)
def test_bad_users_are_refused_with_a_scim_400(world, scim, body, scim_type):
    before = get_user_model().objects.count()
    response = scim.post("Users", body)
    assert response.status_code == 400
    assert response.json()["scimType"] == scim_type
    assert get_user_model().objects.count() == before


@pytest.mark.parametrize("raw", ["{not json", "[1, 2]", '"text"', ""])
def test_invalid_json_is_a_scim_400(world, scim, raw):
    response = scim.post("Users", raw=raw)
    assert response.status_code == 400
    assert response.json()["scimType"] == "invalidSyntax"


def test_okta_finds_a_user_by_user_name_case_insensitively(world, scim):
    listed = scim.get("Users", filter='userName eq "Member@Acme.test"', startIndex="1", count="100")
    body = listed.json()
    assert body["totalResults"] == 1 and body["itemsPerPage"] == 1
    assert body["Resources"][0]["id"] == str(world.member.pk)
    assert body["schemas"] == ["urn:ietf:params:scim:api:messages:2.0:ListResponse"]


def test_entra_finds_a_user_by_external_id(world, scim):
    created = scim.post("Users", entra_user()).json()
    listed = scim.get("Users", filter='externalId eq "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef"')
    assert [r["id"] for r in listed.json()["Resources"]] == [created["id"]]
    none = scim.get("Users", filter='externalId eq "nobody"').json()
    assert none["totalResults"] == 0 and none["Resources"] == []


@pytest.mark.parametrize(
    "expression",
    ['userName co "acme"', "userName eq", 'password eq "x"', 'userName eq "a" or id eq "1"', "("],
)
def test_a_filter_cairn_does_not_support_is_a_scim_400(world, scim, expression):
    response = scim.get("Users", filter=expression)
    assert response.status_code == 400
    assert response.json()["scimType"] == "invalidFilter"


def test_filters_combine_with_and(world, scim):
    expression = f'userName eq "member@acme.test" and id eq "{world.member.pk}"'
    assert scim.get("Users", filter=expression).json()["totalResults"] == 1
    expression = f'userName eq "member@acme.test" and id eq "{world.admin.pk}"'
    assert scim.get("Users", filter=expression).json()["totalResults"] == 0


def test_pages_follow_start_index_and_count(world, scim):
    everyone = scim.get("Users").json()
    assert everyone["totalResults"] == 4  # admin, lead, member, viewer — not the outsider
    page = scim.get("Users", startIndex="2", count="2").json()
    assert page["startIndex"] == 2 and page["itemsPerPage"] == 2
    assert [r["id"] for r in page["Resources"]] == [r["id"] for r in everyone["Resources"][1:3]]
    assert scim.get("Users", count="0").json()["Resources"] == []
    assert scim.get("Users", startIndex="-5").json()["startIndex"] == 1
    response = scim.get("Users", count="many")
    assert response.status_code == 400 and response.json()["scimType"] == "invalidValue"


def test_listing_users_costs_the_same_queries_with_more_people(world, scim):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert scim.get("Users").status_code == 200
        return len(queries)

    count()  # the first use of the token records it
    few = count()
    for _ in range(5):
        ProvisionedPerson.objects.create(
            person=PersonFactory(organisation=world.organisation), external_id="x"
        )
    assert count() == few


def test_okta_deactivates_with_a_pathless_replace_through_offboarding(world, scim, kr):
    token = token_create(person=world.member, name="ci")
    client = scim.client.__class__()
    client.force_login(world.member.user)
    response = scim.patch(
        f"Users/{world.member.pk}", patch({"op": "replace", "value": {"active": False}})
    )
    assert response.status_code == 200, response.content
    assert response.json()["active"] is False
    world.member.refresh_from_db()
    assert world.member.is_active is False
    assert token_find(token.plaintext) is None
    assert client.get("/").status_code == 302  # the session ended
    kr.refresh_from_db()
    assert kr.owner_id is None  # open OKRs leave with the person; history stays
    assert Change.objects.filter(key_result=kr, field="owner").exists()  # history recorded


def test_entra_deactivates_with_the_string_false_and_reactivates(world, scim):
    url = f"Users/{world.member.pk}"
    off = scim.patch(url, patch({"op": "Replace", "path": "active", "value": "False"}))
    assert off.status_code == 200 and off.json()["active"] is False
    on = scim.patch(url, patch({"op": "Replace", "path": "active", "value": "True"}))
    assert on.status_code == 200 and on.json()["active"] is True
    world.member.refresh_from_db()
    assert world.member.is_active


def test_entra_patches_names_and_ignores_attributes_cairn_does_not_keep(world, scim):
    created = scim.post("Users", entra_user()).json()
    response = scim.patch(
        f"Users/{created['id']}",
        patch(
            {"op": "Replace", "path": "name.familyName", "value": "Smith"},
            {"op": "Add", "path": "title", "value": "Sales lead"},
            {"op": "Replace", "path": 'emails[type eq "work"].value', "value": "x@acme.test"},
            {
                "op": "Add",
                "path": "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department",
                "value": "Marketing",
            },
        ),
    )
    assert response.status_code == 200, response.content
    person = _person("jane.doe@acme.test")
    assert person.user.last_name == "Smith" and person.job_title == "Sales lead"


@pytest.mark.parametrize(
    "body",
    [
        {"Operations": "replace"},
        {"Operations": []},
        {"Operations": [{"op": "move", "path": "active", "value": False}]},
        {"Operations": [{"op": "remove"}]},
        {"Operations": [{"op": "remove", "path": "active"}]},
        {"Operations": [{"op": "replace", "value": False}]},
        {"Operations": [{"op": "replace", "path": "active", "value": "no"}]},
    ],
)
def test_a_bad_patch_is_a_scim_400_and_changes_nothing(world, scim, body):
    response = scim.patch(f"Users/{world.member.pk}", body)
    assert response.status_code == 400
    assert response.json()["schemas"] == [ERROR]
    world.member.refresh_from_db()
    assert world.member.is_active


def test_a_patch_that_fails_halfway_keeps_the_first_change_out(world, scim):
    body = patch(
        {"op": "replace", "path": "name.givenName", "value": "Changed"},
        {"op": "replace", "path": "roles", "value": [{"value": "owner"}]},
    )
    assert scim.patch(f"Users/{world.member.pk}", body).status_code == 400
    world.member.user.refresh_from_db()
    assert world.member.user.first_name != "Changed"


def test_the_last_admin_cannot_be_deactivated(world, scim):
    response = scim.patch(
        f"Users/{world.admin.pk}", patch({"op": "replace", "value": {"active": False}})
    )
    assert response.status_code == 400
    assert "admin" in response.json()["detail"]
    world.admin.refresh_from_db()
    assert world.admin.is_active


def test_put_replaces_names_and_title(world, scim):
    created = scim.post("Users", okta_user()).json()
    body = okta_user(name={"givenName": "Tess", "familyName": "Usher"}, title="Engineer")
    response = scim.put(f"Users/{created['id']}", body)
    assert response.status_code == 200
    assert response.json()["name"]["givenName"] == "Tess"
    assert response.json()["title"] == "Engineer"


def test_an_account_shared_with_another_organisation_keeps_its_names(world, scim):
    PersonFactory(organisation=world.outsider.organisation, user=world.member.user)
    body = {"userName": "renamed@acme.test", "name": {"givenName": "Hijacked"}}
    response = scim.put(f"Users/{world.member.pk}", body)
    assert response.status_code == 200
    world.member.user.refresh_from_db()
    assert world.member.user.email == "member@acme.test"
    assert world.member.user.first_name != "Hijacked"


def test_changing_user_name_to_a_taken_address_is_409(world, scim):
    created = scim.post("Users", okta_user()).json()
    response = scim.put(f"Users/{created['id']}", {"userName": "outsider@other.test"})
    assert response.status_code == 409
    assert _person("test.user@acme.test").user.email == "test.user@acme.test"


def test_delete_deactivates_keeps_history_and_hides_the_user(world, scim):
    ObjectiveFactory(cycle=world.cycle, team=world.team, owner=world.member)
    KeyResultFactory(objective=world.objective, owner=world.member)
    assert scim.delete(f"Users/{world.member.pk}").status_code == 204
    world.member.refresh_from_db()
    assert world.member.is_active is False
    assert Person.objects.filter(pk=world.member.pk).exists()
    assert scim.get(f"Users/{world.member.pk}").status_code == 404
    assert scim.get("Users", filter='userName eq "member@acme.test"').json()["totalResults"] == 0


def test_creating_a_deleted_user_again_brings_them_back(world, scim):
    created = scim.post("Users", okta_user()).json()
    assert scim.delete(f"Users/{created['id']}").status_code == 204
    again = scim.post("Users", okta_user(name={"givenName": "Back", "familyName": "Again"}))
    assert again.status_code == 201
    assert again.json()["id"] == created["id"] and again.json()["active"] is True
    assert _person("test.user@acme.test").user.first_name == "Back"


def test_a_person_scim_provisions_then_deactivates_is_recorded(world, scim):
    created = scim.post("Users", okta_user("new.person@acme.test"))
    assert created.status_code == 201, created.content
    person_id = created.json()["id"]
    assert scim.patch(
        f"Users/{person_id}",
        {"schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
         "Operations": [{"op": "replace", "value": {"active": False}}]},
    ).status_code == 200  # fmt: skip
    from cairn.audit.models import AuditEvent

    events = AuditEvent.objects.filter(action__startswith="scim_user").order_by("id")
    assert [(e.action, e.object_label, e.actor_label) for e in events] == [
        ("scim_user_provisioned", "new.person@acme.test", "SCIM"),
        ("scim_user_deactivated", "new.person@acme.test", "SCIM"),
    ]
    assert {e.organisation_id for e in events} == {world.organisation.pk}

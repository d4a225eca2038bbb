"""POST /people invites: an existing account joins only when its owner accepts, and the answer
never tells the admin whether the address already had an account."""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import Client

from cairn.accounts.models import Invitation
from cairn.organisations.models import Person
from tests.api.conftest import problem_fields
from tests.factories import PersonFactory


@pytest.fixture(autouse=True)
def whole_site(api_settings):
    """Serve the web app too: the invitation email links to its acceptance page."""
    api_settings.ROOT_URLCONF = "cairn.urls"


@pytest.fixture
def alice(db) -> Person:
    """Return Alice, a member of another organisation."""
    return PersonFactory(
        user__email="alice@elsewhere.test", user__first_name="Alicia", user__last_name="Zephyr"
    )


def add(client, email: str, capture, **fields):
    """Return the answer to adding `email`, with the invitation email sent."""
    with capture(execute=True):
        return client.post("/api/v1/people", {"email": email, **fields})


def token_in(message) -> str:
    """Return the invitation token of the link in an email."""
    link = next(word for word in message.body.split() if "/invitations/" in word)
    return link.rstrip("/").rsplit("/", 1)[1]


def test_adding_an_existing_account_invites_instead_of_adding(
    world, api, alice, django_capture_on_commit_callbacks
):
    response = add(api["admin"], "Alice@elsewhere.test", django_capture_on_commit_callbacks)
    assert response.status_code == 202
    assert not Person.objects.filter(organisation=world.organisation, user=alice.user).exists()
    assert [m.to for m in mail.outbox] == [["alice@elsewhere.test"]]
    assert Invitation.objects.get(pk=response.json()["id"]).organisation == world.organisation


def test_the_answer_is_the_same_for_an_existing_account_and_a_new_address(
    world, api, alice, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    known = add(api["admin"], "alice@elsewhere.test", capture, role="viewer")
    unknown = add(api["admin"], "nobody-yet@elsewhere.test", capture, role="viewer")
    assert known.status_code == unknown.status_code == 202
    known_body, unknown_body = known.json(), unknown.json()
    assert known_body.keys() == unknown_body.keys()
    varying = {"id", "email", "created_at", "expires_at"}
    assert {k: v for k, v in known_body.items() if k not in varying} == {
        k: v for k, v in unknown_body.items() if k not in varying
    }
    assert known_body["status"] == "pending" and known_body["email"] == "alice@elsewhere.test"
    assert "Alicia" not in known.content.decode() and "Zephyr" not in known.content.decode()
    assert not {"user", "user_id", "name", "first_name", "last_name"} & known_body.keys()
    assert not Person.objects.filter(user__email="nobody-yet@elsewhere.test").exists()


def test_alice_accepts_signed_in_as_herself_and_joins_with_the_role_and_manager(
    world, api, alice, django_capture_on_commit_callbacks
):
    body = {"role": "viewer", "manager": world.lead.pk, "first_name": "Not", "last_name": "Hers"}
    add(api["admin"], "alice@elsewhere.test", django_capture_on_commit_callbacks, **body)
    client = Client()
    client.force_login(alice.user)
    assert client.post(f"/invitations/{token_in(mail.outbox[0])}/").status_code == 302
    joined = Person.objects.get(organisation=world.organisation, user=alice.user)
    assert joined.role == "viewer" and joined.manager == world.lead
    alice.user.refresh_from_db()
    assert alice.user.get_full_name() == "Alicia Zephyr"  # the admin's names never overwrite hers


def test_someone_else_cannot_accept_alices_invitation(
    world, api, alice, django_capture_on_commit_callbacks
):
    add(api["admin"], "alice@elsewhere.test", django_capture_on_commit_callbacks)
    token = token_in(mail.outbox[0])
    client = Client()
    client.force_login(world.outsider.user)
    response = client.post(f"/invitations/{token}/")
    assert response.status_code == 200 and "Sign in" in response.content.decode()
    assert not Person.objects.filter(organisation=world.organisation, user=alice.user).exists()
    assert not Person.objects.filter(
        organisation=world.organisation, user=world.outsider.user
    ).exists()


def test_a_new_address_joins_by_setting_a_password(world, api, django_capture_on_commit_callbacks):
    fields = {"first_name": "Nia", "last_name": "Ode", "role": "member"}
    add(api["admin"], "nia@acme.test", django_capture_on_commit_callbacks, **fields)
    token = token_in(mail.outbox[0])
    page = Client().get(f"/invitations/{token}/").content.decode()
    assert 'value="Nia"' in page  # the admin's names are suggested to the invitee
    password = "a-long-pass-phrase-42"
    data = {"first_name": "Nia", "last_name": "Ode", "password": password}
    response = Client().post(f"/invitations/{token}/", {**data, "password_again": password})
    assert response.status_code == 302
    joined = Person.objects.get(organisation=world.organisation, user__email="nia@acme.test")
    assert joined.name == "Nia Ode" and joined.role == "member"


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_only_admins_invite(world, api, persona):
    assert api[persona].post("/api/v1/people", {"email": "x@acme.test"}).status_code == 403
    assert not Invitation.objects.exists()


def test_it_refuses_bad_input_and_people_already_in_the_organisation(world, api):
    assert problem_fields(api["admin"].post("/api/v1/people", {"email": "nope"})) == ["email"]
    again = api["admin"].post("/api/v1/people", {"email": "member@acme.test"})
    assert again.status_code == 422 and problem_fields(again) == ["email"]
    unknown = api["admin"].post("/api/v1/people", {"email": "x@acme.test", "manager": 999999})
    assert problem_fields(unknown) == ["manager"]
    outsider = {"email": "x@acme.test", "manager": world.outsider.pk}
    assert problem_fields(api["admin"].post("/api/v1/people", outsider)) == ["manager"]
    assert not Invitation.objects.exists()


def test_admins_list_pending_invitations_and_others_cannot(world, api):
    created = api["admin"].post("/api/v1/people", {"email": "x@acme.test"}).json()
    items = api["admin"].get("/api/v1/invitations").json()["items"]
    assert [i["id"] for i in items] == [created["id"]]
    assert api["admin"].get(f"/api/v1/invitations/{created['id']}").json() == created
    assert api["member"].get("/api/v1/invitations").status_code == 403
    assert api["outsider"].get(f"/api/v1/invitations/{created['id']}").status_code == 404
    assert api["outsider"].get("/api/v1/invitations").status_code == 200
    assert api["outsider"].get("/api/v1/invitations").json()["items"] == []

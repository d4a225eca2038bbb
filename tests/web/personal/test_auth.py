"""Sign-in, throttling, sign-out, password reset, invitations and switching organisation."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils import timezone

from cairn.accounts.models import Invitation
from cairn.accounts.services import invitation_accept, invitation_create, token_hash
from cairn.organisations.models import Person
from tests.factories import PASSWORD, PersonFactory


@pytest.fixture(autouse=True)
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def strip_tokens(response, email: str) -> str:
    """Return the page with the email and its CSRF tokens (new on every page) blanked."""
    html = re.sub(
        r'(csrfmiddlewaretoken" value=|"X-CSRFToken": )"[^"]*"', "", response.content.decode()
    )
    return re.sub(r"expires \S+", "expires", html).replace(email, "EMAIL")


def sign_in(client, email, password=PASSWORD):
    return client.post("/sign-in/", {"username": email, "password": password})


def test_it_signs_in_with_email_in_any_case(world, client):
    response = sign_in(client, "MEMBER@acme.test")
    assert response.status_code == 302 and response["Location"] == "/"
    assert client.get("/").status_code == 200


def test_it_explains_a_wrong_password(world, client):
    response = sign_in(client, "member@acme.test", "nope")
    assert response.status_code == 200
    assert "do not match" in response.content.decode()


def test_it_pauses_sign_in_after_five_failures(world, client):
    for _ in range(4):
        assert "do not match" in sign_in(client, "member@acme.test", "wrong").content.decode()
    assert sign_in(client, "member@acme.test", "wrong").status_code == 429  # the fifth pauses
    response = sign_in(client, "member@acme.test")  # even the right password waits
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many failed attempts" in page and "wait 15 minutes" in page
    assert 'href="/password/reset/"' in page
    assert client.get("/").status_code == 302  # not signed in
    assert sign_in(client, "lead@acme.test").status_code == 302  # other accounts unaffected


def test_pages_need_sign_in(client):
    response = client.get("/check-in/")
    assert response.status_code == 302 and response["Location"].startswith("/sign-in/")


def test_sign_out_is_a_post(world, client_for):
    client = client_for(world.member)
    assert client.get("/sign-out/").status_code == 405
    assert client.post("/sign-out/").status_code == 302
    assert client.get("/").status_code == 302


def test_password_reset_sends_a_link(world, client):
    response = client.post("/password/reset/", {"email": "member@acme.test"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1 and "/password/reset/" in mail.outbox[0].body


def test_a_user_without_organisation_sees_a_friendly_page(db, client):
    user = get_user_model().objects.create_user("lonely@example.com", PASSWORD)
    client.force_login(user)
    response = client.get("/")
    assert response.status_code == 403
    assert "not in an organisation" in response.content.decode()


class TestInvitations:
    def test_admin_invites_by_email_and_the_token_is_stored_hashed(
        self, world, client_for, django_capture_on_commit_callbacks
    ):
        client = client_for(world.admin)
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post("/invitations/", {"email": "New@acme.test", "role": "member"})
        assert response.status_code == 302
        invitation = Invitation.objects.get(email="new@acme.test")
        assert len(mail.outbox) == 1
        link = next(w for w in mail.outbox[0].body.split() if "/invitations/" in w)
        token = link.rstrip("/").rsplit("/", 1)[1]
        assert invitation.token_hash == token_hash(token) and token not in invitation.token_hash

    @pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
    def test_only_admins_invite(self, world, client_for, persona):
        client = client_for(getattr(world, persona))
        assert client.get("/invitations/").status_code == 403
        assert (
            client.post("/invitations/", {"email": "x@acme.test", "role": "member"}).status_code
            == 403
        )

    def test_it_rejects_a_bad_email_next_to_the_field(self, world, client_for):
        response = client_for(world.admin).post(
            "/invitations/", {"email": "nope", "role": "member"}
        )
        assert response.status_code == 200
        assert "Enter a valid email address" in response.content.decode()

    def test_the_invitee_sets_a_password_and_joins_once(self, world, client):
        _, token = invitation_create(
            organisation=world.organisation, actor=world.admin, email="new@acme.test"
        )
        data = {
            "first_name": "Nia",
            "last_name": "Ode",
            "password": "a-long-pass-phrase-42",
            "password_again": "a-long-pass-phrase-42",
        }
        response = client.post(f"/invitations/{token}/", data)
        assert response.status_code == 302
        person = Person.objects.get(user__email="new@acme.test")
        assert person.organisation == world.organisation and person.role == "member"
        assert client.get("/").status_code == 200  # signed in
        client.logout()
        assert client.post(f"/invitations/{token}/", data).status_code == 404  # single use

    def test_a_weak_password_is_refused_next_to_the_field(self, world, client):
        _, token = invitation_create(
            organisation=world.organisation, actor=world.admin, email="new@acme.test"
        )
        data = {"password": "123", "password_again": "123"}
        response = client.post(f"/invitations/{token}/", data)
        assert response.status_code == 200
        assert "too short" in response.content.decode()
        assert not Person.objects.filter(user__email="new@acme.test").exists()

    def test_an_expired_invitation_is_refused(self, world, client):
        invitation, token = invitation_create(
            organisation=world.organisation, actor=world.admin, email="new@acme.test"
        )
        Invitation.objects.filter(pk=invitation.pk).update(
            expires_at=timezone.now() - dt.timedelta(1)
        )
        assert client.get(f"/invitations/{token}/").status_code == 404
        assert client.get("/invitations/not-a-token/").status_code == 404

    def test_an_existing_user_must_sign_in_to_accept(self, world, client):
        _, token = invitation_create(
            organisation=world.organisation, actor=world.admin, email="outsider@other.test"
        )
        response = client.post(f"/invitations/{token}/", {"password": "x", "password_again": "x"})
        assert "already has a Cairn account" in response.content.decode()
        assert not Person.objects.filter(
            organisation=world.organisation, user=world.outsider.user
        ).exists()
        client.force_login(world.outsider.user)
        assert client.post(f"/invitations/{token}/").status_code == 302
        assert Person.objects.filter(
            organisation=world.organisation, user=world.outsider.user
        ).exists()

    def test_inviting_an_existing_account_answers_as_for_a_new_address(
        self, world, client_for, django_capture_on_commit_callbacks
    ):
        alice = PersonFactory(
            user__email="alice@elsewhere.test", user__first_name="Alicia", user__last_name="Zy"
        )
        client = client_for(world.admin)
        pages = []
        for email in ("alice@elsewhere.test", "nobody-yet@elsewhere.test"):
            data = {"email": email, "role": "member", "first_name": "Al", "last_name": "Ice"}
            with django_capture_on_commit_callbacks(execute=True):
                response = client.post("/invitations/", data, follow=True)
            assert response.redirect_chain == [("/invitations/", 302)]
            assert f"Invitation sent to {email}." in response.content.decode()
            assert mail.outbox[-1].to == [email]
            pages.append((response.status_code, strip_tokens(response, email)))
            invitation = Invitation.objects.get()  # the admin's names wait on the invitation
            assert (invitation.email, invitation.first_name, invitation.last_name) == (
                email,
                "Al",
                "Ice",
            )
            invitation.delete()  # so both pages list the same pending invitations
        assert pages[0] == pages[1]
        assert "Alicia" not in pages[0][1] and "Zy" not in pages[0][1]
        assert not Person.objects.filter(organisation=world.organisation, user=alice.user).exists()

    def test_nobody_but_the_invitee_accepts_an_invitation_to_an_existing_account(
        self, world, client
    ):
        _, token = invitation_create(
            organisation=world.organisation, actor=world.admin, email="outsider@other.test"
        )
        other = PersonFactory(user__email="someone@other.test")  # not the invitee
        client.force_login(other.user)
        page = client.post(f"/invitations/{token}/").content.decode()
        assert "already has a Cairn account" in page
        with pytest.raises(ValidationError):
            invitation_accept(token=token, user=other.user)
        assert not Person.objects.filter(organisation=world.organisation, user=other.user).exists()
        assert Invitation.objects.get().accepted_at is None


class TestOrganisationSwitch:
    def test_a_person_in_two_organisations_switches(self, world, client_for):
        other = PersonFactory(user=world.member.user)  # the member also belongs elsewhere
        client = client_for(world.member)
        page = client.get("/").content.decode()
        assert 'id="org-switch"' in page and "Acme" in page
        assert client.post("/organisation/switch/", {"person": other.pk}).status_code == 302
        assert client.get("/").context["request"].person == other

    def test_it_refuses_someone_elses_membership(self, world, client_for):
        client = client_for(world.member)
        client.post("/organisation/switch/", {"person": world.outsider.pk})
        assert client.get("/").context["request"].person == world.member

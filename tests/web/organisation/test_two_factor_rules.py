"""Two-factor sign-in required per organisation: the rules page, enforcement per role, resets."""

from __future__ import annotations

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.admin.models import LogEntry
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from cairn.accounts.two_factor import two_factor_reset
from cairn.api.models import ApiToken
from cairn.api.tokens import token_create
from cairn.organisations.models import Role, TwoFactorPolicy
from tests.accounts.two_factor_helpers import (
    confirm_password,
    enter_code,
    secret_on_page,
    sign_in,
    totp_code,
    turn_on_totp,
)
from tests.factories import PersonFactory

RULES = "/settings/two-factor/organisation/"


@pytest.fixture(autouse=True)
def totp_drift(settings):
    settings.MFA_TOTP_TOLERANCE = 1


def reset_url(person) -> str:
    return f"/settings/two-factor/organisation/{person.pk}/reset/"


def require(world, policy) -> None:
    world.organisation.two_factor_required = policy
    world.organisation.save()


@pytest.mark.parametrize(
    ("persona", "status"), [("admin", 200), ("lead", 403), ("member", 403), ("viewer", 403)]
)
def test_only_admins_see_the_rules(world, client_for, persona, status):
    assert client_for(getattr(world, persona)).get(RULES).status_code == status


def test_an_admin_requires_two_factor_and_it_is_recorded(world, client_for):
    client = client_for(world.admin)
    response = client.post(RULES, {"two_factor_required": "everyone"})
    assert response.status_code == 302
    world.organisation.refresh_from_db()
    assert world.organisation.two_factor_required == TwoFactorPolicy.EVERYONE
    entry = LogEntry.objects.get(user=world.admin.user)
    assert "Nobody → Everyone" in entry.change_message


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_others_cannot_change_the_rules(world, client_for, persona):
    client_for(getattr(world, persona)).post(RULES, {"two_factor_required": "everyone"})
    world.organisation.refresh_from_db()
    assert world.organisation.two_factor_required == TwoFactorPolicy.NOBODY


def test_a_bad_choice_is_explained_and_changes_nothing(world, client_for):
    response = client_for(world.admin).post(RULES, {"two_factor_required": "robots"})
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    world.organisation.refresh_from_db()
    assert world.organisation.two_factor_required == TwoFactorPolicy.NOBODY


@pytest.mark.parametrize(
    ("policy", "held_back"),
    [
        ("nobody", set()),
        ("admins", {"admin"}),
        ("everyone", {"admin", "lead", "member", "viewer"}),
    ],
)
def test_who_is_held_back_until_they_set_it_up(world, client_for, policy, held_back):
    require(world, policy)
    for persona in ("admin", "lead", "member", "viewer"):
        client = client_for(getattr(world, persona))
        response = client.get("/")
        if persona in held_back:
            assert response.status_code == 302 and response["Location"] == "/settings/two-factor/"
            assert client.get("/settings/two-factor/").status_code == 200
        else:
            assert response.status_code == 200, persona
        client.logout()


def test_held_back_means_no_pages_no_session_api_no_new_tokens(world, client_for):
    require(world, "everyone")
    old = token_create(person=world.member, name="ci")
    client = client_for(world.member)
    assert client.get("/check-in/")["Location"] == "/settings/two-factor/"
    assert client.post("/settings/tokens/", {"name": "new", "scope": "read"}).status_code == 302
    assert ApiToken.objects.filter(person=world.member).count() == 1
    api = client.get("/api/v1/objectives")
    assert api.status_code == 403 and api["Content-Type"] == "application/problem+json"
    bell = client.get("/notifications/bell/", headers={"HX-Request": "true"})
    assert bell.status_code == 403 and "HX-Redirect" not in bell  # no reload loop
    token_client = Client(headers={"Authorization": f"Bearer {old.plaintext}"})
    assert token_client.get("/api/v1/objectives").status_code == 200  # tokens keep working
    with pytest.raises(Exception, match="two-factor"):
        token_create(person=world.member, name="direct", actor=world.member)


def test_once_set_up_everything_opens(world):
    require(world, "admins")
    client = Client()
    assert sign_in(client, "admin@acme.test")["Location"] == "/"
    assert client.get("/")["Location"] == "/settings/two-factor/"
    page = client.get("/settings/two-factor/")
    assert "requires two-factor sign-in for you" in page.content.decode()
    confirm_password(client, "/settings/two-factor/app/")
    secret = secret_on_page(client.get("/settings/two-factor/app/").content.decode())
    client.post("/settings/two-factor/app/", {"code": totp_code(secret)})
    assert client.get("/").status_code == 200
    client.post("/sign-out/")
    assert sign_in(client, "admin@acme.test")["Location"] == "/sign-in/two-factor/"
    assert enter_code(client, totp_code(secret, 1))["Location"] == "/"
    assert client.get("/").status_code == 200


def test_a_membership_elsewhere_that_requires_it_counts(world, client_for):
    elsewhere = world.outsider.organisation
    elsewhere.two_factor_required = TwoFactorPolicy.EVERYONE
    elsewhere.save()
    PersonFactory(organisation=elsewhere, user=world.member.user, role=Role.MEMBER)
    assert client_for(world.member).get("/")["Location"] == "/settings/two-factor/"


def test_an_admin_resets_a_persons_two_factor(world, client_for):
    turn_on_totp(world.member.user)
    turn_on_totp(world.lead.user)
    response = client_for(world.admin).post(reset_url(world.member))
    assert response.status_code == 302
    assert not Authenticator.objects.filter(user=world.member.user).exists()
    assert Authenticator.objects.filter(user=world.lead.user).count() == 2  # only theirs
    entry = LogEntry.objects.get(user=world.admin.user, object_id=str(world.member.user.pk))
    assert "Two-factor sign-in reset in Acme" in entry.change_message
    client = Client()
    assert sign_in(client, "member@acme.test")["Location"] == "/"  # the password alone again


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_only_admins_reset(world, client_for, persona):
    turn_on_totp(world.member.user)
    response = client_for(getattr(world, persona)).post(reset_url(world.member))
    assert response.status_code == 403
    assert Authenticator.objects.filter(user=world.member.user).count() == 2


def test_another_organisations_person_is_not_found(world, client_for):
    turn_on_totp(world.outsider.user)
    assert client_for(world.admin).post(reset_url(world.outsider)).status_code == 404
    assert client_for(world.outsider).post(reset_url(world.member)).status_code == 404
    assert Authenticator.objects.filter(user=world.outsider.user).count() == 2


def test_an_admin_cannot_reset_their_own_here(world):
    turn_on_totp(world.admin.user)
    with pytest.raises(Exception, match="your own"):
        two_factor_reset(person=world.admin, actor=world.admin)


def test_reset_is_a_post(world, client_for):
    assert client_for(world.admin).get(reset_url(world.member)).status_code == 405


def _count(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(RULES).status_code == 200
    return len(queries)


def test_the_rules_page_query_count_does_not_grow(world, client_for):
    client = client_for(world.admin)
    client.get(RULES)
    small = _count(client)
    for person in PersonFactory.create_batch(12, organisation=world.organisation):
        turn_on_totp(person.user)
    assert _count(client) == small


def test_names_are_escaped(world, client_for):
    world.member.user.first_name = "<script>alert(1)</script>"
    world.member.user.save()
    turn_on_totp(world.member.user)
    html = client_for(world.admin).get(RULES).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html

"""OpenID Connect sign-in end to end against a local provider: JIT, reuse, refusals."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from allauth.socialaccount.models import SocialAccount
from django.contrib.auth import get_user_model
from django.test import Client

from cairn.organisations.models import Person, Role, TeamMembership
from tests.sso.conftest import at_provider, connect, sso_sign_in, start
from tests.sso.idp import Identity, TestIdentityProvider

User = get_user_model()


def _signed_in_as(client: Client) -> str | None:
    response = client.get("/")
    if response.status_code != 200:
        return None
    return response.wsgi_request.user.email


def test_a_first_sign_in_creates_the_person_in_the_default_team(world, idp, connection):
    client = Client()
    response = sso_sign_in(client, idp, "new.person@acme.test")
    assert response.status_code == 302 and response["Location"] == "/"
    person = Person.objects.select_related("user").get(user__email="new.person@acme.test")
    assert person.organisation == world.organisation and person.role == Role.MEMBER
    assert TeamMembership.objects.filter(team=world.team, person=person).exists()
    assert person.user.get_full_name() == "Sam Signer"
    assert not person.user.has_usable_password()
    assert _signed_in_as(client) == "new.person@acme.test"


def test_the_default_role_applies(world, idp):
    connect(world.organisation, world.admin, idp, default_role=Role.VIEWER)
    sso_sign_in(Client(), idp, "viewer.two@acme.test")
    assert Person.objects.get(user__email="viewer.two@acme.test").role == Role.VIEWER


def test_a_second_sign_in_reuses_the_account(world, idp, connection):
    sso_sign_in(Client(), idp, "again@acme.test")
    client = Client()
    response = sso_sign_in(client, idp, "again@acme.test")
    assert response.status_code == 302 and response["Location"] == "/"
    assert User.objects.filter(email="again@acme.test").count() == 1
    assert Person.objects.filter(user__email="again@acme.test").count() == 1
    assert SocialAccount.objects.filter(user__email="again@acme.test").count() == 1
    assert _signed_in_as(client) == "again@acme.test"


def test_an_existing_member_is_linked_not_duplicated(world, idp, connection):
    client = Client()
    sso_sign_in(client, idp, "Member@acme.test")
    assert _signed_in_as(client) == "member@acme.test"
    assert SocialAccount.objects.get(user=world.member.user).provider == connection.app.provider_id
    assert Person.objects.filter(user=world.member.user).count() == 1


def test_the_provider_got_a_nonce_and_pkce(world, idp, connection):
    client = Client()
    idp.identity = None
    query = parse_qs(urlsplit(start(client, "acme")).query)
    assert query["nonce"][0] and query["state"][0]
    assert query["code_challenge_method"] == ["S256"]
    assert query["redirect_uri"][0].endswith(
        f"/sso/oidc/{connection.app.provider_id}/login/callback/"
    )


@pytest.mark.parametrize("tamper", ["audience", "nonce", "signature", "issuer", "expired"])
def test_a_bad_id_token_is_refused(world, idp, connection, tamper):
    idp.tamper = tamper
    client = Client()
    response = sso_sign_in(client, idp, "new.person@acme.test", identifier="acme")
    assert response.status_code == 401  # allauth's "authentication error" page
    assert "Single sign-on failed" in response.content.decode()
    assert not User.objects.filter(email="new.person@acme.test").exists()
    assert _signed_in_as(client) is None


def test_a_bad_token_does_not_sign_in_an_existing_member(world, idp, connection):
    idp.tamper = "signature"
    client = Client()
    sso_sign_in(client, idp, "member@acme.test")
    assert _signed_in_as(client) is None
    assert not SocialAccount.objects.exists()


def test_an_address_outside_the_allowed_domains_is_refused_clearly(world, idp, connection):
    client = Client()
    response = sso_sign_in(client, idp, "someone@elsewhere.test", identifier="acme")
    assert response.status_code == 403
    assert "may not sign in to Acme with single sign-on" in response.content.decode()
    assert not User.objects.filter(email="someone@elsewhere.test").exists()
    assert _signed_in_as(client) is None


def test_an_account_of_another_organisation_is_not_joined(world, idp):
    connect(world.organisation, world.admin, idp, allowed_domains="acme.test other.test")
    client = Client()
    response = sso_sign_in(client, idp, "outsider@other.test")
    assert response.status_code == 403
    page = response.content.decode()
    assert "not an active member of Acme" in page
    assert world.outsider.organisation.name not in page
    assert not Person.objects.filter(
        organisation=world.organisation, user=world.outsider.user
    ).exists()
    assert _signed_in_as(client) is None


def test_another_organisations_provider_cannot_sign_someone_into_this_one(world, idp, connection):
    other = world.outsider.organisation
    rogue = TestIdentityProvider(client_id="rogue").start()
    try:
        # The other organisation's admin claims Acme's domain for their own provider.
        connect(other, world.outsider, rogue, allowed_domains="acme.test")
        client = Client()
        response = sso_sign_in(client, rogue, "member@acme.test", identifier=other.slug)
        assert response.status_code == 403
        assert _signed_in_as(client) is None
        assert not SocialAccount.objects.filter(user=world.member.user).exists()
        # A new address comes in only as a person of the rogue's own organisation.
        sso_sign_in(Client(), rogue, "fresh@acme.test", identifier=other.slug)
        fresh = Person.objects.get(user__email="fresh@acme.test")
        assert fresh.organisation == other
    finally:
        rogue.stop()


def test_a_deactivated_person_cannot_sign_in_with_sso(world, idp, connection):
    from cairn.organisations.offboarding import person_deactivate

    person_deactivate(person=world.member, actor=None, successor=None)
    client = Client()
    assert sso_sign_in(client, idp, "member@acme.test").status_code == 403
    assert _signed_in_as(client) is None


def test_an_unverified_email_is_refused(world, idp, connection):
    client = Client()
    idp.identity = Identity(email="new.person@acme.test", email_verified=False)
    back = urlsplit(at_provider(start(client, "acme")))
    response = client.get(f"{back.path}?{back.query}")
    assert response.status_code == 403
    assert not User.objects.filter(email="new.person@acme.test").exists()


def test_sign_in_with_sso_by_unknown_address_moves_on_to_the_password(world, idp, connection):
    response = Client().post("/sign-in/sso/", {"identifier": "someone@nowhere.test"})
    assert response.status_code == 200
    assert response.context["url"] == "/sign-in/?sso=none"
    page = Client().get(response.context["url"]).content.decode()
    assert "Single sign-on is not set up for what you entered" in page


def test_a_disabled_connection_is_not_offered(world, idp, connection):
    connect(world.organisation, world.admin, idp, enabled=False)
    response = Client().post("/sign-in/sso/", {"identifier": "new@acme.test"})
    assert response.status_code == 200 and response.context["url"] == "/sign-in/?sso=none"


def test_the_outbound_guard_refuses_a_loopback_provider_unless_allowed(
    world, idp, connection, settings
):
    settings.OUTBOUND_ALLOWED_NETWORKS = []
    client = Client()
    response = client.post("/sign-in/sso/", {"identifier": "acme"})
    assert response.status_code == 200
    assert "could not be reached" in response.content.decode()
    assert "GET /.well-known/openid-configuration" not in idp.requests


def test_one_organisation_per_domain_when_two_claim_it(world, idp, connection):
    other = world.outsider.organisation
    connect(
        other,
        world.outsider,
        TestIdentityProvider(url="http://127.0.0.1:9"),
        allowed_domains="acme.test",
    )
    response = Client().post("/sign-in/sso/", {"identifier": "someone@acme.test"})
    assert response.status_code == 200  # ambiguous: asks for the organisation instead
    assert start(Client(), "acme").startswith(idp.url)


def test_the_connect_process_is_not_offered(world, idp, connection):
    client = Client()
    client.force_login(world.lead.user)
    idp.identity = Identity(email="member@acme.test")
    started = client.post(f"/sso/oidc/{connection.app.provider_id}/login/", {"process": "connect"})
    assert started.status_code == 302
    back = urlsplit(at_provider(started["Location"]))
    response = client.get(f"{back.path}?{back.query}")
    assert response.status_code == 403
    assert not SocialAccount.objects.exists()


def test_sign_in_with_sso_always_signs_in_even_when_asked_to_connect(world, idp, connection):
    client = Client()
    client.force_login(world.lead.user)
    idp.identity = Identity(email="lead@acme.test")
    response = client.post("/sign-in/sso/", {"identifier": "acme", "process": "connect"})
    back = urlsplit(at_provider(response.context["url"]))
    finished = client.get(f"{back.path}?{back.query}")
    assert finished.status_code == 302
    assert SocialAccount.objects.get().user == world.lead.user

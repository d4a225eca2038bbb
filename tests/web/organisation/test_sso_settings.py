"""The single sign-on settings page: admins only, scoped, validated, escaped, constant queries."""

from __future__ import annotations

import pytest
from allauth.socialaccount.models import SocialApp
from django.db import connection as db
from django.test.utils import CaptureQueriesContext

from cairn.sso.models import SsoConnection
from cairn.sso.services import ConnectionInput, sso_connection_save
from tests.factories import PersonFactory, TeamFactory

URL = "/settings/sso/"


@pytest.fixture(autouse=True)
def public_issuers(settings) -> None:
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.1/32"]


def _form(world, **fields) -> dict:
    data = {
        "protocol": "oidc",
        "enabled": "on",
        "server_url": "http://127.0.0.1:9/realms/acme",
        "client_id": "cairn",
        "client_secret": "s3cret",
        "allowed_domains": "acme.test, Acme.example",
        "default_team": world.team.pk,
        "default_role": "member",
    }
    data.update(fields)
    return {k: v for k, v in data.items() if v is not None}


def test_an_admin_configures_oidc(world, client_for):
    response = client_for(world.admin).post(URL, _form(world))
    assert response.status_code == 302
    saved = SsoConnection.objects.select_related("app").get(organisation=world.organisation)
    assert saved.app.provider == "openid_connect" and saved.app.client_id == "cairn"
    assert saved.app.secret == "s3cret"
    assert saved.app.settings["server_url"] == "http://127.0.0.1:9/realms/acme"
    assert saved.domains == ["acme.test", "acme.example"]
    assert saved.default_team == world.team


def test_a_blank_secret_keeps_the_stored_one_and_the_page_never_shows_it(world, client_for):
    client = client_for(world.admin)
    client.post(URL, _form(world))
    client.post(URL, _form(world, client_secret="", client_id="cairn-2"))
    app = SocialApp.objects.get()
    assert (app.client_id, app.secret) == ("cairn-2", "s3cret")
    assert "s3cret" not in client.get(URL).content.decode()


@pytest.mark.parametrize(
    "fields, field",
    [
        ({"allowed_domains": "not a domain!"}, "Not an email domain"),
        ({"client_id": ""}, "This field is required"),
        ({"server_url": "http://169.254.169.254/"}, "cannot be used"),
        ({"server_url": "ftp://idp.test/"}, "only http and https"),
        ({"required": "on"}, "choose an admin"),
    ],
)
def test_bad_settings_are_refused_with_a_message_and_nothing_saved(
    world, client_for, fields, field
):
    response = client_for(world.admin).post(URL, _form(world, **fields))
    assert response.status_code == 200
    assert field in response.content.decode()
    assert not SsoConnection.objects.exists() and not SocialApp.objects.exists()


def test_another_organisations_team_or_person_cannot_be_chosen(world, client_for):
    theirs = TeamFactory(organisation=world.outsider.organisation)
    client = client_for(world.admin)
    response = client.post(URL, _form(world, default_team=theirs.pk))
    assert response.status_code == 200 and not SsoConnection.objects.exists()
    response = client.post(URL, _form(world, required="on", break_glass=world.outsider.pk))
    assert response.status_code == 200 and not SsoConnection.objects.exists()


def test_the_break_glass_account_must_be_an_admin(world, client_for):
    response = client_for(world.admin).post(
        URL, _form(world, required="on", break_glass=world.member.pk)
    )
    assert response.status_code == 200 and not SsoConnection.objects.exists()


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_only_admins_reach_the_page(world, client_for, persona):
    client = client_for(getattr(world, persona))
    assert client.get(URL).status_code == 403
    assert client.post(URL, _form(world)).status_code == 403
    assert client.post(f"{URL}remove/").status_code == 403
    assert not SsoConnection.objects.exists()


def test_each_organisation_sees_only_its_own_settings(world, client_for):
    outsider = world.outsider
    sso_connection_save(
        organisation=outsider.organisation,
        actor=outsider,
        data=ConnectionInput(
            protocol="oidc",
            server_url="http://127.0.0.1:9/theirs",
            client_id="their-client-id",
            client_secret="x",
            allowed_domains="other.test",
        ),
    )
    page = client_for(world.admin).get(URL).content.decode()
    assert "their-client-id" not in page and "other.test" not in page
    assert client_for(world.admin).post(f"{URL}remove/").status_code == 302
    assert SsoConnection.objects.filter(organisation=outsider.organisation).exists()


def test_removing_sso_deletes_the_app(world, client_for):
    client = client_for(world.admin)
    client.post(URL, _form(world))
    assert client.post(f"{URL}remove/").status_code == 302
    assert not SsoConnection.objects.exists() and not SocialApp.objects.exists()


def test_the_page_escapes_names(world, client_for):
    world.organisation.name = "<script>alert(1)</script>"
    world.organisation.save()
    world.team.name = "<script>team</script>"
    world.team.save()
    world.admin.user.first_name = "<script>admin</script>"
    world.admin.user.save()
    page = client_for(world.admin).get(URL).content.decode()
    for raw in ("<script>alert(1)</script>", "<script>team</script>", "<script>admin</script>"):
        assert raw not in page
    assert "&lt;script&gt;team&lt;/script&gt;" in page


def _count(client) -> int:
    with CaptureQueriesContext(db) as queries:
        assert client.get(URL).status_code == 200
    return len(queries)


def test_the_page_costs_the_same_queries_with_more_teams_and_admins(world, client_for):
    client = client_for(world.admin)
    client.post(URL, _form(world))
    few = _count(client)
    for n in range(5):
        TeamFactory(organisation=world.organisation, name=f"Team {n}", slug=f"team-{n}")
        PersonFactory(organisation=world.organisation, role="admin")
    assert _count(client) == few

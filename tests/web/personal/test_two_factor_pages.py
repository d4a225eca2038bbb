"""The person's two-factor pages: every role, Cairn's layout, allauth's WebAuthn under the CSP."""

from __future__ import annotations

import json
import re

import pytest
from allauth.mfa.models import Authenticator
from django.core.cache import cache
from django.test import Client

from tests.accounts.two_factor_helpers import (
    confirm_password,
    enter_code,
    secret_on_page,
    sign_in,
    totp_code,
    turn_on_totp,
)

PERSONAS = ["admin", "lead", "member", "viewer"]


@pytest.fixture(autouse=True)
def totp_drift_and_fresh_cache(settings):
    settings.MFA_TOTP_TOLERANCE = 1
    cache.clear()
    yield
    cache.clear()


def confirmed_client(person, secret: str = "") -> Client:
    """Return a client signed in by the forms (with the app's code if it has one) that just
    confirmed its password again."""
    client = Client()
    response = sign_in(client, person.user.email)
    if secret:
        assert response["Location"] == "/sign-in/two-factor/"
        assert enter_code(client, totp_code(secret))["Location"] == "/"
    assert client.get("/").status_code == 200
    confirm_password(client, "/settings/two-factor/")
    return client


def scripts(html: str) -> list[str]:
    """Return every <script> tag's opening."""
    return re.findall(r"<script[^>]*>", html)


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_role_has_the_two_factor_page(world, client_for, persona):
    response = client_for(getattr(world, persona)).get("/settings/two-factor/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Set up an authenticator app" in html and 'href="/settings/two-factor/app/"' in html
    assert 'href="/settings/two-factor/security-keys/add/"' in html


def test_the_page_needs_sign_in(db):
    response = Client().get("/settings/two-factor/")
    assert response.status_code == 302 and response["Location"].startswith("/sign-in/")


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_role_sets_up_an_app(world, persona):
    person = getattr(world, persona)
    client = confirmed_client(person)
    secret = secret_on_page(client.get("/settings/two-factor/app/").content.decode())
    assert client.post("/settings/two-factor/app/", {"code": totp_code(secret)}).status_code == 302
    assert Authenticator.objects.filter(user=person.user, type="totp").exists()


def test_recovery_codes_are_shown_and_renewed(world):
    secret, codes = turn_on_totp(world.member.user)
    client = confirmed_client(world.member, secret)
    html = client.get("/settings/two-factor/recovery-codes/").content.decode()
    assert all(f"<code>{code}</code>" in html for code in codes)
    assert client.post("/settings/two-factor/recovery-codes/new/").status_code == 302
    html = client.get("/settings/two-factor/recovery-codes/").content.decode()
    assert not any(code in html for code in codes)  # the old ones no longer work
    download = client.get("/settings/two-factor/recovery-codes/download/")
    assert download.status_code == 200 and download["Content-Disposition"].startswith("attachment")


def test_removing_the_app_also_removes_the_recovery_codes(world):
    secret, _codes = turn_on_totp(world.member.user)
    client = confirmed_client(world.member, secret)
    page = client.get("/settings/two-factor/app/remove/")
    assert page.status_code == 200 and "Remove authenticator app" in page.content.decode()
    assert client.post("/settings/two-factor/app/remove/").status_code == 302
    assert not Authenticator.objects.filter(user=world.member.user).exists()


def test_the_security_key_page_runs_allauths_script_from_static_files(world):
    client = confirmed_client(world.member)
    response = client.get("/settings/two-factor/security-keys/add/")
    html = response.content.decode()
    assert response.status_code == 200
    for tag in scripts(html):  # the CSP allows no inline code: a file, or JSON data
        assert "src=" in tag or 'type="application/json"' in tag, tag
    assert 'src="/static/mfa/js/webauthn.js"' in html
    data = json.loads(
        re.search(r'<script id="js_data" type="application/json">(.*?)</script>', html)[1]
    )
    options = data["creation_options"]["publicKey"]
    assert options["rp"] == {"id": "testserver", "name": "Cairn"}
    assert options["user"]["name"] == "member@acme.test" and options["challenge"]


def test_a_forged_security_key_is_refused_without_an_error_page(world):
    client = confirmed_client(world.member)
    client.get("/settings/two-factor/security-keys/add/")  # starts the registration
    for credential in ["{}", "not json", json.dumps({"id": "x", "response": {}})]:
        response = client.post(
            "/settings/two-factor/security-keys/add/", {"name": "k", "credential": credential}
        )
        assert response.status_code == 200
    assert not Authenticator.objects.filter(user=world.member.user).exists()


def test_the_second_step_offers_a_security_key_only_to_those_with_one(world):
    turn_on_totp(world.member.user)
    client = Client()
    sign_in(client, "member@acme.test")
    html = client.get("/sign-in/two-factor/").content.decode()
    assert "Use a security key" in html  # allauth offers it alongside the code
    for tag in scripts(html):
        assert "src=" in tag or 'type="application/json"' in tag, tag


def test_security_key_names_are_escaped(world):
    Authenticator.objects.create(
        user=world.member.user,
        type=Authenticator.Type.WEBAUTHN,
        data={"name": "<script>alert(1)</script>", "credential": {}},
    )
    secret, _codes = turn_on_totp(world.member.user)
    client = confirmed_client(world.member, secret)
    html = client.get("/settings/two-factor/security-keys/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_the_account_menu_links_to_two_factor(world, client_for):
    html = client_for(world.viewer).get("/").content.decode()
    assert 'href="/settings/two-factor/"' in html
    assert 'href="/settings/two-factor/organisation/"' not in html  # admins only
    assert (
        'href="/settings/two-factor/organisation/"'
        in client_for(world.admin).get("/").content.decode()
    )

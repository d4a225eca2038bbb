"""Authentication: Bearer tokens (scopes, revocation), the browser session with CSRF, `cairn token`."""

from __future__ import annotations

import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command
from django.http import HttpRequest
from django.test import Client

from cairn.api.models import ApiToken
from cairn.api.tokens import token_create, token_find, token_revoke
from tests.api.conftest import ApiClient, client_for, problem_fields
from tests.factories import PASSWORD

URL = "/api/v1/cycles"
NEW_CYCLE = {"name": "Q4", "start": "2026-10-01", "end": "2026-12-31"}


def test_it_rejects_a_request_without_a_token(world):
    response = ApiClient(None).get(URL)
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Bearer")
    assert response.json()["status"] == 401
    problem_fields(response)


@pytest.mark.parametrize("token", ["nope", "cairn_abc_def", "cairn_", ""])
def test_it_rejects_an_unknown_token(world, token):
    assert ApiClient(token).get(URL).status_code == 401


def test_it_rejects_a_token_with_the_right_prefix_but_wrong_secret(world):
    plaintext = token_create(person=world.member, name="x").plaintext
    assert ApiClient(plaintext[:-2] + "zz").get(URL).status_code == 401


def test_it_stores_only_a_hash(world):
    new = token_create(person=world.member, name="ci")
    stored = ApiToken.objects.get(pk=new.token.pk)
    assert new.plaintext not in (stored.hash, stored.prefix)
    assert len(stored.hash) == 64


def test_it_accepts_a_valid_token_and_records_its_use(world):
    new = token_create(person=world.member, name="ci")
    assert ApiClient(new.plaintext).get(URL).status_code == 200
    new.token.refresh_from_db()
    assert new.token.last_used_at is not None


def test_it_rejects_a_revoked_token(world):
    new = token_create(person=world.member, name="ci")
    token_revoke(token=new.token, actor=world.member)
    assert ApiClient(new.plaintext).get(URL).status_code == 401


def test_it_rejects_the_token_of_a_deactivated_person(world):
    client = client_for(world.member)
    world.member.is_active = False
    world.member.save()
    assert client.get(URL).status_code == 401


def test_a_read_only_token_reads_but_cannot_write(world):
    client = client_for(world.admin, scope="read")
    assert client.get(URL).status_code == 200
    response = client.post(URL, NEW_CYCLE)
    assert response.status_code == 403
    assert "read-only" in response.json()["detail"]


def test_only_the_owner_or_an_admin_revokes_a_token(world):
    new = token_create(person=world.member, name="ci")
    with pytest.raises(PermissionDenied):
        token_revoke(token=new.token, actor=world.lead)
    with pytest.raises(PermissionDenied):
        token_revoke(token=new.token, actor=world.outsider)
    token_revoke(token=new.token, actor=world.admin)
    assert token_find(new.plaintext) is None


def test_token_create_rejects_bad_input(world):
    with pytest.raises(ValidationError):
        token_create(person=world.member, name="")
    with pytest.raises(ValidationError):
        token_create(person=world.member, name="x", scope="admin")
    with pytest.raises(PermissionDenied):
        token_create(person=world.member, name="x", actor=world.admin)


def test_the_browser_session_works_and_needs_csrf_for_writes(world):
    browser = Client(enforce_csrf_checks=True)
    # django-axes throttles by the request's address, so a password sign-in needs a request
    assert browser.login(request=HttpRequest(), email="admin@acme.test", password=PASSWORD)
    assert browser.get(URL).status_code == 200
    response = browser.post(URL, NEW_CYCLE, content_type="application/json")
    assert response.status_code == 403
    browser.get(URL)  # any page; the token comes from the cookie set below
    from django.middleware.csrf import _get_new_csrf_string

    secret = _get_new_csrf_string()
    browser.cookies["csrftoken"] = secret
    response = browser.post(
        URL, NEW_CYCLE, content_type="application/json", headers={"X-CSRFToken": secret}
    )
    assert response.status_code == 201


def test_cairn_token_create_prints_the_token_last(world):
    out = io.StringIO()
    call_command(
        "token", "create", "member@acme.test", "--scope", "read", "--name", "ci", stdout=out
    )
    plaintext = out.getvalue().strip().splitlines()[-1]
    token = token_find(plaintext)
    assert token is not None and token.person == world.member and token.scope == "read"
    assert ApiClient(plaintext).get(URL).status_code == 200


def test_cairn_token_needs_org_when_ambiguous_and_fails_for_strangers(world):
    from tests.factories import PersonFactory

    PersonFactory(user=world.member.user)  # the same user in a second organisation
    with pytest.raises(CommandError, match="--org"):
        call_command("token", "create", "member@acme.test", stdout=io.StringIO())
    out = io.StringIO()
    call_command("token", "create", "member@acme.test", "--org", "acme", stdout=out)
    assert token_find(out.getvalue().splitlines()[-1]).organisation == world.organisation
    with pytest.raises(CommandError):
        call_command("token", "create", "nobody@acme.test", stdout=io.StringIO())


def test_cairn_token_list_and_revoke(world):
    new = token_create(person=world.member, name="ci")
    out = io.StringIO()
    call_command("token", "list", "--email", "member@acme.test", stdout=out)
    assert new.token.prefix in out.getvalue() and new.plaintext not in out.getvalue()
    call_command("token", "revoke", new.token.prefix, stdout=io.StringIO())
    assert token_find(new.plaintext) is None
    with pytest.raises(CommandError):
        call_command("token", "revoke", "missing", stdout=io.StringIO())

"""The SCIM provisioning settings page: admins create (shown once) and revoke the tokens."""

from __future__ import annotations

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.provisioning.models import ScimToken
from cairn.provisioning.tokens import scim_token_create, scim_token_find

URL = "/settings/scim/"


def test_an_admin_creates_a_token_and_sees_it_once(world, client_for):
    client = client_for(world.admin)
    page = client.post(URL, {"name": "Okta"}).content.decode()
    plaintext = re.search(r'value="(cairn_scim_[^"]+)"', page).group(1)
    token = scim_token_find(plaintext)
    assert token is not None and token.organisation == world.organisation
    assert token.created_by == world.admin
    assert "/scim/v2/" in page
    assert plaintext not in client.get(URL).content.decode()


def test_a_nameless_token_is_refused_with_a_message(world, client_for):
    response = client_for(world.admin).post(URL, {"name": " "})
    assert response.status_code == 200
    assert "This field is required" in response.content.decode()
    assert not ScimToken.objects.exists()


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_only_admins_reach_the_page(world, client_for, persona):
    scim_token_create(organisation=world.organisation, actor=world.admin, name="Okta-secret")
    client = client_for(getattr(world, persona))
    response = client.get(URL)
    assert response.status_code == 403
    assert "Okta-secret" not in response.content.decode()
    assert client.post(URL, {"name": "mine"}).status_code == 403
    assert not ScimToken.objects.filter(name="mine").exists()


def test_signed_out_visitors_are_sent_to_sign_in(db, client):
    response = client.get(URL)
    assert response.status_code == 302 and "/sign-in/" in response["Location"]


def test_the_page_lists_only_this_organisations_tokens(world, client_for):
    scim_token_create(organisation=world.organisation, actor=world.admin, name="ours")
    outsider = world.outsider
    scim_token_create(organisation=outsider.organisation, actor=outsider, name="theirs")
    page = client_for(world.admin).get(URL).content.decode()
    assert "ours" in page and "theirs" not in page


def test_an_admin_revokes_a_token(world, client_for):
    new = scim_token_create(organisation=world.organisation, actor=world.admin, name="Okta")
    response = client_for(world.admin).post(f"{URL}{new.token.pk}/revoke/")
    assert response.status_code == 302
    assert scim_token_find(new.plaintext) is None


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_non_admins_cannot_revoke(world, client_for, persona):
    new = scim_token_create(organisation=world.organisation, actor=world.admin, name="Okta")
    response = client_for(getattr(world, persona)).post(f"{URL}{new.token.pk}/revoke/")
    assert response.status_code == 403
    assert scim_token_find(new.plaintext) is not None


def test_another_organisations_token_is_not_found(world, client_for):
    outsider = world.outsider
    new = scim_token_create(organisation=outsider.organisation, actor=outsider, name="theirs")
    response = client_for(world.admin).post(f"{URL}{new.token.pk}/revoke/")
    assert response.status_code == 404
    assert scim_token_find(new.plaintext) is not None


def test_revoking_needs_a_post(world, client_for):
    new = scim_token_create(organisation=world.organisation, actor=world.admin, name="Okta")
    assert client_for(world.admin).get(f"{URL}{new.token.pk}/revoke/").status_code == 405
    assert scim_token_find(new.plaintext) is not None


def test_the_page_escapes_token_and_creator_names(world, client_for):
    world.admin.user.first_name = "<script>alert(1)</script>"
    world.admin.user.save()
    scim_token_create(organisation=world.organisation, actor=world.admin, name="<script>x</script>")
    page = client_for(world.admin).get(URL).content.decode()
    assert "<script>x</script>" not in page and "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;x&lt;/script&gt;" in page


def _count(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL).status_code == 200
    return len(queries)


def test_the_page_costs_the_same_queries_with_more_tokens(world, client_for):
    client = client_for(world.admin)
    scim_token_create(organisation=world.organisation, actor=world.admin, name="one")
    _count(client)
    few = _count(client)
    for n in range(5):
        scim_token_create(organisation=world.organisation, actor=world.admin, name=f"more {n}")
    assert _count(client) == few

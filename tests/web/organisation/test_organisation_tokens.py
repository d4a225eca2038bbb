"""The admin's list of every token acting in the organisation, with revoke."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.api.tokens import token_create, token_find

URL = "/settings/tokens/organisation/"


def test_an_admin_sees_every_token_of_the_organisation_and_no_other(world, client_for):
    token_create(person=world.member, name="member-ci", expires_days=30)
    token_create(person=world.lead, name="lead-laptop")
    token_create(person=world.outsider, name="outsider-secret-bot")
    page = client_for(world.admin).get(URL).content.decode()
    assert "member-ci" in page and "lead-laptop" in page
    assert world.member.user.display_name in page
    assert "outsider-secret-bot" not in page


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_only_admins_see_the_organisations_tokens(world, client_for, persona):
    token_create(person=world.admin, name="admin-ci")
    response = client_for(getattr(world, persona)).get(URL)
    assert response.status_code == 403
    assert "admin-ci" not in response.content.decode()


def test_an_admin_revokes_a_members_token(world, client_for):
    new = token_create(person=world.member, name="leaked")
    response = client_for(world.admin).post(f"{URL}{new.token.pk}/revoke/")
    assert response.status_code == 302
    assert token_find(new.plaintext) is None


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_non_admins_cannot_revoke_through_the_organisation_page(world, client_for, persona):
    new = token_create(person=world.admin, name="admin-ci")
    response = client_for(getattr(world, persona)).post(f"{URL}{new.token.pk}/revoke/")
    assert response.status_code == 403
    assert token_find(new.plaintext) is not None


def test_an_admin_cannot_revoke_another_organisations_token(world, client_for):
    new = token_create(person=world.outsider, name="theirs")
    response = client_for(world.admin).post(f"{URL}{new.token.pk}/revoke/")
    assert response.status_code == 404
    assert token_find(new.plaintext) is not None


def test_revoking_needs_a_post(world, client_for):
    new = token_create(person=world.member, name="ci")
    assert client_for(world.admin).get(f"{URL}{new.token.pk}/revoke/").status_code == 405
    assert token_find(new.plaintext) is not None


def test_the_organisation_tokens_page_escapes_names(world, client_for):
    token_create(person=world.member, name="<img src=x onerror=alert(1)>")
    page = client_for(world.admin).get(URL).content.decode()
    assert "<img src=x onerror=alert(1)>" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page


def _count(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL).status_code == 200
    return len(queries)


def test_the_organisation_tokens_page_costs_the_same_queries_with_more_tokens(world, client_for):
    client = client_for(world.admin)
    token_create(person=world.member, name="one")
    few = _count(client)
    for persona in ("lead", "viewer", "admin", "member"):
        token_create(person=getattr(world, persona), name=f"{persona}-more", expires_days=30)
    assert _count(client) == few


def test_the_tokens_page_costs_the_same_queries_with_more_tokens(world, client_for):
    client = client_for(world.member)
    token_create(person=world.member, name="one")
    with CaptureQueriesContext(connection) as few:
        client.get("/settings/tokens/")
    for index in range(4):
        token_create(person=world.member, name=f"more-{index}", expires_days=30)
    with CaptureQueriesContext(connection) as many:
        client.get("/settings/tokens/")
    assert len(many) == len(few)

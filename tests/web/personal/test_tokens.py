"""The API tokens page: create (shown once), list, revoke."""

from __future__ import annotations

import datetime as dt

from cairn.api.models import ApiToken
from cairn.api.tokens import token_create, token_find


def test_a_new_token_is_shown_once_and_works(world, client_for):
    client = client_for(world.member)
    response = client.post("/settings/tokens/", {"name": "CI push", "scope": "write"})
    created = response.context["created"]
    assert created.plaintext in response.content.decode()
    assert token_find(created.plaintext).person == world.member
    page = client.get("/settings/tokens/").content.decode()
    assert "CI push" in page and created.plaintext not in page


def test_a_nameless_token_is_refused_by_the_field(world, client_for):
    response = client_for(world.member).post("/settings/tokens/", {"name": "", "scope": "read"})
    assert "name" in response.context["form"].errors
    assert not ApiToken.objects.exists()


def test_revoking_a_token(world, client_for):
    new = token_create(person=world.member, name="old")
    response = client_for(world.member).post(f"/settings/tokens/{new.token.pk}/revoke/")
    assert response.status_code == 302
    assert token_find(new.plaintext) is None


def test_nobody_revokes_someone_elses_token(world, client_for):
    new = token_create(person=world.member, name="laptop-token-7")
    for persona in ("admin", "lead", "outsider"):
        client = client_for(getattr(world, persona))
        assert client.post(f"/settings/tokens/{new.token.pk}/revoke/").status_code == 404
        assert "laptop-token-7" not in client.get("/settings/tokens/").content.decode()
    assert token_find(new.plaintext) is not None


def test_a_token_can_be_made_to_expire_and_shows_when(world, client_for):
    client = client_for(world.member)
    response = client.post(
        "/settings/tokens/", {"name": "CI", "scope": "read", "expires_days": "90"}
    )
    token = response.context["created"].token
    assert token.expires_at is not None
    assert abs((token.expires_at - token.created_at) - dt.timedelta(days=90)).total_seconds() < 5
    page = client.get("/settings/tokens/").content.decode()
    assert "Expires" in page and "never" not in page


def test_an_expiry_not_offered_is_refused_by_the_field(world, client_for):
    response = client_for(world.member).post(
        "/settings/tokens/", {"name": "CI", "scope": "read", "expires_days": "7"}
    )
    assert "expires_days" in response.context["form"].errors
    assert not ApiToken.objects.exists()


def test_the_tokens_page_escapes_token_names(world, client_for):
    token_create(person=world.member, name="<script>alert(1)</script>")
    page = client_for(world.member).get("/settings/tokens/").content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page

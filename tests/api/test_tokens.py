"""Revoking all of a user's API tokens when their password changes."""

from __future__ import annotations

from cairn.api.models import ApiToken
from cairn.api.tokens import token_create, token_find, token_revoke, tokens_revoke_for_user
from tests.factories import PersonFactory


def test_it_revokes_every_active_token_of_the_user_in_every_organisation(world):
    elsewhere = PersonFactory(user=world.member.user)
    mine = [token_create(person=world.member, name="a"), token_create(person=elsewhere, name="b")]
    old = token_create(person=world.member, name="old")
    token_revoke(token=old.token)
    revoked_at = ApiToken.objects.get(pk=old.token.pk).revoked_at
    others = token_create(person=world.lead, name="lead")
    assert tokens_revoke_for_user(user=world.member.user) == 2
    assert all(token_find(new.plaintext) is None for new in mine)
    assert ApiToken.objects.get(pk=old.token.pk).revoked_at == revoked_at  # not touched again
    assert token_find(others.plaintext) is not None
    assert tokens_revoke_for_user(user=world.member.user) == 0

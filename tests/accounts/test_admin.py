"""Django's admin: a superuser setting someone's password revokes that person's API tokens."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.test import Client

from cairn.api.tokens import token_create, token_find
from cairn.audit.models import AuditEvent
from tests.factories import PASSWORD

NEW_PASSWORD = "a-fresh-pass-phrase-42"


def test_setting_a_password_in_the_admin_revokes_the_persons_tokens(world):
    root = get_user_model().objects.create_superuser("root@acme.test", PASSWORD)
    mine, lead = (
        token_create(person=world.member, name="ci"),
        token_create(person=world.lead, name="x"),
    )
    client = Client()
    client.force_login(root)
    url = f"/admin/accounts/user/{world.member.user.pk}/password/"
    data = {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD, "usable_password": "true"}
    response = client.post(url, data, follow=True)
    assert response.redirect_chain and "1 API token revoked." in response.content.decode()
    assert token_find(mine.plaintext) is None and token_find(lead.plaintext) is not None
    changed = AuditEvent.objects.get(action="password_changed")
    assert changed.actor_user_id == root.pk and changed.object_id == world.member.user.pk
    assert changed.details == {"by": "django admin", "tokens_revoked": 1}


def test_a_refused_new_password_in_the_admin_revokes_nothing(world):
    root = get_user_model().objects.create_superuser("root@acme.test", PASSWORD)
    mine = token_create(person=world.member, name="ci")
    client = Client()
    client.force_login(root)
    url = f"/admin/accounts/user/{world.member.user.pk}/password/"
    response = client.post(url, {"password1": "a", "password2": "b", "usable_password": "true"})
    assert response.status_code == 200
    assert token_find(mine.plaintext) is not None
    assert not AuditEvent.objects.filter(action="password_changed").exists()

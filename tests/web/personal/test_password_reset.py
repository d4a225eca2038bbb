"""Password reset and change: throttled without revealing accounts; API tokens and sessions end."""

from __future__ import annotations

import re

import pytest
from django.core import mail
from django.test import Client

from cairn.api.tokens import token_create, token_find
from tests.factories import PASSWORD, PersonFactory

NEW_PASSWORD = "a-fresh-pass-phrase-42"
DONE = "/password/reset/sent/"


def ask(client, email, address="127.0.0.1"):
    return client.post("/password/reset/", {"email": email}, REMOTE_ADDR=address)


def without_csrf(response) -> str:
    """Return the page without its per-client CSRF token."""
    return re.sub(r'"X-CSRFToken": "[^"]*"', "", response.content.decode())


def reset_link(message) -> str:
    return re.search(r"http\S+/password/reset/\S+/", message.body)[0].split("8000", 1)[-1]


@pytest.mark.parametrize(
    "cache",
    [
        "django.core.cache.backends.locmem.LocMemCache",
        "django.core.cache.backends.dummy.DummyCache",
    ],
)
def test_eleven_requests_in_a_fifth_of_a_second_send_three_emails(world, settings, cache):
    settings.CACHES = {"default": {"BACKEND": cache}}  # the limit holds without a shared cache
    responses = [ask(Client(), "member@acme.test") for _ in range(11)]
    assert len(mail.outbox) == 3
    assert {(r.status_code, r["Location"]) for r in responses} == {(302, DONE)}


def test_one_address_asking_for_many_emails_is_limited(world):
    for n in range(20):
        ask(Client(), f"nobody{n}@acme.test", address="203.0.113.9")
    ask(Client(), "member@acme.test", address="203.0.113.9")
    assert mail.outbox == []
    ask(Client(), "member@acme.test", address="198.51.100.7")
    assert len(mail.outbox) == 1


def test_the_answer_is_the_same_whether_or_not_the_email_exists(world):
    known = Client().post("/password/reset/", {"email": "member@acme.test"}, follow=True)
    unknown = Client().post("/password/reset/", {"email": "ghost@acme.test"}, follow=True)
    assert known.redirect_chain == unknown.redirect_chain == [(DONE, 302)]
    assert without_csrf(known) == without_csrf(unknown)
    for _ in range(5):  # over the limit, still the same answer
        throttled = Client().post("/password/reset/", {"email": "ghost@acme.test"}, follow=True)
        assert throttled.redirect_chain == [(DONE, 302)]
        assert without_csrf(throttled) == without_csrf(known)


@pytest.fixture
def tokens(world):
    """Return the member's two active tokens (one in another organisation) and the lead's."""
    elsewhere = PersonFactory(user=world.member.user)
    mine = [token_create(person=world.member, name="ci"), token_create(person=elsewhere, name="x")]
    old = token_create(person=world.member, name="old")
    from cairn.api.tokens import token_revoke

    token_revoke(token=old.token)
    return {"mine": mine, "lead": token_create(person=world.lead, name="lead")}


def test_a_reset_revokes_the_persons_api_tokens_and_says_so(world, tokens):
    client = Client()
    ask(client, "member@acme.test")
    response = client.get(reset_link(mail.outbox[0]), follow=True)
    data = {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    response = client.post(response.redirect_chain[-1][0], data, follow=True)
    page = response.content.decode()
    assert response.redirect_chain[-1][0] == "/password/reset/done/"
    assert "Your 2 API tokens were revoked; create new ones in Settings → API tokens." in page
    assert all(token_find(new.plaintext) is None for new in tokens["mine"])
    assert token_find(tokens["lead"].plaintext) is not None


def test_a_reset_signs_out_every_session(world, tokens):
    elsewhere = Client()
    elsewhere.force_login(world.member.user)
    client = Client()
    ask(client, "member@acme.test")
    response = client.get(reset_link(mail.outbox[0]), follow=True)
    data = {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    client.post(response.redirect_chain[-1][0], data)
    assert elsewhere.get("/").status_code == 302


def test_a_password_change_revokes_tokens_and_signs_out_other_sessions(world, tokens):
    elsewhere = Client()
    elsewhere.force_login(world.member.user)
    client = Client()
    client.force_login(world.member.user)
    data = {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    response = client.post("/password/change/", data, follow=True)
    assert response.status_code == 200  # still signed in here
    assert "Your 2 API tokens were revoked" in response.content.decode()
    assert all(token_find(new.plaintext) is None for new in tokens["mine"])
    assert token_find(tokens["lead"].plaintext) is not None
    assert elsewhere.get("/").status_code == 302


def test_a_change_without_tokens_says_nothing_about_them(world):
    client = Client()
    client.force_login(world.member.user)
    data = {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    page = client.post("/password/change/", data, follow=True).content.decode()
    assert "Password changed" in page and "API token" not in page.split("<main", 1)[-1]

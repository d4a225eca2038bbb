"""The sessions page: a person lists their browser sessions and ends one or all others."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cairn.accounts.models import UserSession
from tests.factories import PASSWORD

URL = "/settings/sessions/"


@pytest.fixture(autouse=True)
def fresh_throttle():
    cache.clear()
    yield
    cache.clear()


def signed_in(person, agent: str = "Firefox on Linux", address: str = "203.0.113.7") -> Client:
    """Return a client signed in through the real sign-in form, with its browser and address."""
    client = Client(HTTP_USER_AGENT=agent, REMOTE_ADDR=address)
    response = client.post("/sign-in/", {"username": person.user.email, "password": PASSWORD})
    assert response.status_code == 302
    return client


def test_signing_in_records_the_browser_and_address(world):
    signed_in(world.member, agent="Firefox on Linux", address="203.0.113.7")
    row = UserSession.objects.get(user=world.member.user)
    assert row.user_agent == "Firefox on Linux" and row.address == "203.0.113.7"


def test_the_page_lists_the_persons_sessions_with_this_one_marked(world):
    signed_in(world.member, agent="Phone Safari")
    laptop = signed_in(world.member, agent="Laptop Firefox")
    signed_in(world.lead, agent="Lead Chrome")
    page = laptop.get(URL).content.decode()
    assert "Phone Safari" in page and "Laptop Firefox" in page
    assert "Lead Chrome" not in page
    assert page.count("this session") == 1


def test_revoking_a_session_signs_that_browser_out(world):
    phone = signed_in(world.member, agent="Phone Safari")
    laptop = signed_in(world.member, agent="Laptop Firefox")
    row = UserSession.objects.get(user_agent="Phone Safari")
    response = laptop.post(f"{URL}{row.pk}/revoke/")
    assert response.status_code == 302
    assert phone.get(URL)["Location"].startswith("/sign-in/")
    assert laptop.get(URL).status_code == 200
    assert not UserSession.objects.filter(pk=row.pk).exists()


def test_revoking_all_others_keeps_only_this_one(world):
    phone = signed_in(world.member, agent="Phone Safari")
    tablet = signed_in(world.member, agent="Tablet")
    laptop = signed_in(world.member, agent="Laptop Firefox")
    lead = signed_in(world.lead, agent="Lead Chrome")
    assert laptop.post(f"{URL}revoke-others/").status_code == 302
    for client in (phone, tablet):
        assert client.get(URL)["Location"].startswith("/sign-in/")
    assert laptop.get(URL).status_code == 200
    assert lead.get(URL).status_code == 200  # another user's sessions are not touched
    agents = set(UserSession.objects.values_list("user_agent", flat=True))
    assert agents == {"Laptop Firefox", "Lead Chrome"}


def test_nobody_revokes_someone_elses_session(world):
    member = signed_in(world.member, agent="Member phone")
    row = UserSession.objects.get(user=world.member.user)
    for persona in ("admin", "lead", "outsider"):
        client = signed_in(getattr(world, persona), agent=f"{persona} browser")
        assert client.post(f"{URL}{row.pk}/revoke/").status_code == 404
        assert "Member phone" not in client.get(URL).content.decode()
    assert member.get(URL).status_code == 200


def test_revoking_needs_a_post_with_the_csrf_token(world):
    signed_in(world.member, agent="Phone Safari")
    laptop = Client(enforce_csrf_checks=True)
    laptop.post("/sign-in/", {"username": world.member.user.email, "password": PASSWORD})
    row = UserSession.objects.get(user_agent="Phone Safari")
    assert laptop.get(f"{URL}{row.pk}/revoke/").status_code == 405
    assert laptop.post(f"{URL}{row.pk}/revoke/").status_code == 403
    assert laptop.post(f"{URL}revoke-others/").status_code == 403
    assert UserSession.objects.filter(pk=row.pk).exists()


def test_the_page_escapes_user_agents(world):
    client = signed_in(world.member, agent="<script>alert(1)</script>")
    page = client.get(URL).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_last_seen_is_written_at_most_once_every_few_minutes(world):
    client = signed_in(world.member)
    row = UserSession.objects.get()
    earlier = timezone.now() - dt.timedelta(minutes=10)
    UserSession.objects.filter(pk=row.pk).update(last_seen_at=earlier)
    client.get(URL)  # the marker in the session is fresh: no write
    assert UserSession.objects.get().last_seen_at == earlier
    session = client.session
    session["cairn_seen"] = f"{session.session_key}|{earlier.timestamp()}"
    session.save()
    client.get(URL)
    assert UserSession.objects.get().last_seen_at > earlier
    with CaptureQueriesContext(connection) as queries:
        client.get(URL)
    assert not any("accounts_usersession" in q["sql"] and "UPDATE" in q["sql"] for q in queries)


def test_signing_out_removes_the_session_from_the_list(world):
    client = signed_in(world.member)
    client.post("/sign-out/")
    assert not UserSession.objects.exists()


def _count(client: Client) -> int:
    client.get(URL)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL).status_code == 200
    return len(queries)


def test_the_page_costs_the_same_queries_with_more_sessions(world):
    client = signed_in(world.member)
    few = _count(client)
    for index in range(4):
        signed_in(world.member, agent=f"Browser {index}")
    assert _count(client) == few


def test_a_sign_in_without_a_user_on_the_request_is_recorded_too(world):
    # The test client's force_login() sends user_logged_in with a bare request (no .user).
    client = Client()
    client.force_login(world.member.user)
    assert UserSession.objects.get().user == world.member.user
    assert client.get(URL).status_code == 200

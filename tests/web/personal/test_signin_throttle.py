"""Sign-in throttling on every sign-in path: per person and address, per address, shared by workers."""

from __future__ import annotations

import datetime as dt
import ipaddress
import logging
import re

import pytest
from django.contrib.auth import authenticate, get_user_model
from django.test import Client, RequestFactory

from tests.factories import PASSWORD

ATTACKER = "203.0.113.9"
VICTIM = "198.51.100.7"
PROXY = "10.0.0.1"
OTHER_PROXY = "10.0.0.2"
# The fail2ban filter documented in docs/security.md, copied here to prove it matches the line.
FAIL2BAN_REGEX = r"cairn\.security sign-in failed for \S+ from (?P<host>\S+)$"


@pytest.fixture(autouse=True)
def no_trusted_proxies(settings):
    settings.CAIRN_TRUSTED_PROXIES = []


@pytest.fixture
def behind_proxies(settings):
    """Trust the two proxies in front of Cairn."""
    settings.CAIRN_TRUSTED_PROXIES = [
        ipaddress.ip_network(PROXY),
        ipaddress.ip_network(OTHER_PROXY),
    ]


def sign_in(client, email, password=PASSWORD, address="127.0.0.1", forwarded_for=None, url=None):
    extra = {"REMOTE_ADDR": address}
    if forwarded_for is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded_for
    data = {"username": email, "password": password}
    return client.post(url or "/sign-in/", data, **extra)


def fail(client, times, email="member@acme.test", **where):
    for _ in range(times):
        response = sign_in(client, email, "wrong", **where)
        assert response.status_code in (200, 429)


def assert_paused(response):
    assert response.status_code == 429
    page = response.content.decode()
    assert "Too many failed attempts" in page
    assert 'href="/password/reset/"' in page


def test_the_admin_sign_in_is_cairns_so_it_is_throttled_too(world):
    get_user_model().objects.create_superuser("root@acme.test", PASSWORD)
    client = Client()
    for response in (  # nothing signs in at the admin's own form
        client.get("/admin/login/?next=/admin/accounts/user/"),
        client.post("/admin/login/?next=/admin/accounts/user/", {"username": "root@acme.test"}),
    ):
        assert response.status_code == 302
        assert response["Location"] == "/sign-in/?next=%2Fadmin%2Faccounts%2Fuser%2F"
    admin_sign_in = "/sign-in/?next=/admin/"
    for _ in range(5):
        response = sign_in(client, "root@acme.test", "wrong", url=admin_sign_in)
        assert "/admin/" not in response.get("Location", "")
    response = sign_in(client, "root@acme.test", url=admin_sign_in)
    assert_paused(response)
    assert client.get("/admin/").status_code == 302  # still not signed in


def test_an_attacker_behind_the_same_proxy_cannot_lock_the_victim_out(world, behind_proxies):
    fail(Client(), 10, address=PROXY, forwarded_for=ATTACKER)
    victim = Client()
    response = sign_in(victim, "member@acme.test", address=PROXY, forwarded_for=VICTIM)
    assert response.status_code == 302 and response["Location"] == "/"
    attacker = sign_in(Client(), "member@acme.test", address=PROXY, forwarded_for=ATTACKER)
    assert_paused(attacker)  # even with the right password, the attacker's address waits


def test_an_attacker_elsewhere_cannot_lock_the_victim_out(world):
    fail(Client(), 10, address=ATTACKER)
    response = sign_in(Client(), "member@acme.test", address=VICTIM)
    assert response.status_code == 302


def test_one_address_failing_for_many_emails_is_paused(world, settings):
    settings.CAIRN_SIGNIN_ADDRESS_FAILURE_LIMIT = 12
    client = Client()
    for n in range(12):  # fewer than five tries per email: only the address limit can stop this
        fail(client, 1, email=f"guess{n}@acme.test", address=ATTACKER)
    assert_paused(sign_in(client, "lead@acme.test", address=ATTACKER))
    assert sign_in(Client(), "lead@acme.test", address=VICTIM).status_code == 302


def test_signing_in_forgets_ones_own_typos_but_not_other_failures_from_the_address(world, settings):
    settings.CAIRN_SIGNIN_ADDRESS_FAILURE_LIMIT = 10
    fail(Client(), 4, email="guess@acme.test", address=ATTACKER)
    for _ in range(2):  # eight typos in all, but never five since the last sign-in
        fail(Client(), 4, address=ATTACKER)
        assert sign_in(Client(), "member@acme.test", address=ATTACKER).status_code == 302
    fail(Client(), 4, email="guess2@acme.test", address=ATTACKER)
    fail(Client(), 2, email="guess3@acme.test", address=ATTACKER)  # ten for other emails
    assert_paused(sign_in(Client(), "lead@acme.test", address=ATTACKER))


def test_the_right_password_works_once_the_pause_is_over(world):
    from axes.models import AccessAttempt

    client = Client()
    fail(client, 5)
    assert_paused(sign_in(client, "member@acme.test"))
    AccessAttempt.objects.update(attempt_time=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=16))
    response = sign_in(client, "member@acme.test")
    assert response.status_code == 302 and response["Location"] == "/"


def test_tries_during_the_pause_do_not_extend_it(world):
    from axes.models import AccessAttempt

    client = Client()
    fail(client, 5)
    AccessAttempt.objects.update(attempt_time=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=14))
    fail(client, 3)  # still paused: these are refused without being counted
    AccessAttempt.objects.update(attempt_time=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=16))
    assert sign_in(client, "member@acme.test").status_code == 302


@pytest.mark.parametrize(
    "cache",
    [
        "django.core.cache.backends.locmem.LocMemCache",
        "django.core.cache.backends.dummy.DummyCache",
    ],
)
def test_counts_are_shared_by_every_app_server_without_redis(
    world, behind_proxies, settings, cache
):
    settings.CACHES = {"default": {"BACKEND": cache}}
    first, second = Client(), Client()  # two app servers, each behind its own proxy
    fail(first, 3, address=PROXY, forwarded_for=ATTACKER)
    fail(second, 2, address=OTHER_PROXY, forwarded_for=ATTACKER)
    assert_paused(sign_in(first, "member@acme.test", address=PROXY, forwarded_for=ATTACKER))


def test_a_forged_x_forwarded_for_is_ignored_without_trusted_proxies(world):
    client = Client()
    for n in range(5):
        sign_in(client, "member@acme.test", "wrong", address=ATTACKER, forwarded_for=f"192.0.2.{n}")
    assert_paused(sign_in(client, "member@acme.test", address=ATTACKER, forwarded_for="192.0.2.99"))


def test_a_forged_x_forwarded_for_from_an_untrusted_client_is_ignored(world, behind_proxies):
    client = Client()
    for n in range(5):
        sign_in(client, "member@acme.test", "wrong", address=ATTACKER, forwarded_for=f"192.0.2.{n}")
    assert_paused(sign_in(client, "member@acme.test", address=ATTACKER, forwarded_for=PROXY))


def test_a_failed_sign_in_writes_one_line_fail2ban_can_match(world, caplog, settings):
    security = logging.getLogger("cairn.security")
    security.addHandler(caplog.handler)  # the logger does not propagate: it has its own format
    try:
        with caplog.at_level(logging.INFO, logger="cairn.security"):
            sign_in(Client(), "Member@Acme.test", "wrong", address=ATTACKER)
            sign_in(Client(), "member@acme.test", address=VICTIM)  # a success is not a failure
    finally:
        security.removeHandler(caplog.handler)
    lines = [r for r in caplog.records if r.name == "cairn.security"]
    assert [r.getMessage() for r in lines] == [
        f"sign-in failed for member@acme.test from {ATTACKER}"
    ]
    formatter = logging.Formatter(settings.LOGGING["formatters"]["security"]["format"])
    match = re.search(FAIL2BAN_REGEX, formatter.format(lines[0]))
    assert match and match["host"] == ATTACKER


def test_an_email_cannot_forge_the_address_in_the_log(world, caplog, settings):
    security = logging.getLogger("cairn.security")
    security.addHandler(caplog.handler)
    try:
        with caplog.at_level(logging.INFO, logger="cairn.security"):
            forged = "root\ncairn.security sign-in failed for x from 192.0.2.1"
            # The sign-in form refuses such an email before any check; any other path that
            # calls authenticate() (single sign-on, a later form) still gets a safe line.
            sign_in(Client(), forged, "wrong", address=ATTACKER)
            request = RequestFactory().post("/sign-in/", REMOTE_ADDR=ATTACKER)
            assert authenticate(request, email=forged, password="wrong") is None
    finally:
        security.removeHandler(caplog.handler)
    (record,) = [r for r in caplog.records if r.name == "cairn.security"]
    formatter = logging.Formatter(settings.LOGGING["formatters"]["security"]["format"])
    line = formatter.format(record)
    assert "\n" not in line and " from 192.0.2.1" not in line
    assert re.search(FAIL2BAN_REGEX, line)["host"] == ATTACKER

"""The client's address behind trusted proxies, the email axes counts, and a safe log field."""

from __future__ import annotations

import ipaddress

import pytest
from django.test import RequestFactory

from cairn.accounts.signin import client_address, loggable, signin_username


def request(remote="203.0.113.5", forwarded_for=None, **post):
    extra = {"REMOTE_ADDR": remote}
    if forwarded_for is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded_for
    return RequestFactory().post("/sign-in/", post, **extra)


@pytest.fixture
def proxies(settings):
    settings.CAIRN_TRUSTED_PROXIES = [
        ipaddress.ip_network("10.0.0.0/24"),
        ipaddress.ip_network("2001:db8::1"),
    ]


def test_without_trusted_proxies_x_forwarded_for_is_ignored(settings):
    settings.CAIRN_TRUSTED_PROXIES = []
    assert client_address(request("203.0.113.5", "198.51.100.7")) == "203.0.113.5"


def test_an_untrusted_client_cannot_claim_an_address(proxies):
    assert client_address(request("203.0.113.5", "198.51.100.7, 10.0.0.1")) == "203.0.113.5"


@pytest.mark.parametrize(
    ("forwarded_for", "expected"),
    [
        ("198.51.100.7", "198.51.100.7"),
        ("1.2.3.4, 198.51.100.7", "198.51.100.7"),  # what the client wrote is not reached
        ("1.2.3.4, 198.51.100.7, 10.0.0.9", "198.51.100.7"),  # two trusted proxies
        ("198.51.100.7:51000", "198.51.100.7"),
        ("[2001:db8::7]:443", "2001:db8::7"),
        ("::ffff:198.51.100.7", "198.51.100.7"),
        ("fe80::7%eth0", "fe80::7"),
        ("", "10.0.0.1"),  # the proxy forwarded nothing: it is the client
        ("198.51.100.7, unknown", "10.0.0.1"),  # a garbled hop: stay with the proxy
    ],
)
def test_behind_trusted_proxies_the_first_untrusted_hop_from_the_right_is_the_client(
    proxies, forwarded_for, expected
):
    assert client_address(request("10.0.0.1", forwarded_for)) == expected


def test_a_trusted_ipv6_proxy_and_no_address_at_all(proxies):
    assert client_address(request("2001:db8::1", "198.51.100.7")) == "198.51.100.7"
    assert client_address(request("", "198.51.100.7")) is None


def test_the_email_is_read_from_any_sign_in_form_and_lowercased():
    assert signin_username(request(), {"username": " Member@Acme.test "}) == "member@acme.test"
    assert signin_username(request(), {"email": "a@b.test", "password": "x"}) == "a@b.test"
    assert signin_username(request(login="Sso@B.test"), None) == "sso@b.test"
    assert signin_username(request(), {"password": "x"}) is None
    assert len(signin_username(request(), {"username": "x" * 1000})) == 254


def test_a_logged_email_has_no_spaces_or_control_characters():
    assert loggable("a b\nc\td@e.test") == "a?b?c?d@e.test"
    assert loggable(None) == "-"
    assert len(loggable("x" * 1000)) == 254

""" "Sign in with SSO": one answer for every identifier without SSO, and a limit per address."""

from __future__ import annotations

import logging
import re

from django.test import Client

from tests.factories import OrganisationFactory, PersonFactory
from tests.sso.conftest import connect, start
from tests.sso.idp import TestIdentityProvider


def _answer(identifier: str, address: str = "203.0.113.7") -> tuple[int, str]:
    response = Client(REMOTE_ADDR=address).post("/sign-in/sso/", {"identifier": identifier})
    body = re.sub(r'"X-CSRFToken": "[^"]*"', "", response.content.decode())  # fresh per client
    return response.status_code, body


def test_every_identifier_without_sso_gets_the_same_answer(world, idp, connection):
    OrganisationFactory(name="Quiet", slug="quiet")  # exists, no single sign-on
    dormant = OrganisationFactory(name="Dormant", slug="dormant")
    admin = PersonFactory(organisation=dormant, role="admin")
    connect(dormant, admin, idp, enabled=False, allowed_domains="dormant.test")
    identifiers = [
        "someone@nowhere.test",  # no organisation
        "nobody",  # no such short name
        "quiet",  # an organisation without SSO
        "someone@dormant.test",  # SSO switched off
        "dormant",
    ]
    answers = {_answer(identifier) for identifier in identifiers}
    assert len(answers) == 1, answers
    status, body = answers.pop()
    assert status == 200 and "/sign-in/?sso=none" in body
    assert "Quiet" not in body and "Dormant" not in body


def test_a_domain_two_organisations_claim_gets_the_same_answer_too(world, idp, connection):
    connect(world.outsider.organisation, world.outsider, TestIdentityProvider(url="http://127.0.0.1:9"),
            allowed_domains="acme.test")  # fmt: skip
    assert _answer("someone@acme.test") == _answer("someone@nowhere.test")


def test_an_identifier_with_sso_still_goes_to_its_provider(world, idp, connection):
    assert start(Client(), "acme").startswith(f"{idp.url}/authorize?")


def test_look_ups_are_limited_per_client_address(world, idp, connection, settings, caplog):
    limit = settings.CAIRN_SSO_LOOKUP_LIMIT
    for index in range(limit):
        assert _answer(f"probe{index}@nowhere.test")[0] == 200
    with caplog.at_level(logging.WARNING, logger="cairn.security"):
        status, body = _answer("acme")  # even a real one: the limit says nothing about it
    assert status == 429 and "Too many single sign-on look-ups" in body
    assert "sso lookup throttled from 203.0.113.7" in caplog.text
    assert _answer("probe@nowhere.test", address="198.51.100.9")[0] == 200  # another address


def test_the_limit_is_kept_in_the_shared_cache(world, idp, connection, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/13",
        }
    }
    from django.core.cache import caches

    caches["default"].clear()
    try:
        for index in range(settings.CAIRN_SSO_LOOKUP_LIMIT):
            _answer(f"probe{index}@nowhere.test")
        assert _answer("probe@nowhere.test")[0] == 429
        assert any(b"sso_lookup" in key for key in _redis_keys())
    finally:
        caches["default"].clear()


def _redis_keys() -> list[bytes]:
    import redis

    return redis.Redis.from_url("redis://127.0.0.1:6379/13").keys("*")

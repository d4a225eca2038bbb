"""A local OpenID Connect provider per test, and Acme's SSO connection to it."""

from __future__ import annotations

import http.client
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from django.core.cache import cache
from django.test import Client

from cairn.sso.models import SsoConnection
from cairn.sso.services import ConnectionInput, sso_connection_save
from tests.sso.idp import Identity, TestIdentityProvider


@pytest.fixture(autouse=True)
def loopback_allowed(settings) -> Iterator[None]:
    """Let the outbound guard reach the test provider on 127.0.0.1 (an admin's setting); start
    each test with fresh look-up limits (they live in the cache)."""
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.1/32"]
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def idp() -> Iterator[TestIdentityProvider]:
    provider = TestIdentityProvider().start()
    yield provider
    provider.stop()


def connect(organisation, admin, idp: TestIdentityProvider, **fields) -> SsoConnection:
    """Return the organisation's OIDC connection to `idp`."""
    data = {
        "protocol": "oidc",
        "server_url": idp.url,
        "client_id": idp.client_id,
        "client_secret": idp.client_secret,
        "allowed_domains": "acme.test",
        **fields,
    }
    return sso_connection_save(organisation=organisation, actor=admin, data=ConnectionInput(**data))


@pytest.fixture
def connection(world, idp) -> SsoConnection:
    return connect(world.organisation, world.admin, idp, default_team=world.team)


def at_provider(location: str) -> str:
    """GET the provider's authorize URL without following; return where it sends the browser."""
    parts = urlsplit(location)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    conn.request("GET", f"{parts.path}?{parts.query}")
    response = conn.getresponse()
    response.read()
    conn.close()
    assert response.status == 302, response.status
    return response.getheader("Location")


def start(client: Client, identifier: str) -> str:
    """Post "Sign in with SSO"; return the identity provider URL the next page moves on to."""
    response = client.post("/sign-in/sso/", {"identifier": identifier})
    assert response.status_code == 200, response.status_code
    assert "url" in response.context, response.content.decode()[:800]
    return response.context["url"]


def sso_sign_in(client: Client, idp: TestIdentityProvider, email: str, identifier: str = ""):
    """Sign in through "Sign in with SSO" and the provider as `email`; return the callback's
    response."""
    idp.identity = Identity(email=email, given_name="Sam", family_name="Signer")
    location = start(client, identifier or email)
    assert location.startswith(f"{idp.url}/authorize?")
    back = urlsplit(at_provider(location))
    return client.get(f"{back.path}?{back.query}")

"""A SCIM client of the world's organisation (Acme), and one of the outsider's organisation."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from cairn.provisioning.tokens import scim_token_create

SCIM = "application/scim+json"


class ScimClient:
    """Calls /scim/v2/ with a bearer token, as an identity provider does."""

    def __init__(self, token: str) -> None:
        self.client = Client()
        self.headers = {"Authorization": f"Bearer {token}"}

    def _send(self, method: str, path: str, body: Any = None, raw: str | None = None):
        data = raw if raw is not None else (json.dumps(body) if body is not None else "")
        call: Callable = getattr(self.client, method)
        return call(f"/scim/v2/{path}", data=data, content_type=SCIM, headers=self.headers)

    def get(self, path: str, **params: str):
        return self.client.get(f"/scim/v2/{path}", params, headers=self.headers)

    def post(self, path: str, body: Any = None, raw: str | None = None):
        return self._send("post", path, body, raw)

    def put(self, path: str, body: Any = None, raw: str | None = None):
        return self._send("put", path, body, raw)

    def patch(self, path: str, body: Any = None, raw: str | None = None):
        return self._send("patch", path, body, raw)

    def delete(self, path: str):
        return self.client.delete(f"/scim/v2/{path}", headers=self.headers)


@pytest.fixture
def scim(world) -> ScimClient:
    """Return a SCIM client holding a token of Acme (made by its admin)."""
    new = scim_token_create(organisation=world.organisation, actor=world.admin, name="Okta")
    return ScimClient(new.plaintext)


@pytest.fixture
def other_scim(world) -> ScimClient:
    """Return a SCIM client holding a token of the outsider's organisation."""
    outsider = world.outsider
    new = scim_token_create(organisation=outsider.organisation, actor=outsider, name="Entra")
    return ScimClient(new.plaintext)


def okta_user(email: str = "test.user@acme.test", **extra: Any) -> dict[str, Any]:
    """Return the body Okta POSTs to /Users (from Okta's SCIM 2.0 reference)."""
    body = {
        "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
        "userName": email,
        "name": {"givenName": "Test", "familyName": "User"},
        "emails": [{"primary": True, "value": email, "type": "work"}],
        "displayName": "Test User",
        "locale": "en-US",
        "externalId": "00ujl29u0le5T6Aj10h7",
        "groups": [],
        "password": "1mz050nq",
        "active": True,
    }
    body.update(extra)
    return body


def entra_user(email: str = "jane.doe@acme.test", **extra: Any) -> dict[str, Any]:
    """Return the body Microsoft Entra ID POSTs to /Users (from its SCIM guide)."""
    body = {
        "schemas": [
            "urn:ietf:params:scim:schemas:core:2.0:User",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User",
        ],
        "externalId": "0a21f0f2-8d2a-4f8e-bf98-7363c4aed4ef",
        "userName": email,
        "active": True,
        "emails": [{"primary": True, "type": "work", "value": email}],
        "meta": {"resourceType": "User"},
        "name": {"formatted": "Jane Doe", "familyName": "Doe", "givenName": "Jane"},
        "roles": [],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {"department": "Sales"},
    }
    body.update(extra)
    return body


def patch(*operations: dict[str, Any]) -> dict[str, Any]:
    """Return a PatchOp body."""
    return {
        "schemas": ["urn:ietf:params:scim:api:messages:2.0:PatchOp"],
        "Operations": list(operations),
    }

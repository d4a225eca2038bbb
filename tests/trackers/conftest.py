"""Tracker fixtures: an initiative whose progress comes from work, connections, signed posts."""

from __future__ import annotations

import copy
import json
import uuid
from pathlib import Path

import pytest

from cairn.okrs.models import Initiative, KeyResult
from cairn.okrs.services import initiative_create, key_result_create
from cairn.trackers.connections import Keyed, connection_create
from cairn.trackers.signatures import sign

PAYLOADS = Path(__file__).parent / "payloads"


def payload(name: str) -> dict:
    """Return a fresh copy of a stored sample payload."""
    return copy.deepcopy(json.loads((PAYLOADS / f"{name}.json").read_text()))


@pytest.fixture
def kr(world) -> KeyResult:
    return key_result_create(
        actor=world.member, objective=world.objective, title="Checkout success", start=70, target=85
    )


@pytest.fixture
def initiative(world, kr) -> Initiative:
    """Return an initiative of the member's key result whose progress comes from work."""
    return initiative_create(
        actor=world.member, key_results=[kr], title="Checkout redesign", progress_source="work"
    )


@pytest.fixture
def github(world, initiative) -> Keyed:
    return connection_create(actor=world.admin, kind="github", name="shop", initiative=initiative)


@pytest.fixture
def gitlab(world, initiative) -> Keyed:
    return connection_create(actor=world.admin, kind="gitlab", name="lab", initiative=initiative)


@pytest.fixture
def jira(world, initiative) -> Keyed:
    return connection_create(actor=world.admin, kind="jira", name="site", initiative=initiative)


def url(keyed: Keyed) -> str:
    return f"/hooks/{keyed.connection.kind}/{keyed.connection.public_id}/"


def post_github(
    client, keyed: Keyed, body: dict | bytes, *, event="issues", delivery=None, secret=None
):
    """POST a delivery signed the way GitHub signs it; return the response."""
    raw = body if isinstance(body, bytes) else json.dumps(body).encode()
    return client.post(
        url(keyed),
        raw,
        content_type="application/json",
        headers={
            "X-GitHub-Event": event,
            "X-GitHub-Delivery": delivery or str(uuid.uuid4()),
            "X-Hub-Signature-256": sign(secret or keyed.secret, raw),
        },
    )


def post_gitlab(client, keyed: Keyed, body: dict, *, token=None, delivery=None):
    raw = json.dumps(body).encode()
    return client.post(
        url(keyed),
        raw,
        content_type="application/json",
        headers={
            "X-Gitlab-Event": "Issue Hook",
            "X-Gitlab-Event-UUID": delivery or str(uuid.uuid4()),
            "X-Gitlab-Token": keyed.secret if token is None else token,
        },
    )


def post_jira(client, keyed: Keyed, body: dict, *, secret=None, identifier=None):
    raw = json.dumps(body).encode()
    return client.post(
        url(keyed),
        raw,
        content_type="application/json",
        headers={
            "X-Atlassian-Webhook-Identifier": identifier or str(uuid.uuid4()),
            "X-Hub-Signature": sign(secret or keyed.secret, raw),
        },
    )

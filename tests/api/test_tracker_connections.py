"""Tracker connections over the API: admins read them (never the secret); others get 403."""

from __future__ import annotations

import pytest
from django.db import connection as db
from django.test.utils import CaptureQueriesContext

from cairn.trackers.connections import connection_create
from cairn.trackers.models import TrackerEvent
from tests.api.conftest import client_for

URL = "/api/v1/tracker-connections"


def _connect(world, name: str, events: int = 0):
    keyed = connection_create(actor=world.admin, kind="github", name=name, team=world.team)
    for i in range(events):
        TrackerEvent.objects.create(
            connection=keyed.connection,
            delivery_id=f"{name}-{i}",
            event_type="issues.closed",
            payload={},
            outcome="failed" if i % 2 else "applied",
        )
    return keyed


def test_an_admin_lists_the_organisations_connections_without_secrets(world, settings):
    settings.SITE_URL = "https://cairn.example"
    keyed = _connect(world, "shop", events=3)
    connection_create(actor=world.outsider, kind="jira", name="theirs")
    response = client_for(world.admin).get(URL)
    assert response.status_code == 200
    (item,) = response.json()["items"]
    assert item["name"] == "shop" and item["kind"] == "github"
    assert item["receive_url"] == (
        f"https://cairn.example/hooks/github/{keyed.connection.public_id}/"
    )
    assert (item["team"], item["acts_as"]) == (world.team.pk, world.admin.pk)
    assert (item["applied_count"], item["failed_count"]) == (2, 1)
    assert keyed.secret not in response.content.decode()


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_only_admins_list_connections(world, persona):
    _connect(world, "shop")
    response = client_for(getattr(world, persona)).get(URL)
    assert response.status_code == 403
    assert "shop" not in response.content.decode()


def test_the_list_takes_constant_queries(world):
    _connect(world, "a", events=2)
    admin = client_for(world.admin)
    admin.get(URL)  # the token's first use is recorded once
    with CaptureQueriesContext(db) as small:
        admin.get(URL)
    for name in "bcdef":
        _connect(world, name, events=4)
    with CaptureQueriesContext(db) as large:
        response = admin.get(URL)
    assert len(response.json()["items"]) == 6
    assert len(large) == len(small)

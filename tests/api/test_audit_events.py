"""GET /api/v1/audit-events: admins only, their organisation only, filters, newest-first pages."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn import audit
from cairn.audit.models import AuditEvent

URL = "/api/v1/audit-events"


def add_events(world, n: int, *, actor=None, label: str = "Thing", action=None) -> None:
    for i in range(n):
        audit.record(
            action=action or audit.Action.ROLE_CHANGED,
            actor=actor or world.admin,
            object_type="person",
            object_label=f"{label} {i}",
        )


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_only_admins_read_the_log(api, persona) -> None:
    assert api[persona].get(URL).status_code == 403


def test_each_admin_sees_only_their_organisation(world, api) -> None:
    add_events(world, 2, label="Acme")
    add_events(world, 1, actor=world.outsider, label="Other")
    labels = [e["object_label"] for e in api["admin"].get(URL).json()["items"]]
    assert "Other 0" not in labels and {"Acme 0", "Acme 1"} <= set(labels)
    theirs = [e["object_label"] for e in api["outsider"].get(URL).json()["items"]]
    assert "Acme 0" not in theirs and "Other 0" in theirs


def test_pages_run_newest_first_and_cover_everything_once(world, api) -> None:
    add_events(world, 7)
    seen, cursor = [], None
    while True:
        params = {"limit": 3, **({"cursor": cursor} if cursor else {})}
        page = api["admin"].get(URL, params).json()
        seen.extend(e["id"] for e in page["items"])
        cursor = page["next"]
        if cursor is None:
            break
    mine = AuditEvent.objects.filter(organisation=world.organisation).count()
    assert len(seen) == len(set(seen)) == mine
    assert seen == sorted(seen, reverse=True)


def test_filters(world, api) -> None:
    add_events(world, 2, label="Needle")
    add_events(world, 2, actor=world.lead, label="Hay", action=audit.Action.TEAM_JOINED)
    admin = api["admin"]
    joined = admin.get(URL, {"action": "team_joined"}).json()["items"]
    assert {e["object_label"] for e in joined} == {"Hay 0", "Hay 1"}
    by_lead = admin.get(URL, {"actor": world.lead.pk}).json()["items"]
    assert {e["actor_person"] for e in by_lead} == {world.lead.pk}
    text = admin.get(URL, {"q": "needle"}).json()["items"]
    assert {e["object_label"] for e in text} == {"Needle 0", "Needle 1"}
    assert admin.get(URL, {"since": "2999-01-01"}).json()["items"] == []


@pytest.mark.parametrize(
    "params",
    [
        {"action": "nope"},
        {"since": "2026-13-01"},
        {"since": "2026-03-02", "until": "2026-03-01"},
        {"actor": str(2**64)},
        {"cursor": "garbage"},
        {"limit": 0},
        {"q": "x" * 201},
    ],
)
def test_bad_filters_are_a_clear_error(world, api, params) -> None:
    response = api["admin"].get(URL, params)
    assert response.status_code in (400, 422), response.content
    assert response["Content-Type"] == "application/problem+json"


def count(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get(URL).status_code == 200
    return len(queries)


def test_the_query_count_stays_put(world, api) -> None:
    add_events(world, 3)
    api["admin"].get(URL)  # the token's first use records its last-used time
    small = count(api["admin"])
    add_events(world, 40, actor=world.lead)
    assert count(api["admin"]) == small


def test_an_api_export_is_recorded(world, api) -> None:
    response = api["viewer"].get(f"/api/v1/cycles/{world.cycle.pk}/export", {"format": "csv"})
    assert response.status_code == 200
    [event] = AuditEvent.objects.filter(action=audit.Action.EXPORTED)
    assert event.details == {"format": "csv", "via": "api"} and event.actor_id == world.viewer.pk


def test_webhook_changes_over_the_api_are_recorded(world, api, loopback_allowed) -> None:
    created = api["admin"].post(
        "/api/v1/webhooks", {"url": "http://127.0.0.1:9/x", "events": ["objective.created"]}
    )
    assert created.status_code == 201
    hook = created.json()["id"]
    api["admin"].patch(f"/api/v1/webhooks/{hook}", {"events": ["check_in.recorded"]})
    api["admin"].delete(f"/api/v1/webhooks/{hook}")
    actions = list(
        AuditEvent.objects.filter(object_type="webhook", object_id=hook)
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == ["webhook_created", "webhook_changed", "webhook_deleted"]

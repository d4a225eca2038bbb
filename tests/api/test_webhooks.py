"""Webhooks: admin-only management, signed deliveries to a real local receiver, retries."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import timedelta

import pytest
from django.utils import timezone

from cairn.api import webhooks
from cairn.api.models import Webhook, WebhookDelivery
from cairn.okrs.services import check_in_record, cycle_transition, objective_create

# Events are sent after commit, so these tests commit for real; the receiver is on loopback.
pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("loopback_allowed")]


def verify(secret: str, request: dict) -> dict:
    """Check the signature as docs/api.md tells integrators to; return the payload."""
    headers = request["headers"]
    message = headers["X-Cairn-Timestamp"].encode() + b"." + request["body"]
    expected = "sha256=" + hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(expected, headers["X-Cairn-Signature"])
    return json.loads(request["body"])


def hook(world, url: str, events: list[str]) -> Webhook:
    return webhooks.webhook_create(actor=world.admin, url=url, events=events)


def test_a_check_in_is_delivered_signed(world, api, kr, receiver):
    webhook = hook(world, receiver.url, ["check_in.recorded"])
    response = api["member"].post(f"/api/v1/key-results/{kr.pk}/check-ins", {"value": 11})
    assert response.status_code == 201
    assert len(receiver.requests) == 1
    payload = verify(webhook.secret, receiver.requests[0])
    assert payload["event"] == "check_in.recorded"
    assert payload["data"]["check_in"]["value"] == 11.0
    assert payload["data"]["key_result"]["id"] == kr.pk
    assert receiver.requests[0]["headers"]["X-Cairn-Event"] == "check_in.recorded"
    delivery = WebhookDelivery.objects.get()
    assert delivery.delivered_at and delivery.status_code == 200 and delivery.attempts == 1


def test_a_tampered_body_fails_verification(world, kr, receiver):
    webhook = hook(world, receiver.url, ["check_in.recorded"])
    check_in_record(key_result=kr, author=world.member, value=11)
    tampered = {**receiver.requests[0], "body": receiver.requests[0]["body"].replace(b"11", b"12")}
    with pytest.raises(AssertionError):
        verify(webhook.secret, tampered)


def test_a_failed_delivery_is_retried_with_backoff(world, kr, receiver):
    webhook = hook(world, receiver.url, ["check_in.recorded"])
    receiver.statuses = [500]
    check_in_record(key_result=kr, author=world.member, value=11)
    delivery = WebhookDelivery.objects.get()
    assert delivery.delivered_at is None and delivery.attempts == 1
    assert delivery.status_code == 500 and delivery.last_error == "HTTP 500"
    wait = delivery.next_attempt_at - timezone.now()
    assert timedelta(seconds=50) < wait <= timedelta(minutes=1)
    assert webhooks.retry_due_webhooks.call() == 0  # not due yet
    WebhookDelivery.objects.update(next_attempt_at=timezone.now())
    assert webhooks.retry_due_webhooks.call() == 1
    delivery.refresh_from_db()
    assert delivery.delivered_at and delivery.attempts == 2 and delivery.next_attempt_at is None
    assert len(receiver.requests) == 2
    first, second = (verify(webhook.secret, r) for r in receiver.requests)
    assert first["id"] == second["id"] == delivery.pk


def test_it_gives_up_after_five_attempts(world, kr):
    webhook = hook(world, "http://127.0.0.1:9/unreachable", ["check_in.recorded"])
    check_in_record(key_result=kr, author=world.member, value=11)
    delivery = WebhookDelivery.objects.get(webhook=webhook)
    gaps = []
    for _ in range(4):
        gaps.append(delivery.next_attempt_at - timezone.now())
        WebhookDelivery.objects.update(next_attempt_at=timezone.now())
        webhooks.retry_due_webhooks.call()
        delivery.refresh_from_db()
    assert delivery.attempts == 5 and delivery.next_attempt_at is None
    assert delivery.delivered_at is None and delivery.last_error
    assert [round(g.total_seconds() / 60) for g in gaps] == [1, 5, 30, 120]


def test_objective_created_and_closed_and_status_changed(world, kr, receiver):
    webhook = hook(
        world,
        receiver.url,
        ["objective.created", "objective.closed", "key_result.status_changed"],
    )
    objective_create(actor=world.admin, cycle=world.cycle, title="Be loved")
    check_in_record(key_result=kr, author=world.member, value=4)  # off track → on track
    world.objective.retrospective_did_not = "n/a"
    world.objective.save()
    cycle_transition(cycle=world.cycle, actor=world.admin, to_state="grading")
    for obj in world.cycle.objectives.all():
        obj.retrospective_did_not = "We learned."
        obj.save()
    cycle_transition(cycle=world.cycle, actor=world.admin, to_state="closed")
    events = [verify(webhook.secret, r)["event"] for r in receiver.requests]
    assert events.count("objective.created") == 1
    assert events.count("key_result.status_changed") == 1
    assert events.count("objective.closed") == 2
    changed = next(
        verify(webhook.secret, r) for r in receiver.requests if b"status_changed" in r["body"]
    )
    assert changed["data"]["old_status"] == "off_track"
    assert changed["data"]["new_status"] == "on_track"


def test_unsubscribed_and_inactive_webhooks_get_nothing(world, kr, receiver):
    hook(world, receiver.url, ["objective.created"])
    inactive = hook(world, receiver.url, ["check_in.recorded"])
    inactive.active = False
    inactive.save()
    check_in_record(key_result=kr, author=world.member, value=11)
    assert receiver.requests == [] and not WebhookDelivery.objects.exists()


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_only_admins_manage_webhooks(world, api, persona):
    body = {"url": "http://127.0.0.1:1/x", "events": ["check_in.recorded"]}
    assert api[persona].post("/api/v1/webhooks", body).status_code == 403
    assert api[persona].get("/api/v1/webhooks").status_code == 403


def test_an_admin_manages_webhooks_and_reads_the_log(world, api, kr, receiver):
    client = api["admin"]
    created = client.post(
        "/api/v1/webhooks", {"url": receiver.url, "events": ["check_in.recorded"]}
    )
    assert created.status_code == 201 and created.json()["secret"]
    hook_id = created.json()["id"]
    assert "secret" not in client.get(f"/api/v1/webhooks/{hook_id}").json()
    check_in_record(key_result=kr, author=world.member, value=11)
    log = client.get(f"/api/v1/webhooks/{hook_id}/deliveries").json()["items"]
    assert len(log) == 1 and log[0]["status_code"] == 200 and log[0]["event"] == "check_in.recorded"
    patched = client.patch(f"/api/v1/webhooks/{hook_id}", {"active": False})
    assert patched.json()["active"] is False
    assert api["outsider"].get(f"/api/v1/webhooks/{hook_id}").status_code == 404
    assert api["outsider"].get(f"/api/v1/webhooks/{hook_id}/deliveries").status_code == 404
    assert client.delete(f"/api/v1/webhooks/{hook_id}").status_code == 204
    assert not Webhook.objects.exists()


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"url": "ftp://example.com", "events": ["check_in.recorded"]}, "url"),
        ({"url": "http://example.com", "events": []}, "events"),
        ({"url": "http://example.com", "events": ["everything"]}, "events"),
    ],
)
def test_webhook_input_is_validated(world, api, body, field):
    response = api["admin"].post("/api/v1/webhooks", body)
    assert response.status_code == 422
    assert field in [e["field"].split(".")[0] for e in response.json()["errors"]]


def test_a_check_in_and_its_pace_change_read_the_webhooks_once(world, kr, receiver):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    webhook = hook(world, receiver.url, ["check_in.recorded", "key_result.status_changed"])
    check_in_record(key_result=kr, author=world.member, value=11)  # the first pace
    receiver.requests.clear()
    with CaptureQueriesContext(connection) as queries:
        check_in_record(key_result=kr, author=world.member, value=17.5)  # on → off track
    events = sorted(verify(webhook.secret, r)["event"] for r in receiver.requests)
    assert events == ["check_in.recorded", "key_result.status_changed"]
    reads = [q["sql"] for q in queries.captured_queries if 'FROM "api_webhook"' in q["sql"]]
    assert len(reads) == 1, reads

"""Webhooks never reach private, loopback or link-local addresses unless an admin allows a network."""

from __future__ import annotations

import socket

import pytest
from django.db import connection
from django.utils import timezone

from cairn.api import webhooks
from cairn.api.models import Webhook, WebhookDelivery
from cairn.okrs.services import check_in_record
from tests.lib.local_http import fake_dns

pytestmark = pytest.mark.django_db(transaction=True)

EVENTS = ["check_in.recorded"]


def url_errors(response) -> list[str]:
    assert response.status_code == 422, response.content
    return [e["message"] for e in response.json()["errors"] if e["field"] == "url"]


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://127.0.0.1:8000/hook", "address 127.0.0.1 is loopback"),
        ("http://2130706433/hook", "address 127.0.0.1 is loopback"),
        ("http://[::1]/hook", "address ::1 is loopback"),
        ("http://[::ffff:10.0.0.5]/hook", "(IPv4 10.0.0.5) is private"),
        ("http://169.254.169.254/latest/meta-data/", "the cloud metadata address"),
        ("http://10.0.0.5/hook", "address 10.0.0.5 is private"),
        ("http://localhost:6379/", "address 127.0.0.1 is loopback"),
    ],
)
def test_it_refuses_a_webhook_to_a_non_public_address(world, api, url, why):
    response = api["admin"].post("/api/v1/webhooks", {"url": url, "events": EVENTS})
    [message] = url_errors(response)
    assert message.startswith("This URL is refused: address ") and why in message
    assert not Webhook.objects.exists()


def test_it_refuses_changing_a_webhook_to_a_non_public_address(world, api):
    webhook = webhooks.webhook_create(actor=world.admin, url="http://8.8.8.8/hook", events=EVENTS)
    response = api["admin"].patch(f"/api/v1/webhooks/{webhook.pk}", {"url": "http://0x7f.1/hook"})
    assert url_errors(response) == ["This URL is refused: address 127.0.0.1 is loopback."]
    webhook.refresh_from_db()
    assert webhook.url == "http://8.8.8.8/hook"


def test_an_allowed_network_lets_the_local_receiver_get_its_webhook(
    world, api, kr, receiver, loopback_allowed
):
    created = api["admin"].post("/api/v1/webhooks", {"url": receiver.url, "events": EVENTS})
    assert created.status_code == 201
    check_in_record(key_result=kr, author=world.member, value=11)
    assert len(receiver.requests) == 1
    assert WebhookDelivery.objects.get().delivered_at is not None


def test_a_send_to_an_address_no_longer_allowed_is_refused_once_and_not_retried(
    world, api, kr, receiver, settings
):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    webhook = webhooks.webhook_create(actor=world.admin, url=receiver.url, events=EVENTS)
    settings.OUTBOUND_ALLOWED_NETWORKS = []
    check_in_record(key_result=kr, author=world.member, value=11)
    delivery = WebhookDelivery.objects.get()
    assert delivery.last_error == "refused: address 127.0.0.1 is loopback"
    assert (delivery.attempts, delivery.status_code, delivery.next_attempt_at) == (1, None, None)
    assert delivery.delivered_at is None and receiver.requests == []
    assert webhooks.retry_due_webhooks.call() == 0
    assert WebhookDelivery.objects.get().attempts == 1
    log = api["admin"].get(f"/api/v1/webhooks/{webhook.pk}/deliveries").json()["items"]
    assert log[0]["last_error"] == "refused: address 127.0.0.1 is loopback"


def test_a_host_that_resolves_to_a_private_address_at_send_time_is_refused(
    world, kr, receiver, loopback_allowed, monkeypatch
):
    port = receiver.url.split(":")[2].split("/")[0]
    url = f"http://hooks.example.test:{port}/hook"
    monkeypatch.setattr(socket, "getaddrinfo", fake_dns({"hooks.example.test": ["127.0.0.1"]}))
    webhooks.webhook_create(actor=world.admin, url=url, events=EVENTS)
    monkeypatch.setattr(socket, "getaddrinfo", fake_dns({"hooks.example.test": ["10.0.0.5"]}))
    check_in_record(key_result=kr, author=world.member, value=11)
    delivery = WebhookDelivery.objects.get()
    assert delivery.last_error == "refused: address 10.0.0.5 is private"
    assert delivery.next_attempt_at is None and receiver.requests == []


def test_dns_rebinding_after_the_check_cannot_move_the_delivery(
    world, kr, receiver, loopback_allowed, monkeypatch
):
    port = receiver.url.split(":")[2].split("/")[0]
    url = f"http://hooks.example.test:{port}/hook"
    monkeypatch.setattr(socket, "getaddrinfo", fake_dns({"hooks.example.test": ["127.0.0.1"]}))
    webhooks.webhook_create(actor=world.admin, url=url, events=EVENTS)
    calls: list[str] = []
    vetted = fake_dns({"hooks.example.test": ["127.0.0.1"]}, calls)
    rebound = fake_dns({"hooks.example.test": ["169.254.169.254"]}, calls)
    monkeypatch.setattr(
        socket, "getaddrinfo", lambda *a, **k: (rebound if calls else vetted)(*a, **k)
    )
    check_in_record(key_result=kr, author=world.member, value=11)
    delivery = WebhookDelivery.objects.get()
    assert delivery.delivered_at is not None, delivery.last_error
    assert len(receiver.requests) == 1 and calls == ["hooks.example.test"]
    assert receiver.requests[0]["headers"]["Host"] == f"hooks.example.test:{port}"


def test_a_redirect_is_a_failure_and_is_not_followed(world, kr, receiver, loopback_allowed):
    webhooks.webhook_create(actor=world.admin, url=receiver.url, events=EVENTS)
    receiver.statuses = [(302, {"Location": "http://169.254.169.254/latest/meta-data/"})]
    check_in_record(key_result=kr, author=world.member, value=11)
    delivery = WebhookDelivery.objects.get()
    assert delivery.status_code == 302 and delivery.delivered_at is None
    assert delivery.last_error == "HTTP 302: redirects are not followed"
    assert delivery.next_attempt_at > timezone.now()  # retried like any failed answer
    assert len(receiver.requests) == 1


def test_a_closed_port_is_logged_without_the_operating_systems_words(
    world, api, kr, loopback_allowed
):
    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    webhook = webhooks.webhook_create(
        actor=world.admin, url=f"http://127.0.0.1:{port}/hook", events=EVENTS
    )
    check_in_record(key_result=kr, author=world.member, value=11)
    log = api["admin"].get(f"/api/v1/webhooks/{webhook.pk}/deliveries").json()["items"]
    assert log[0]["last_error"] == "could not connect"
    assert log[0]["next_attempt_at"] is not None  # the network may come back: retried


def test_a_port_that_accepts_but_never_answers_is_logged_as_timed_out(
    world, kr, loopback_allowed, monkeypatch
):
    monkeypatch.setattr(webhooks, "TIMEOUT_SECONDS", 0.5)
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)  # the kernel completes the handshake; nobody ever answers
        port = silent.getsockname()[1]
        webhooks.webhook_create(
            actor=world.admin, url=f"http://127.0.0.1:{port}/hook", events=EVENTS
        )
        check_in_record(key_result=kr, author=world.member, value=11)
    assert WebhookDelivery.objects.get().last_error == "timed out"


def test_a_webhook_whose_address_is_now_refused_can_still_be_switched_off(world, api, settings):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    webhook = webhooks.webhook_create(
        actor=world.admin, url="http://127.0.0.1:9/hook", events=EVENTS
    )
    settings.OUTBOUND_ALLOWED_NETWORKS = []
    response = api["admin"].patch(f"/api/v1/webhooks/{webhook.pk}", {"active": False})
    assert response.status_code == 200 and response.json()["active"] is False
    again = api["admin"].patch(f"/api/v1/webhooks/{webhook.pk}", {"active": True})
    assert url_errors(again) == ["This URL is refused: address 127.0.0.1 is loopback."]


def test_the_host_is_resolved_before_the_write_transaction_starts(world, monkeypatch):
    in_transaction: list[bool] = []
    dns = fake_dns({"hooks.example.test": ["8.8.8.8"]})

    def getaddrinfo(*args, **kwargs):
        in_transaction.append(connection.in_atomic_block)
        return dns(*args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    webhook = webhooks.webhook_create(
        actor=world.admin, url="https://hooks.example.test/x", events=EVENTS
    )
    webhooks.webhook_update(webhook=webhook, actor=world.admin, url="https://hooks.example.test/y")
    assert in_transaction == [False, False]

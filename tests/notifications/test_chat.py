"""Chat through apprise: a json:// channel posts to a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from cairn.notifications.channels import chat
from cairn.notifications.delivery import deliveries_send_due
from cairn.notifications.kinds import Kind
from cairn.notifications.models import ChatChannel, Delivery
from cairn.notifications.services import (
    chat_channel_create,
    chat_channel_delete,
    chat_channel_test,
    notify,
    preference_update,
)
from tests.notifications.conftest import at

NOW = at("2026-03-02 10:00")


def json_url(receiver) -> str:
    return receiver.url.replace("http://", "json://")


def alert(world):
    return notify(
        recipient=world.member,
        kind=Kind.KEY_RESULT_AT_RISK,
        dedupe_key="k1",
        title="Cut churn is at risk",
        body="Progress 40%",
        link="/objectives/3/",
        now=NOW,
    )


def test_a_notification_is_posted_to_the_persons_chat_channel(world, chat_receiver):
    preference_update(actor=world.member, person=world.member, email=False)
    chat_channel_create(actor=world.member, name="My Slack", url=json_url(chat_receiver))

    alert(world)
    assert deliveries_send_due(now=NOW) == 1

    (request,) = chat_receiver.requests
    body = json.loads(request["body"])
    assert body["title"] == "Cut churn is at risk"
    assert "Progress 40%" in body["message"]
    assert "http://cairn.test/objectives/3/" in body["message"]
    assert Delivery.objects.get().status == "sent"


def test_a_failing_chat_service_is_retried(world, chat_receiver):
    preference_update(actor=world.member, person=world.member, email=False)
    chat_channel_create(actor=world.member, name="Hook", url=json_url(chat_receiver))
    chat_receiver.statuses = [500]

    alert(world)
    deliveries_send_due(now=NOW)
    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("pending", 1)

    deliveries_send_due(now=delivery.next_attempt_at)
    assert Delivery.objects.get().status == "sent"
    assert len(chat_receiver.requests) == 2


def test_the_send_test_button_posts_a_sample(world, chat_receiver):
    channel = chat_channel_create(actor=world.member, name="Hook", url=json_url(chat_receiver))

    chat_channel_test(actor=world.member, channel=channel)

    assert json.loads(chat_receiver.requests[0]["body"])["title"] == "Cairn test message"


def test_a_refused_address_fails_the_delivery_without_retry(world, chat_receiver, monkeypatch):
    preference_update(actor=world.member, person=world.member, email=False)
    chat_channel_create(actor=world.member, name="Hook", url=json_url(chat_receiver))

    def refuse(url: str) -> None:
        raise chat.OutboundRefused(f"{url} is a loopback address")

    monkeypatch.setattr(chat, "address_check", refuse)
    alert(world)
    deliveries_send_due(now=NOW)

    delivery = Delivery.objects.get()
    assert (delivery.status, delivery.attempts) == ("failed", 1)
    assert "loopback" in delivery.last_error
    assert chat_receiver.requests == []


def test_a_refused_address_is_not_saved(world, monkeypatch):
    def refuse(url: str) -> None:
        raise chat.OutboundRefused("private address")

    monkeypatch.setattr(chat, "address_check", refuse)
    with pytest.raises(ValidationError):
        chat_channel_create(actor=world.member, name="Hook", url="json://10.0.0.5/hook")
    assert not ChatChannel.objects.exists()


@pytest.mark.parametrize(
    "url", ["http://example.com/hook", "mailto://a@b.c", "slack://", "x" * 2000]
)
def test_it_rejects_urls_that_are_not_supported_chat_services(world, url):
    with pytest.raises(ValidationError):
        chat_channel_create(actor=world.member, name="Hook", url=url)
    assert not ChatChannel.objects.exists()


def test_the_address_checked_is_the_vendors_or_the_urls_own():
    assert chat.target_url("discord://1234/abcd") == "https://discord.com/"
    assert chat.target_url("slack://T1/B2/C3") == "https://hooks.slack.com/"
    assert chat.target_url("jsons://hooks.example.org/cairn") == "https://hooks.example.org/"
    assert chat.target_url("json://127.0.0.1:8080/hook") == "http://127.0.0.1:8080/"
    assert chat.target_url("ntfy://ntfy.sh/topic") == "http://ntfy.sh/"


def test_only_the_owner_manages_a_personal_channel(world, chat_receiver):
    channel = chat_channel_create(actor=world.member, name="Hook", url=json_url(chat_receiver))

    for actor in (world.lead, world.admin, world.outsider):
        with pytest.raises(PermissionDenied):
            chat_channel_delete(actor=actor, channel=channel)
    with pytest.raises(PermissionDenied):
        chat_channel_create(
            actor=world.member, name="T", url=json_url(chat_receiver), team=world.team
        )
    assert (
        chat_channel_create(
            actor=world.lead, name="Team", url=json_url(chat_receiver), team=world.team
        ).team
        == world.team
    )


def test_a_saved_url_is_shown_masked(world):
    channel = ChatChannel(url="slack://T0001/B0002/supersecrettoken123")

    assert "supersecrettoken" not in channel.masked_url
    assert channel.masked_url.startswith("slack://")


def test_the_outbound_guard_refuses_loopback_unless_allowed(world, settings, chat_receiver):
    settings.OUTBOUND_ALLOWED_NETWORKS = []

    with pytest.raises(ValidationError, match="loopback"):
        chat_channel_create(actor=world.member, name="Hook", url=json_url(chat_receiver))
    assert not ChatChannel.objects.exists()

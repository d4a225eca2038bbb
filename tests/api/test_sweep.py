"""`cairn sweep`: time-driven status_changed webhooks, due retries and expired idempotency keys."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from cairn.api.models import IdempotencyKey, WebhookDelivery
from cairn.okrs.services import check_in_record
from tests.api.test_webhooks import hook, verify

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.usefixtures("loopback_allowed")]


def sweep() -> str:
    out = StringIO()
    call_command("sweep", stdout=out)
    return out.getvalue()


def test_time_alone_sends_status_changed_once(world, kr, receiver):
    check_in_record(key_result=kr, author=world.member, value=11)  # 7 of 14 hours: on track
    webhook = hook(world, receiver.url, ["key_result.status_changed"])
    world.cycle.start -= timedelta(days=40)  # nearly at the end now, still halfway
    world.cycle.end -= timedelta(days=40)
    world.cycle.save()

    assert sweep().startswith("1 pace changes announced")
    assert sweep().startswith("0 pace changes announced")

    (request,) = receiver.requests
    body = verify(webhook.secret, request)
    assert body["event"] == "key_result.status_changed"
    assert body["data"]["key_result"]["id"] == kr.pk
    assert (body["data"]["old_status"], body["data"]["new_status"]) == ("on_track", "off_track")


def test_it_delivers_due_retries(world, kr, receiver):
    hook(world, receiver.url, ["check_in.recorded"])
    receiver.statuses = [500]
    check_in_record(key_result=kr, author=world.member, value=11)
    WebhookDelivery.objects.update(next_attempt_at=timezone.now())

    assert "1 due webhook deliveries delivered" in sweep()

    assert WebhookDelivery.objects.get().delivered_at is not None


def test_it_deletes_only_expired_idempotency_keys(world):
    now = timezone.now()
    for key, expires_at in (("old", now - timedelta(minutes=1)), ("new", now + timedelta(hours=1))):
        IdempotencyKey.objects.create(
            principal="p", key=key, method="POST", path="/api/v1/x", body_hash="h",
            expires_at=expires_at,
        )  # fmt: skip

    assert "1 expired idempotency keys deleted" in sweep()

    assert list(IdempotencyKey.objects.values_list("key", flat=True)) == ["new"]

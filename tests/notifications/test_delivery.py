"""notify(): one notification per event and person, deliveries batched, claimed once, retried."""

from __future__ import annotations

import threading
from datetime import date, time, timedelta

import pytest
from django.db import close_old_connections, connection

from cairn.notifications.delivery import BACKOFF, MAX_ATTEMPTS, deliveries_send_due
from cairn.notifications.kinds import Kind
from cairn.notifications.models import Delivery, Notification
from cairn.notifications.services import notifications_unsubscribe, notify, preference_update
from tests.notifications.conftest import at, later, parts

NOW = at("2026-03-02 10:00")


def send(world, key: str = "e1", now=NOW, title: str = "KR is off track", **extra):
    return notify(
        recipient=world.member,
        kind=Kind.KEY_RESULT_OFF_TRACK,
        dedupe_key=key,
        title=title,
        body="Progress 10%",
        link="/objectives/1/",
        now=now,
        **extra,
    )


def test_the_same_event_is_stored_once(world, smtp):
    first = send(world)
    again = send(world)

    assert first is not None and again is None
    assert Notification.objects.count() == 1
    assert Delivery.objects.count() == 1  # email only: the member has no chat channel
    deliveries_send_due(now=later(NOW))
    deliveries_send_due(now=later(NOW, 3600))
    assert len(smtp.messages) == 1


def test_an_email_waits_for_the_batch_then_sends_events_together(world, smtp):
    send(world, "e1", title="First")
    send(world, "e2", now=NOW + timedelta(seconds=60), title="Second")

    assert deliveries_send_due(now=NOW + timedelta(seconds=119)) == 0
    assert deliveries_send_due(now=later(NOW)) == 2

    (message,) = smtp.messages
    text, html = parts(message)
    assert "First" in text and "Second" in text and "Second" in html
    assert message["Subject"] == "[Acme] 2 updates from Cairn"
    assert deliveries_send_due(now=later(NOW, 600)) == 0
    assert len(smtp.messages) == 1


def test_a_kind_turned_off_is_not_stored(world, smtp):
    notifications_unsubscribe(person=world.member, kinds=[Kind.KEY_RESULT_OFF_TRACK])

    assert send(world) is None
    assert not Notification.objects.exists()


def test_inbox_only_stores_without_deliveries(world):
    preference_update(actor=world.member, person=world.member, email=False, chat=False)

    assert send(world) is not None
    assert not Delivery.objects.exists()


def test_quiet_hours_defer_the_email_to_their_end_in_the_persons_zone(world, smtp):
    world.member.time_zone = "Europe/Berlin"
    world.member.save()
    preference_update(
        actor=world.member, person=world.member, quiet_start=time(22), quiet_end=time(7)
    )
    late = at("2026-03-02 22:30")  # 23:30 in Berlin (CET, UTC+1)

    send(world, now=late)

    delivery = Delivery.objects.get()
    assert delivery.next_attempt_at == at("2026-03-03 06:00")  # 07:00 Berlin
    assert deliveries_send_due(now=at("2026-03-03 05:59")) == 0
    assert deliveries_send_due(now=at("2026-03-03 06:00")) == 1
    assert len(smtp.messages) == 1


def test_a_paused_person_gets_the_inbox_but_no_email(world, smtp):
    preference_update(actor=world.member, person=world.member, paused_until=date(2026, 3, 10))

    assert send(world) is not None

    assert Delivery.objects.get().status == "skipped"
    assert deliveries_send_due(now=later(NOW)) == 0
    assert smtp.messages == []


def test_a_refused_smtp_connection_fails_with_backoff_then_succeeds(world, smtp):
    smtp.stop()
    send(world)

    assert deliveries_send_due(now=later(NOW)) == 0
    delivery = Delivery.objects.get()
    assert delivery.status == "pending" and delivery.attempts == 1
    assert "refused" in delivery.last_error.lower() or delivery.last_error
    assert delivery.next_attempt_at == later(NOW) + BACKOFF[0]
    assert deliveries_send_due(now=later(NOW, 150)) == 0  # not yet due again
    assert Delivery.objects.get().attempts == 1

    smtp.start()
    assert deliveries_send_due(now=delivery.next_attempt_at) == 1
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts, delivery.last_error) == ("sent", 2, "")
    assert len(smtp.messages) == 1


def test_it_gives_up_after_the_last_attempt(world, smtp):
    smtp.stop()
    send(world)
    moment = later(NOW)
    for _attempt in range(MAX_ATTEMPTS):
        deliveries_send_due(now=moment)
        delivery = Delivery.objects.get()
        moment = delivery.next_attempt_at or moment

    assert (delivery.status, delivery.attempts) == ("failed", MAX_ATTEMPTS)
    assert delivery.next_attempt_at is None


@pytest.mark.django_db(transaction=True)
def test_two_workers_sending_at_once_send_each_email_once(world, smtp):
    for index in range(5):
        notify(
            recipient=world.member if index % 2 else world.lead,
            kind=Kind.CHECK_IN_BLOCKERS,
            dedupe_key=f"c{index}",
            title=f"Blockers {index}",
            now=NOW,
        )
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            barrier.wait()
            deliveries_send_due(now=later(NOW))
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert not errors
    assert sorted(m["To"] for m in smtp.messages) == ["lead@acme.test", "member@acme.test"]
    assert set(Delivery.objects.values_list("status", flat=True)) == {"sent"}
    assert sum(d.attempts for d in Delivery.objects.all()) == 5

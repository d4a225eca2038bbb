"""Many events at once: stored in batches (notify_many, runs_claimed), sent over one SMTP
connection per batch, and a person's burst of events within minutes sent as one message."""

from __future__ import annotations

import json
import threading
from datetime import timedelta

import pytest
from django.db import connection

from cairn.notifications.delivery import deliveries_send_due
from cairn.notifications.kinds import Kind
from cairn.notifications.models import Delivery, Notification, ScheduledRun
from cairn.notifications.runs import runs_claimed
from cairn.notifications.services import (
    Message,
    chat_channel_create,
    notify_many,
    preference_update,
)
from tests.factories import PersonFactory
from tests.notifications.conftest import at, later
from tests.notifications.test_chat import json_url

NOW = at("2026-03-02 10:00")


def message(
    person, key: str = "e1", title: str = "KR is off track", kind=Kind.KEY_RESULT_OFF_TRACK
):
    return Message(recipient=person, kind=kind, dedupe_key=key, title=title, link="/objectives/1/")


def test_notify_many_stores_each_event_once_and_returns_only_the_new(world):
    first = notify_many([message(world.member), message(world.lead)], now=NOW)
    again = notify_many(
        [message(world.member), message(world.member, "e2"), message(world.member, "e2")],
        now=NOW,
    )

    assert [n.recipient for n in first] == [world.member, world.lead]
    assert [(n.recipient, n.dedupe_key) for n in again] == [
        (world.member, "key_result.off_track:e2")
    ]
    assert all(n.pk for n in [*first, *again])
    assert Notification.objects.count() == 3
    assert Delivery.objects.count() == 3  # one email each, none for the repeats


def test_notify_many_applies_each_persons_kinds_and_activity(world):
    preference_update(actor=world.lead, person=world.lead, kinds_off=[Kind.KEY_RESULT_OFF_TRACK])
    world.admin.is_active = False
    world.admin.save()

    stored = notify_many(
        [message(world.member), message(world.lead), message(world.admin)], now=NOW
    )

    assert [n.recipient for n in stored] == [world.member]


def test_notify_many_rejects_an_unknown_kind_and_stores_nothing(world):
    with pytest.raises(ValueError):
        notify_many([message(world.member), message(world.lead, kind="no.such")], now=NOW)
    assert not Notification.objects.exists()


def test_notify_many_queues_the_paused_as_skipped_and_the_rest_after_the_batch_wait(world):
    preference_update(actor=world.lead, person=world.lead, paused_until=NOW.date())

    notify_many([message(world.member), message(world.lead)], now=NOW)

    rows = {d.recipient: d for d in Delivery.objects.all()}
    assert rows[world.lead].status == "skipped" and rows[world.lead].next_attempt_at is None
    assert rows[world.member].status == "pending"
    assert rows[world.member].next_attempt_at == NOW + timedelta(seconds=120)


def test_a_batch_claim_gets_only_the_free_slots(db):
    assert runs_claimed(job="j", slots=["a", "b"], now=NOW, work=sorted) == ["a", "b"]
    assert runs_claimed(job="j", slots=["b", "c"], now=NOW, work=sorted) == ["c"]
    assert runs_claimed(job="j", slots=["a", "c"], now=NOW, work=sorted) == []
    assert ScheduledRun.objects.filter(job="j").count() == 3


def test_a_batch_claim_whose_work_fails_leaves_no_claim_and_no_notification(world):
    def store_then_fail(won: set[str]) -> None:
        notify_many([message(world.member)], now=NOW)
        raise RuntimeError("the worker died")

    with pytest.raises(RuntimeError):
        runs_claimed(job="j", slots=["a"], now=NOW, work=store_then_fail)

    assert not ScheduledRun.objects.exists()
    assert not Notification.objects.exists()
    assert runs_claimed(job="j", slots=["a"], now=NOW, work=sorted) == ["a"]


def many_people(world, count: int):
    return [
        PersonFactory(organisation=world.organisation, user__email=f"p{i}@acme.test")
        for i in range(count)
    ]


def test_emails_due_together_go_over_one_smtp_connection_per_batch(world, smtp, settings):
    settings.CAIRN_NOTIFY_TICK_BATCH = 3
    people = many_people(world, 5)
    notify_many([message(person) for person in people], now=NOW)

    assert deliveries_send_due(now=later(NOW)) == 5

    assert sorted(m["To"] for m in smtp.messages) == [f"p{i}@acme.test" for i in range(5)]
    assert smtp.connections == 2  # 3 people, then 2
    assert set(Delivery.objects.values_list("status", "attempts")) == {("sent", 1)}


def test_a_refused_recipient_is_retried_and_the_others_in_its_batch_are_sent(world, smtp):
    people = many_people(world, 3)
    smtp.inbox.refuse = {"p1@acme.test"}
    notify_many([message(person) for person in people], now=NOW)

    assert deliveries_send_due(now=later(NOW)) == 2

    assert sorted(m["To"] for m in smtp.messages) == ["p0@acme.test", "p2@acme.test"]
    refused = Delivery.objects.get(recipient=people[1])
    assert (refused.status, refused.attempts) == ("pending", 1)
    assert "550" in refused.last_error
    assert refused.next_attempt_at == later(NOW) + timedelta(minutes=1)
    smtp.inbox.refuse = set()
    assert deliveries_send_due(now=later(NOW) + timedelta(minutes=1)) == 1
    assert [m["To"] for m in smtp.messages][-1] == "p1@acme.test"


def test_a_burst_of_chat_events_within_minutes_goes_out_as_one_post(world, chat_receiver):
    preference_update(actor=world.member, person=world.member, email=False)
    chat_channel_create(actor=world.member, name="Hook", url=json_url(chat_receiver))

    notify_many([message(world.member, "e1", "First")], now=NOW)
    assert deliveries_send_due(now=NOW) == 1  # a lone event goes at once
    notify_many([message(world.member, "e2", "Second")], now=NOW + timedelta(seconds=30))
    notify_many([message(world.member, "e3", "Third")], now=NOW + timedelta(seconds=60))
    assert deliveries_send_due(now=NOW + timedelta(seconds=90)) == 0  # the window is open

    assert deliveries_send_due(now=NOW + timedelta(seconds=120)) == 2
    first, burst = (json.loads(r["body"]) for r in chat_receiver.requests)
    assert first["title"] == "First"
    assert burst["title"] == "2 updates from Cairn"
    assert "Second" in burst["message"] and "Third" in burst["message"]
    # Every notification stays in the inbox on its own.
    assert Notification.objects.filter(recipient=world.member).count() == 3


def test_a_chat_event_after_a_quiet_window_goes_at_once(world, chat_receiver):
    preference_update(actor=world.member, person=world.member, email=False)
    chat_channel_create(actor=world.member, name="Hook", url=json_url(chat_receiver))
    notify_many([message(world.member, "e1")], now=NOW)
    deliveries_send_due(now=NOW)

    later_on = NOW + timedelta(minutes=10)
    notify_many([message(world.member, "e2")], now=later_on)

    assert deliveries_send_due(now=later_on) == 1
    assert len(chat_receiver.requests) == 2


def test_a_mail_server_that_is_down_leaves_every_email_of_the_batch_to_its_retry(world, smtp):
    people = many_people(world, 3)
    notify_many([message(person) for person in people], now=NOW)
    smtp.stop()

    assert deliveries_send_due(now=later(NOW)) == 0

    rows = list(Delivery.objects.all())
    assert [(d.status, d.attempts) for d in rows] == [("pending", 1)] * 3
    assert all(
        d.last_error and d.next_attempt_at == later(NOW) + timedelta(minutes=1) for d in rows
    )
    smtp.start()
    assert deliveries_send_due(now=later(NOW) + timedelta(minutes=1)) == 3
    assert sorted(m["To"] for m in smtp.messages) == [f"p{i}@acme.test" for i in range(3)]


@pytest.mark.django_db(transaction=True)
def test_two_workers_storing_the_same_events_at_once_store_and_send_each_once(world, smtp):
    people = many_people(world, 30)
    messages = [message(person, key) for person in people for key in ("e1", "e2")]
    barrier = threading.Barrier(2)
    stored: list[int] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            barrier.wait()
            stored.append(len(notify_many(messages, now=NOW)))
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    assert not errors
    assert sum(stored) >= 60  # each event taken for new by at least one of them
    assert Notification.objects.count() == 60
    assert Delivery.objects.count() == 60
    assert deliveries_send_due(now=later(NOW)) == 60
    assert sorted(m["To"] for m in smtp.messages) == sorted(p.user.email for p in people)

"""Sending deliveries: claim atomically, send (emails batched per person), retry with back-off.

A delivery is claimed by one UPDATE … WHERE status='pending' AND unclaimed, so two workers that
pick the same rows never both send them: each sends only the rows its own claim token marked.
A claim older than LEASE (a worker that died mid-send) may be taken again.
"""

from __future__ import annotations

import secrets
from collections import defaultdict
from datetime import datetime, timedelta

from django.db.models import Q, QuerySet
from django.utils import timezone
from django_tasks import task

from cairn import tasks
from cairn.notifications.channels import DeliveryError
from cairn.notifications.channels.chat import chat_send
from cairn.notifications.channels.email import email_send
from cairn.notifications.kinds import Channel, DeliveryStatus
from cairn.notifications.models import ChatChannel, Delivery

BACKOFF = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=12),
)
MAX_ATTEMPTS = len(BACKOFF) + 1
LEASE = timedelta(minutes=10)


def _unclaimed(now: datetime) -> Q:
    return Q(claimed_at__isnull=True) | Q(claimed_at__lt=now - LEASE)


def claim(candidates: QuerySet[Delivery], now: datetime) -> list[Delivery]:
    """Mark the pending, unclaimed candidates as ours in one UPDATE; return the rows we got."""
    token = secrets.token_hex(16)
    ids = list(candidates.filter(status=DeliveryStatus.PENDING).values_list("pk", flat=True))
    if not ids:
        return []
    Delivery.objects.filter(_unclaimed(now), pk__in=ids, status=DeliveryStatus.PENDING).update(
        claimed_by=token, claimed_at=now
    )
    return list(
        Delivery.objects.filter(claimed_by=token, status=DeliveryStatus.PENDING)
        .select_related("notification", "recipient__user", "recipient__organisation")
        .order_by("notification__created_at", "pk")
    )


def _record(deliveries: list[Delivery], now: datetime, error: DeliveryError | None) -> None:
    """Store the outcome of one attempt and schedule the retry when there is one."""
    for delivery in deliveries:
        delivery.attempts += 1
        delivery.claimed_by, delivery.claimed_at = "", None
        if error is None:
            delivery.status, delivery.sent_at, delivery.last_error = DeliveryStatus.SENT, now, ""
            delivery.next_attempt_at = None
        elif error.retry and delivery.attempts < MAX_ATTEMPTS:
            delivery.last_error = str(error)[:1000]
            delivery.next_attempt_at = now + BACKOFF[delivery.attempts - 1]
        else:
            delivery.status, delivery.last_error = DeliveryStatus.FAILED, str(error)[:1000]
            delivery.next_attempt_at = None
    Delivery.objects.bulk_update(
        deliveries,
        [
            "attempts",
            "claimed_by",
            "claimed_at",
            "status",
            "sent_at",
            "last_error",
            "next_attempt_at",
        ],
    )
    retry_at = {d.recipient_id: d.next_attempt_at for d in deliveries if d.next_attempt_at}
    for person_id, at in retry_at.items():
        tasks.enqueue(send_due_deliveries, person_id=person_id, run_after=at)


def _send_emails(deliveries: list[Delivery], now: datetime) -> None:
    by_person: dict[int, list[Delivery]] = defaultdict(list)
    for delivery in deliveries:
        by_person[delivery.recipient_id].append(delivery)
    for batch in by_person.values():
        person = batch[0].recipient
        try:
            email_send(person, [d.notification for d in batch])
        except DeliveryError as error:
            _record(batch, now, error)
        else:
            _record(batch, now, None)


def _chat_urls(person_ids: set[int]) -> dict[int, list[str]]:
    urls: dict[int, list[str]] = defaultdict(list)
    for channel in ChatChannel.objects.filter(person_id__in=person_ids):
        urls[channel.person_id].append(channel.url)
    return urls


def _send_chats(deliveries: list[Delivery], now: datetime) -> None:
    urls = _chat_urls({d.recipient_id for d in deliveries})
    for delivery in deliveries:
        note = delivery.notification
        error = None
        targets = urls.get(delivery.recipient_id) or []
        if not targets:
            error = DeliveryError("No chat channel left.", retry=False)
        for url in targets:
            try:
                chat_send(url, title=note.title, body=_chat_body(note.body, note.link))
            except DeliveryError as exc:
                error = exc
        _record([delivery], now, error)


def _chat_body(body: str, link: str) -> str:
    from cairn.notifications.channels.email import absolute

    return f"{body}\n{absolute(link)}".strip() if link else body


def _due(now: datetime, person_id: int | None) -> QuerySet[Delivery]:
    due = Delivery.objects.filter(status=DeliveryStatus.PENDING, next_attempt_at__lte=now)
    return due.filter(recipient_id=person_id) if person_id is not None else due


def _email_batch(due: QuerySet[Delivery]) -> QuerySet[Delivery]:
    """Return the due emails plus every untried email of the same people (sent as one message)."""
    people = due.filter(channel=Channel.EMAIL).values("recipient_id")
    untried = Delivery.objects.filter(channel=Channel.EMAIL, attempts=0, recipient_id__in=people)
    return Delivery.objects.filter(
        Q(pk__in=due.filter(channel=Channel.EMAIL).values("pk")) | Q(pk__in=untried.values("pk"))
    )


def deliveries_send_due(*, now: datetime | None = None, person_id: int | None = None) -> int:
    """Send every due delivery (of one person, or everyone's); return how many were sent."""
    now = now or timezone.now()
    due = _due(now, person_id)
    emails = claim(_email_batch(due), now)
    chats = claim(due.filter(channel=Channel.CHAT), now)
    _send_emails(emails, now)
    _send_chats(chats, now)
    return sum(1 for d in [*emails, *chats] if d.status == DeliveryStatus.SENT)


@task()
def send_due_deliveries(person_id: int | None = None) -> int:
    """Send the person's due deliveries (queued for when the first one is due); return how many."""
    return deliveries_send_due(person_id=person_id)

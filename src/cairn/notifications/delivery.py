"""Sending deliveries: claim atomically, send (emails batched per person), retry with back-off.

A delivery is claimed by one UPDATE … WHERE status='pending' AND unclaimed, so two workers that
pick the same rows never both send them: each sends only the rows its own claim token marked.
A claim older than LEASE (a worker that died mid-send) may be taken again.
"""

from __future__ import annotations

import contextlib
import secrets
from collections import defaultdict
from datetime import datetime, timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.db.models import F, Q, QuerySet
from django.utils import timezone
from django.utils.translation import ngettext
from django_tasks import task

from cairn import tasks
from cairn.accounts.languages import in_language_of
from cairn.notifications.channels import DeliveryError
from cairn.notifications.channels.chat import chat_send
from cairn.notifications.channels.email import email_send
from cairn.notifications.kinds import Channel, DeliveryStatus
from cairn.notifications.models import ChatChannel, Delivery, Notification
from cairn.notifications.services import chunked

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


Outcome = tuple[list[Delivery], DeliveryError | None]


def _record(outcomes: list[Outcome], now: datetime) -> None:
    """Store the outcome of each attempt and queue the retries per batch.

    The sent ones (nearly all) take one UPDATE whatever their number; failures a bulk update.
    """
    rows = []
    for deliveries, error in outcomes:
        for delivery in deliveries:
            _outcome(delivery, now, error)
            rows.append(delivery)
    sent = [d.pk for d in rows if d.status == DeliveryStatus.SENT]
    if sent:
        Delivery.objects.filter(pk__in=sent).update(
            status=DeliveryStatus.SENT,
            sent_at=now,
            last_error="",
            next_attempt_at=None,
            claimed_by="",
            claimed_at=None,
            attempts=F("attempts") + 1,
        )
    Delivery.objects.bulk_update(
        [d for d in rows if d.status != DeliveryStatus.SENT],
        ["attempts", "claimed_by", "claimed_at", "status", "last_error", "next_attempt_at"],
        batch_size=settings.CAIRN_NOTIFY_TICK_BATCH,
    )
    retry: dict[datetime, set[int]] = defaultdict(set)
    for delivery in rows:
        if delivery.next_attempt_at:
            retry[delivery.next_attempt_at].add(delivery.recipient_id)
    for at, person_ids in retry.items():
        for batch in chunked(sorted(person_ids)):
            tasks.enqueue(send_due_deliveries, person_ids=list(batch), run_after=at)


def _outcome(delivery: Delivery, now: datetime, error: DeliveryError | None) -> None:
    """Apply one attempt's outcome to the delivery: sent, retried later, or failed."""
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


def _send_emails(deliveries: list[Delivery]) -> list[Outcome]:
    """Send one message per person over one SMTP connection; return each message's outcome.

    A message the server refuses (a bad recipient) fails alone; when the server cannot be
    reached at all, the rest of the batch waits for its retry instead of each trying in turn.
    """
    by_person: dict[int, list[Delivery]] = defaultdict(list)
    for delivery in deliveries:
        by_person[delivery.recipient_id].append(delivery)
    batches = list(by_person.values())
    outcomes: list[Outcome] = []
    if not batches:
        return outcomes
    connection = get_connection(fail_silently=False)
    try:
        for index, batch in enumerate(batches):
            try:
                email_send(batch[0].recipient, [d.notification for d in batch], connection)
            except DeliveryError as error:
                outcomes.append((batch, error))
                _close(connection)  # the next message opens a fresh connection
                if not _reachable(connection):
                    outcomes += [(rest, error) for rest in batches[index + 1 :]]
                    break
            else:
                outcomes.append((batch, None))
    finally:
        _close(connection)
    return outcomes


def _reachable(connection: BaseEmailBackend) -> bool:
    """Return True when the mail server takes a new connection (left open for the next)."""
    try:
        connection.open()
    except OSError:
        return False
    return True


def _close(connection: BaseEmailBackend) -> None:
    """Close the SMTP connection; one the server already dropped is just forgotten."""
    with contextlib.suppress(OSError):  # Django's backend forgets it whatever quit() raised
        connection.close()


def _chat_urls(person_ids: set[int]) -> dict[int, list[str]]:
    urls: dict[int, list[str]] = defaultdict(list)
    for channel in ChatChannel.objects.filter(person_id__in=person_ids):
        urls[channel.person_id].append(channel.url)
    return urls


def _send_chats(deliveries: list[Delivery]) -> list[Outcome]:
    """Post one message per person to each of their chat channels; return the outcomes."""
    urls = _chat_urls({d.recipient_id for d in deliveries})
    by_person: dict[int, list[Delivery]] = defaultdict(list)
    for delivery in deliveries:
        by_person[delivery.recipient_id].append(delivery)
    outcomes: list[Outcome] = []
    for person_id, batch in by_person.items():
        with in_language_of(batch[0].recipient):  # "3 updates from Cairn" in the reader's words
            title, body = _chat_text([d.notification for d in batch])
        error = None
        targets = urls.get(person_id) or []
        if not targets:
            error = DeliveryError("No chat channel left.", retry=False)
        for url in targets:
            try:
                chat_send(url, title=title, body=body)
            except DeliveryError as exc:
                error = exc
        outcomes.append((batch, error))
    return outcomes


def _chat_text(notes: list[Notification]) -> tuple[str, str]:
    """Return the (title, body) of one chat post carrying one or several notifications."""
    if len(notes) == 1:
        return notes[0].title, _chat_body(notes[0].body, notes[0].link)
    count = len(notes)
    title = ngettext("%(n)d update from Cairn", "%(n)d updates from Cairn", count) % {"n": count}
    return title, "\n\n".join(f"{n.title}\n{_chat_body(n.body, n.link)}".strip() for n in notes)


def _chat_body(body: str, link: str) -> str:
    from cairn.notifications.channels.email import absolute

    return f"{body}\n{absolute(link)}".strip() if link else body


def _due(now: datetime, person_ids: list[int] | None) -> QuerySet[Delivery]:
    due = Delivery.objects.filter(status=DeliveryStatus.PENDING, next_attempt_at__lte=now)
    return due.filter(recipient_id__in=person_ids) if person_ids is not None else due


def _batch(due: QuerySet[Delivery], channel: str) -> QuerySet[Delivery]:
    """Return the channel's due deliveries plus every untried one of the same people on that
    channel (sent with them as one message)."""
    mine = due.filter(channel=channel)
    people = mine.values("recipient_id")
    untried = Delivery.objects.filter(channel=channel, attempts=0, recipient_id__in=people)
    return Delivery.objects.filter(Q(pk__in=mine.values("pk")) | Q(pk__in=untried.values("pk")))


def deliveries_send_due(
    *,
    now: datetime | None = None,
    person_id: int | None = None,
    person_ids: list[int] | None = None,
) -> int:
    """Send every due delivery (of one person, the listed people, or everyone's); return how
    many were sent.

    People are taken `CAIRN_NOTIFY_TICK_BATCH` at a time: each batch is claimed, sent (one SMTP
    connection) and recorded before the next, so a claim never outlives its lease however many
    are due, and the queries grow with the batches, not the people.
    """
    now = now or timezone.now()
    if person_id is not None:
        person_ids = [person_id]
    people = sorted(set(_due(now, person_ids).values_list("recipient_id", flat=True)))
    sent = 0
    for batch in chunked(people):
        due = _due(now, list(batch))
        emails = claim(_batch(due, Channel.EMAIL), now)
        chats = claim(_batch(due, Channel.CHAT), now)
        _record([*_send_emails(emails), *_send_chats(chats)], now)
        sent += sum(1 for d in [*emails, *chats] if d.status == DeliveryStatus.SENT)
    return sent


@task()
def send_due_deliveries(person_id: int | None = None, person_ids: list[int] | None = None) -> int:
    """Send the due deliveries of one person or a batch of people (queued for when the first
    one is due); return how many."""
    return deliveries_send_due(person_id=person_id, person_ids=person_ids)

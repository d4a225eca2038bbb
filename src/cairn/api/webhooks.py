"""Outgoing webhooks: signed JSON sent by a background task, retried with backoff."""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
import time
from datetime import timedelta
from typing import Any
from urllib.parse import urlsplit

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from cairn import audit, tasks
from cairn.api.models import Webhook, WebhookDelivery, WebhookEvent
from cairn.lib import outbound
from cairn.lib.joined import Joined
from cairn.lib.prepared import prepared_cursor
from cairn.okrs import events
from cairn.organisations.models import Person

BACKOFF = (
    timedelta(minutes=1),
    timedelta(minutes=5),
    timedelta(minutes=30),
    timedelta(hours=2),
    timedelta(hours=12),
)
MAX_ATTEMPTS = 5
TIMEOUT_SECONDS = 10


def sign(secret: str, timestamp: str, body: bytes) -> str:
    """Return the hex HMAC-SHA256 of "<timestamp>.<body>" under the webhook's secret."""
    message = timestamp.encode() + b"." + body
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()


def _clean(webhook: Webhook, *, check_address: bool = True) -> None:
    errors: dict[str, str] = {}
    if urlsplit(webhook.url).scheme not in ("http", "https") or len(webhook.url) > 500:
        errors["url"] = _("Enter an http or https URL.")
    elif check_address:
        errors.update(_address_errors(webhook.url))
    unknown = set(webhook.events) - set(WebhookEvent.values)
    if not webhook.events or unknown:
        errors["events"] = _("Choose one or more known events.")
    if errors:
        raise ValidationError(errors)


def _address_errors(url: str) -> dict[str, str]:
    """Return {"url": why} when the URL may not be reached; a host that does not resolve yet passes."""
    try:
        outbound.address_check(url)
    except outbound.OutboundRefused as exc:
        return {"url": _("This URL is refused: %(reason)s.") % {"reason": exc}}
    except outbound.OutboundError:
        pass  # DNS may be down for a moment; every send checks again
    return {}


def _require_admin(actor: Person) -> None:
    if not actor.is_admin or not actor.is_active:
        raise PermissionDenied(_("Only admins manage webhooks."))


# Create and update resolve the URL's host before their transaction starts, so no write lock
# (SQLite takes it at BEGIN IMMEDIATE) is held while DNS answers.


def webhook_create(*, actor: Person, url: str, events: list[str], active: bool = True) -> Webhook:
    """Create a webhook with a fresh signing secret; return it."""
    _require_admin(actor)
    webhook = Webhook(
        organisation_id=actor.organisation_id,
        url=url.strip(),
        events=sorted(set(events)),
        active=active,
        secret=secrets.token_urlsafe(32),
    )
    _clean(webhook)
    with transaction.atomic():
        webhook.save()
        _audit(audit.Action.WEBHOOK_CREATED, actor, webhook, {"events": webhook.events})
    return webhook


def webhook_update(*, webhook: Webhook, actor: Person, **changes: Any) -> Webhook:
    """Change a webhook's url, events or active flag; return it."""
    _require_admin(actor)
    before = {name: getattr(webhook, name) for name in ("url", "events", "active")}
    for name in ("url", "events", "active"):
        if name in changes:
            setattr(webhook, name, changes[name])
    webhook.events = sorted(set(webhook.events))
    # Switching a webhook off always works, even when its address is refused now.
    _clean(webhook, check_address="url" in changes or webhook.active)
    changed = sorted(name for name, value in before.items() if getattr(webhook, name) != value)
    with transaction.atomic():
        webhook.save()
        if changed:
            _audit(audit.Action.WEBHOOK_CHANGED, actor, webhook, {"changed": changed})
    return webhook


@transaction.atomic
def webhook_delete(*, webhook: Webhook, actor: Person) -> None:
    """Delete a webhook and its delivery log."""
    _require_admin(actor)
    _audit(audit.Action.WEBHOOK_DELETED, actor, webhook, {})
    webhook.delete()


def _audit(action: audit.Action, actor: Person, webhook: Webhook, details: dict) -> None:
    """Record a webhook change; the label is the URL's host only (paths may hold secrets)."""
    parts = urlsplit(webhook.url)
    label = f"{parts.scheme}://{parts.hostname or ''}"
    audit.record(
        action=action,
        actor=actor,
        object_type="webhook",
        object_id=webhook.pk,
        object_label=label,
        details=details,
    )


_WEBHOOK_ROW = Joined([(Webhook, "w", "")])


def _active_webhooks(organisation_id: int) -> list[Webhook]:
    """Return the organisation's active webhooks, by id: every check-in asks (see
    cairn.lib.joined for why the statement is written once rather than compiled each time)."""
    table = connection.ops.quote_name(Webhook._meta.db_table)
    with prepared_cursor() as cursor:
        cursor.execute(
            f"SELECT {_WEBHOOK_ROW.columns()} FROM {table} w"
            " WHERE w.organisation_id = %s AND w.active ORDER BY w.id",
            [organisation_id],
        )
        rows = cursor.fetchall()
    return [_WEBHOOK_ROW.instances(row)[0] for row in rows]  # type: ignore[misc]


def active_webhooks_once(organisation_id: int) -> list[Webhook]:
    """Return the organisation's active webhooks, read once for events sent together (a
    check-in's pace change and the check-in itself: cairn.okrs.events.sent_together)."""
    memo = events.batch()
    if memo is None:
        return _active_webhooks(organisation_id)
    key = ("webhooks", organisation_id)
    if key not in memo:
        memo[key] = _active_webhooks(organisation_id)
    return memo[key]


def emit(organisation_id: int, event: str, data: dict[str, Any]) -> int:
    """Log a delivery for each subscribed webhook and queue it; return how many."""
    hooks = [w for w in active_webhooks_once(organisation_id) if event in w.events]
    if not hooks:
        return 0
    payload = json.loads(
        json.dumps(
            {"event": event, "occurred_at": timezone.now(), "data": data}, cls=DjangoJSONEncoder
        )
    )
    for webhook in hooks:
        delivery = WebhookDelivery.objects.create(
            webhook=webhook, event=event, payload=payload, next_attempt_at=timezone.now()
        )
        tasks.enqueue(deliver_webhook, delivery.pk)
    return len(hooks)


def _post(delivery: WebhookDelivery) -> int:
    """Send the delivery once; return the HTTP status (raises OutboundRefused or OutboundError)."""
    body = json.dumps({"id": delivery.pk, **delivery.payload}).encode()
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json",
        "User-Agent": "Cairn-Webhooks/1",
        "X-Cairn-Event": delivery.event,
        "X-Cairn-Delivery": str(delivery.pk),
        "X-Cairn-Timestamp": timestamp,
        "X-Cairn-Signature": "sha256=" + sign(delivery.webhook.secret, timestamp, body),
    }
    response = outbound.post(
        delivery.webhook.url, body=body, headers=headers, timeout=TIMEOUT_SECONDS, max_bytes=1024
    )
    return response.status


def _outcome(status: int) -> str:
    """Return the error to log for an HTTP status, or "" when it means delivered."""
    if 200 <= status < 300:
        return ""
    if status in outbound.REDIRECTS:
        return f"HTTP {status}: redirects are not followed"
    return f"HTTP {status}"


def _send(delivery: WebhookDelivery) -> bool:
    """Send once and log status and error on the delivery; return whether to retry on failure."""
    delivery.status_code = None
    try:
        delivery.status_code = _post(delivery)
        delivery.last_error = _outcome(delivery.status_code)
    except outbound.OutboundRefused as exc:
        delivery.last_error = f"refused: {exc}"
        return False  # the address is not allowed; trying again would only repeat that
    except outbound.OutboundError as exc:
        delivery.last_error = str(exc)  # generic by design: the log is not a port scanner
    return True


def attempt(delivery: WebhookDelivery) -> bool:
    """Try one delivery, log the outcome and schedule a retry; return True when delivered."""
    delivery.attempts += 1
    retry = _send(delivery)
    now = timezone.now()
    delivered = not delivery.last_error
    if delivered:
        delivery.delivered_at, delivery.next_attempt_at = now, None
    elif retry and delivery.attempts < MAX_ATTEMPTS:
        delivery.next_attempt_at = now + BACKOFF[delivery.attempts - 1]
    else:
        delivery.next_attempt_at = None
    delivery.save()
    if delivery.next_attempt_at is not None:
        tasks.enqueue(deliver_webhook, delivery.pk, run_after=delivery.next_attempt_at)
    return delivered


@task()
def deliver_webhook(delivery_id: int) -> bool:
    """Deliver one logged webhook event if it is still due; return True when delivered."""
    delivery = (
        WebhookDelivery.objects.select_related("webhook")
        .filter(pk=delivery_id, delivered_at__isnull=True, next_attempt_at__lte=timezone.now())
        .first()
    )
    if delivery is None or not delivery.webhook.active:
        return False
    return attempt(delivery)


@task()
def retry_due_webhooks() -> int:
    """Attempt every delivery whose retry is due (a sweep for backends that cannot defer)."""
    due = WebhookDelivery.objects.select_related("webhook").filter(
        delivered_at__isnull=True, next_attempt_at__lte=timezone.now(), webhook__active=True
    )
    return sum(attempt(delivery) for delivery in due)

"""Webhooks (admins): configure URLs and events, read the delivery log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from cairn.api import selectors, webhooks
from cairn.api.idempotency import idempotent
from cairn.api.models import Webhook, WebhookDelivery, WebhookEvent
from cairn.api.pagination import ListParams, page_schema, paginate
from cairn.api.types import Bool, IdParam, Input

router = Router(tags=["webhooks"])


class WebhookOut(Schema):
    id: int
    url: str
    events: list[WebhookEvent]
    active: bool
    created_at: datetime


class WebhookCreated(WebhookOut):
    secret: str = Field(..., description="Verify X-Cairn-Signature with it; shown only here.")


class WebhookIn(Input):
    url: str = Field(..., min_length=1, max_length=500)
    events: list[WebhookEvent] = Field(..., min_length=1)
    active: Bool = True


class WebhookPatch(Input):
    url: str | None = Field(None, min_length=1, max_length=500)
    events: list[WebhookEvent] | None = Field(None, min_length=1)
    active: Bool | None = None


class DeliveryOut(Schema):
    id: int
    event: str
    payload: dict[str, Any]
    status_code: int | None
    attempts: int
    next_attempt_at: datetime | None
    last_error: str
    delivered_at: datetime | None
    created_at: datetime


WebhookPage = page_schema(WebhookOut, "WebhookPage")
DeliveryPage = page_schema(DeliveryOut, "DeliveryPage")


def _webhooks(request: HttpRequest):
    person = request.auth
    if not person.is_admin:
        raise PermissionDenied(_("Only admins manage webhooks."))
    return Webhook.objects.filter(organisation_id=person.organisation_id)


@router.get("/webhooks", response=WebhookPage)
def list_webhooks(request: HttpRequest, filters: Query[ListParams]):
    """Return a page of the organisation's webhooks."""
    return paginate(_webhooks(request), filters)


@router.post("/webhooks", response={201: WebhookCreated})
@decorate_view(idempotent)
def create_webhook(request: HttpRequest, payload: WebhookIn):
    """Create a webhook; the answer carries its signing secret, shown only once."""
    _webhooks(request)
    return Status(201, webhooks.webhook_create(actor=request.auth, **payload.dict()))


@router.get("/webhooks/{int:webhook_id}", response=WebhookOut)
def get_webhook(request: HttpRequest, webhook_id: IdParam):
    """Return one webhook."""
    return selectors.one(_webhooks(request), webhook_id)


@router.patch("/webhooks/{int:webhook_id}", response=WebhookOut)
def update_webhook(request: HttpRequest, webhook_id: IdParam, payload: WebhookPatch):
    """Change a webhook's URL, events or active flag."""
    webhook = selectors.one(_webhooks(request), webhook_id)
    changes = {k: v for k, v in payload.dict(exclude_unset=True).items() if v is not None}
    return webhooks.webhook_update(webhook=webhook, actor=request.auth, **changes)


@router.delete("/webhooks/{int:webhook_id}", response={204: None})
def delete_webhook(request: HttpRequest, webhook_id: IdParam):
    """Delete a webhook and its delivery log."""
    webhook = selectors.one(_webhooks(request), webhook_id)
    webhooks.webhook_delete(webhook=webhook, actor=request.auth)
    return Status(204, None)


@router.get("/webhooks/{int:webhook_id}/deliveries", response=DeliveryPage)
def list_deliveries(request: HttpRequest, webhook_id: IdParam, filters: Query[ListParams]):
    """Return a page of the webhook's delivery log, oldest first."""
    webhook = selectors.one(_webhooks(request), webhook_id)
    return paginate(WebhookDelivery.objects.filter(webhook=webhook), filters)

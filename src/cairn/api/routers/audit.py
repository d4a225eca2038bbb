"""The audit log (admins): security events, newest first, with the web page's filters."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Annotated, Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema
from pydantic import BeforeValidator

from cairn.api.pagination import ListParams, decode_cursor, encode_cursor, page_schema
from cairn.api.types import IdParam
from cairn.audit import Action
from cairn.audit.selectors import AuditFilters, audit_events, audit_page, require_audit_reader

router = Router(tags=["audit"])
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def _day(value: object) -> object:
    """Accept YYYY-MM-DD only (pydantic would also read "0" as a Unix time)."""
    if isinstance(value, date) or (isinstance(value, str) and _DAY.fullmatch(value)):
        return value
    raise ValueError("Enter a date as YYYY-MM-DD.")


Day = Annotated[date, BeforeValidator(_day)]


class AuditEventOut(Schema):
    id: int
    at: datetime
    action: str
    actor: str = Field(..., alias="actor_label")
    actor_person: int | None = Field(None, alias="actor_id")
    object_type: str
    object_id: int | None
    object_label: str
    address: str | None
    user_agent: str
    details: dict[str, Any]


class AuditQuery(ListParams):
    action: Action | None = None
    actor: IdParam | None = Field(None, description="Events by this person (id).")
    since: Day | None = Field(None, description="From this day (the organisation's time zone).")
    until: Day | None = Field(None, description="Up to and including this day.")
    q: str | None = Field(None, max_length=200, description="Text in the object's label.")


AuditEventPage = page_schema(AuditEventOut, "AuditEventPage")


@router.get("/audit-events", response=AuditEventPage)
def list_audit_events(request: HttpRequest, params: Query[AuditQuery]):
    """Return a page of the organisation's audit events, newest first (admins only).

    `next` continues with older events.
    """
    person = request.auth
    require_audit_reader(person)
    if params.since and params.until and params.since > params.until:
        raise ValidationError({"since": _("The first day comes after the last.")})
    filters = AuditFilters(
        action=params.action or "",
        actor=params.actor,
        since=params.since,
        until=params.until,
        text=(params.q or "").strip(),
    )
    before = decode_cursor(params.cursor) or None
    events = audit_events(organisation=person.organisation, filters=filters)
    rows, next_before = audit_page(events, before=before, limit=params.limit)
    return {"items": rows, "next": encode_cursor(next_before) if next_before else None}

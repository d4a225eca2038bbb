"""Writes to the audit log: record an event, purge past retention, set the retention."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models, transaction
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn.audit.actions import Action
from cairn.audit.context import current_origin, origin_of
from cairn.audit.gate import audit_gate
from cairn.audit.models import (
    DEFAULT_RETENTION_DAYS,
    LABEL_LENGTH,
    MAX_RETENTION_DAYS,
    MIN_RETENTION_DAYS,
    AuditEvent,
    AuditRetention,
)
from cairn.organisations.models import Organisation, Person

MAX_DETAILS_CHARS = 2000
SYSTEM = "system"


def _user_label(user: Any) -> str:
    if user is None:
        return ""
    return (getattr(user, "display_name", "") or str(user))[:LABEL_LENGTH]


def _object_fields(obj: models.Model | None) -> dict[str, Any]:
    if obj is None:
        return {}
    return {
        "object_type": obj._meta.model_name or "",
        "object_id": obj.pk,
        "object_label": str(obj)[:LABEL_LENGTH],
    }


def audit_record(
    *,
    action: Action | str,
    organisation: Organisation | int | None = None,
    actor: Person | None = None,
    actor_user: Any = None,
    actor_label: str = "",
    obj: models.Model | None = None,
    object_type: str = "",
    object_id: int | None = None,
    object_label: str = "",
    details: dict[str, Any] | None = None,
    request: HttpRequest | None = None,
) -> AuditEvent:
    """Append one event; return it. Who (a person, else a user, else the system), what, where.

    The organisation defaults to the actor's; the client address and user agent to the
    request's (else the request being served, else none: the command line).
    """
    if action not in Action.values:
        raise ValueError(f"unknown audit action {action!r}")
    details = details or {}
    if len(json.dumps(details, default=str)) > MAX_DETAILS_CHARS:
        raise ValueError("audit details are kept small (at most 2,000 characters of JSON)")
    if actor is not None:
        actor_user = actor_user or actor.user
        organisation = organisation if organisation is not None else actor.organisation_id
    origin = origin_of(request) if request is not None else current_origin()
    fields = {"object_type": object_type, "object_id": object_id, "object_label": object_label}
    fields.update({k: v for k, v in _object_fields(obj).items() if not fields.get(k)})
    fields["object_label"] = str(fields["object_label"])[:LABEL_LENGTH]
    event = AuditEvent(
        organisation_id=getattr(organisation, "pk", organisation),
        actor=actor,
        actor_user_id=getattr(actor_user, "pk", actor_user),
        actor_label=(actor_label or _user_label(actor_user) or SYSTEM)[:LABEL_LENGTH],
        action=str(action),
        address=origin.address,
        user_agent=origin.user_agent,
        details=json.loads(json.dumps(details, default=str)),
        **fields,
    )
    event.save()
    return event


def audit_record_for_user(
    *, user: Any, action: Action, as_actor: bool = True, **kwargs: Any
) -> list[AuditEvent]:
    """Record the event once in each organisation the user is an active member of (once,
    without one, when they belong to none); return the events.

    `as_actor`: the user did it (a sign-in); otherwise it happened to them (a failed attempt,
    whose actor is unknown) and the user is the event's object.
    """
    people = list(
        Person.objects.filter(user_id=user.pk, is_active=True).select_related("user").order_by("pk")
    )
    events = []
    for person in people or [None]:
        common = {
            "action": action,
            "organisation": person.organisation_id if person else None,
            "object_type": "user",
            "object_id": user.pk,
            "object_label": _user_label(user),
            **kwargs,
        }
        if as_actor:
            events.append(audit_record(actor=person, actor_user=user, **common))
        else:
            events.append(audit_record(**common))
    return events


def audit_record_about_email(
    action: Action, email: str | None, request: HttpRequest | None = None, **details: Any
) -> list[AuditEvent]:
    """Record something tried on `email` by someone unknown (a failed sign-in, a reset request):
    in each organisation of its account, or once without an organisation; return the events."""
    from django.contrib.auth import get_user_model

    email = (email or "").strip().lower()[:LABEL_LENGTH]
    user = get_user_model().objects.filter(email=email).first() if email else None
    if user is not None:
        return audit_record_for_user(
            user=user,
            action=action,
            as_actor=False,
            request=request,
            details=details,
            actor_label="unknown",
        )
    event = audit_record(
        action=action,
        object_type="email",
        object_label=email,
        request=request,
        details=details,
        actor_label="unknown",
    )
    return [event]


def audit_export(*, actor: Person, obj: models.Model, fmt: str, via: str) -> AuditEvent:
    """Record that the actor downloaded `obj` (e.g. a cycle) as `fmt` through `via`."""
    return audit_record(
        action=Action.EXPORTED, actor=actor, obj=obj, details={"format": fmt, "via": via}
    )


def retention_days(organisation: Organisation | int) -> int:
    """Return how many days the organisation keeps its audit events."""
    pk = getattr(organisation, "pk", organisation)
    days = AuditRetention.objects.filter(organisation_id=pk).values_list("days", flat=True).first()
    return days or DEFAULT_RETENTION_DAYS


@transaction.atomic
def audit_retention_update(*, organisation: Organisation, actor: Person | None, days: int) -> int:
    """Set how many days the organisation keeps audit events (admins only); return the days."""
    if actor is not None and (actor.organisation_id != organisation.pk or not actor.is_admin):
        raise PermissionDenied(_("Only admins change the audit log's retention."))
    if not isinstance(days, int) or not MIN_RETENTION_DAYS <= days <= MAX_RETENTION_DAYS:
        message = _("Keep audit events for %(min)d to %(max)d days.") % {
            "min": MIN_RETENTION_DAYS,
            "max": MAX_RETENTION_DAYS,
        }
        raise ValidationError({"days": message})
    before = retention_days(organisation)
    AuditRetention.objects.update_or_create(organisation=organisation, defaults={"days": days})
    if before != days:
        audit_record(
            action=Action.AUDIT_RETENTION_CHANGED,
            organisation=organisation,
            actor=actor,
            obj=organisation,
            details={"from_days": before, "to_days": days},
        )
    return days


@transaction.atomic
def audit_purge(*, now: datetime | None = None) -> int:
    """Delete the events older than their organisation's retention; return how many.

    The only code that opens the purge gate: the database refuses any other DELETE.
    """
    now = now or timezone.now()
    custom = dict(AuditRetention.objects.values_list("organisation_id", "days"))
    deleted = 0
    with audit_gate("purge"):
        for organisation_id, days in custom.items():
            old = AuditEvent.objects.filter(
                organisation_id=organisation_id, at__lt=now - timedelta(days=days)
            )
            deleted += old._raw_delete_for_purge()
        rest = AuditEvent.objects.exclude(organisation_id__in=list(custom)).filter(
            at__lt=now - timedelta(days=DEFAULT_RETENTION_DAYS)
        )
        deleted += rest._raw_delete_for_purge()
    return deleted

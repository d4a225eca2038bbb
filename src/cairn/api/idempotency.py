"""Idempotency-Key on POST: a retry with the same key gets the stored response back."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime, timedelta
from functools import wraps
from typing import Any

from django.db import IntegrityError, transaction
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn.api.errors import problem
from cairn.api.models import IdempotencyKey
from cairn.api.tokens import token_find

HEADER = "HTTP_IDEMPOTENCY_KEY"
LIFETIME = timedelta(hours=24)
KEPT_HEADERS = ("Content-Type", "Location", "ETag")


def _principal(request: HttpRequest) -> str | None:
    """Return the caller's id from the token or session, before authentication runs."""
    header = request.META.get("HTTP_AUTHORIZATION", "")
    if header.lower().startswith("bearer "):
        token = token_find(header[7:].strip())
        return f"t{token.pk}" if token else None
    user = getattr(request, "user", None)
    return f"u{user.pk}" if user is not None and user.is_authenticated else None


def _fingerprint(request: HttpRequest) -> str:
    return hashlib.sha256(
        request.method.encode() + request.path.encode() + request.body
    ).hexdigest()


def _replay(record: IdempotencyKey) -> HttpResponse:
    response = HttpResponse(bytes(record.response_body), status=record.status_code)
    for name, value in record.response_headers.items():
        response[name] = value
    response["Idempotent-Replayed"] = "true"
    return response


def _existing(principal: str, key: str, fingerprint: str) -> HttpResponse | None:
    """Return the answer for a key seen before, or None when the key is new (or expired)."""
    IdempotencyKey.objects.filter(
        principal=principal, key=key, expires_at__lte=timezone.now()
    ).delete()
    record = IdempotencyKey.objects.filter(principal=principal, key=key).first()
    if record is None:
        return None
    if record.body_hash != fingerprint:
        return problem(422, _("This Idempotency-Key was used with a different request."))
    if record.status_code is None:
        return problem(409, _("A request with this Idempotency-Key is still in progress."))
    return _replay(record)


def _claim(request: HttpRequest, principal: str, key: str, fingerprint: str) -> IdempotencyKey:
    with transaction.atomic():
        return IdempotencyKey.objects.create(
            principal=principal,
            key=key,
            method=request.method,
            path=request.path[:500],
            body_hash=fingerprint,
            expires_at=timezone.now() + LIFETIME,
        )


def _store(record: IdempotencyKey, response: HttpResponse) -> None:
    if 200 <= response.status_code < 300:
        record.status_code = response.status_code
        record.response_body = response.content
        record.response_headers = {h: response[h] for h in KEPT_HEADERS if h in response}
        record.save(update_fields=["status_code", "response_body", "response_headers"])
    else:
        record.delete()


def idempotent(run: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Wrap an operation so POSTs carrying an Idempotency-Key run at most once per caller."""

    @wraps(run)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        key = request.META.get(HEADER, "").strip()
        principal = _principal(request) if key and request.method == "POST" else None
        if principal is None:
            return run(request, *args, **kwargs)
        if len(key) > 255:
            return problem(422, _("An Idempotency-Key has at most 255 characters."))
        fingerprint = _fingerprint(request)
        answer = _existing(principal, key, fingerprint)
        if answer is not None:
            return answer
        try:
            record = _claim(request, principal, key, fingerprint)
        except IntegrityError:
            return problem(409, _("A request with this Idempotency-Key is still in progress."))
        try:
            response = run(request, *args, **kwargs)
        except BaseException:
            record.delete()
            raise
        _store(record, response)
        return response

    return wrapper


def idempotency_keys_prune(*, now: datetime | None = None) -> int:
    """Delete every stored key past its lifetime; return how many (a sweep keeps the table small)."""
    deleted, _rows = IdempotencyKey.objects.filter(expires_at__lte=now or timezone.now()).delete()
    return deleted

"""Idempotency-Key on POST: a retry with the same key gets the stored response back.

The key is written in the same transaction as the work it guards, together with the response,
and never committed on its own before the work: a request that dies half-way (a crash, a
killed worker) rolls back its key with its work, so the retry simply runs, and a write that
committed always has its key. A concurrent retry waits for the first request's transaction
(SQLite's write lock, PostgreSQL's unique index) and then replays its response. Claiming the
key first under a lease would leave a window where the work committed but the response was
never stored, and the retry would write twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import wraps
from typing import Any

from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn.api.errors import problem
from cairn.api.models import IdempotencyKey
from cairn.api.tokens import token_find

HEADER = "HTTP_IDEMPOTENCY_KEY"
LIFETIME = timedelta(hours=24)
# A key without a response is only ever committed by the previous release, which claimed keys
# before the work; after this long (more than any request runs) its request is dead.
LEASE = timedelta(seconds=60)
KEPT_HEADERS = ("Content-Type", "Location", "ETag")


@dataclass(frozen=True)
class Caller:
    """Who sends a key: a token or a signed-in user, in one organisation."""

    organisation_id: int
    principal: str


def _caller(request: HttpRequest) -> Caller | None:
    """Return the caller from the token or session, before authentication runs."""
    header = request.META.get("HTTP_AUTHORIZATION", "")
    if header.lower().startswith("bearer "):
        token = token_find(header[7:].strip())
        return Caller(token.organisation_id, f"t{token.pk}") if token else None
    user = getattr(request, "user", None)
    person = getattr(request, "person", None)
    if user is None or not user.is_authenticated or person is None:
        return None
    return Caller(person.organisation_id, f"u{user.pk}")


def _fingerprint(request: HttpRequest) -> str:
    return hashlib.sha256(
        request.method.encode() + request.path.encode() + request.body
    ).hexdigest()


def _keys(caller: Caller, key: str) -> QuerySet[IdempotencyKey]:
    return IdempotencyKey.objects.filter(
        organisation_id=caller.organisation_id, principal=caller.principal, key=key
    )


def _replay(record: IdempotencyKey) -> HttpResponse:
    response = HttpResponse(bytes(record.response_body), status=record.status_code)
    for name, value in record.response_headers.items():
        response[name] = value
    response["Idempotent-Replayed"] = "true"
    return response


def _in_progress() -> HttpResponse:
    return problem(409, _("A request with this Idempotency-Key is still in progress."))


def _existing(caller: Caller, key: str, fingerprint: str) -> HttpResponse | None:
    """Return the answer for a key seen before, or None when it is new (or expired, or dead)."""
    now = timezone.now()
    _keys(caller, key).filter(
        Q(expires_at__lte=now) | Q(status_code__isnull=True, created_at__lte=now - LEASE)
    ).delete()
    record = _keys(caller, key).first()
    if record is None:
        return None
    if record.body_hash != fingerprint:
        return problem(422, _("This Idempotency-Key was used with a different request."))
    if record.status_code is None:
        return _in_progress()
    return _replay(record)


def _claim(request: HttpRequest, caller: Caller, key: str, fingerprint: str) -> IdempotencyKey:
    """Insert the key (uncommitted until the work is); IntegrityError if another one won."""
    with transaction.atomic():  # a savepoint: the outer transaction survives a lost race
        return IdempotencyKey.objects.create(
            organisation_id=caller.organisation_id,
            principal=caller.principal,
            key=key,
            method=request.method,
            path=request.path[:500],
            body_hash=fingerprint,
            expires_at=timezone.now() + LIFETIME,
        )


def _store(record: IdempotencyKey, response: HttpResponse) -> None:
    """Keep a success with its key; anything else rolls back the key and the work."""
    if not 200 <= response.status_code < 300:
        transaction.set_rollback(True)
        return
    record.status_code = response.status_code
    record.response_body = response.content
    record.response_headers = {h: response[h] for h in KEPT_HEADERS if h in response}
    record.save(update_fields=["status_code", "response_body", "response_headers"])


def _refused(key: str) -> HttpResponse | None:
    if len(key) > 255:
        return problem(422, _("An Idempotency-Key has at most 255 characters."))
    if not key.isprintable():
        return problem(422, _("An Idempotency-Key holds printable characters only."))
    return None


def idempotent(run: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Wrap an operation so POSTs carrying an Idempotency-Key run at most once per caller."""

    @wraps(run)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        key = request.META.get(HEADER, "").strip()
        caller = _caller(request) if key and request.method == "POST" else None
        if caller is None:
            return run(request, *args, **kwargs)
        refused = _refused(key)
        if refused is not None:
            return refused
        fingerprint = _fingerprint(request)
        with transaction.atomic():
            answer = _existing(caller, key, fingerprint)
            if answer is not None:
                return answer
            try:
                record = _claim(request, caller, key, fingerprint)
            except IntegrityError:  # a concurrent request with this key committed first
                return _existing(caller, key, fingerprint) or _in_progress()
            response = run(request, *args, **kwargs)
            _store(record, response)
            return response

    return wrapper


def idempotency_keys_prune(*, now: datetime | None = None) -> int:
    """Delete every stored key past its lifetime; return how many (a sweep keeps the table small)."""
    deleted, _rows = IdempotencyKey.objects.filter(expires_at__lte=now or timezone.now()).delete()
    return deleted

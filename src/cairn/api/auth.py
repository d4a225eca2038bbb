"""Who is calling: a Bearer token or the browser's session; scope and rate limit checks."""

from __future__ import annotations

import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja.security import APIKeyCookie, HttpBearer

from cairn.api.errors import ApiProblem
from cairn.api.models import ApiToken, TokenScope
from cairn.api.tokens import token_lookup, token_touch
from cairn.organisations.models import Person

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
WINDOW_SECONDS = 60


def rate_limit(principal: str, limit: int | None = None) -> None:
    """Count a request in the current fixed window; raise a 429 problem when over the limit.

    The limit is CAIRN_API_RATE_LIMIT a minute unless given (0: no limit). Counts live in the
    cache, shared by every server through Redis when CAIRN_REDIS_URL is set.
    """
    if limit is None:
        limit = getattr(settings, "CAIRN_API_RATE_LIMIT", 600)
    if not limit:
        return
    now = time.time()
    window = int(now // WINDOW_SECONDS)
    key = f"cairn:api:rate:{principal}:{window}"
    cache.add(key, 0, WINDOW_SECONDS + 5)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW_SECONDS + 5)
        count = 1
    if count > limit:
        retry_after = max(1, int((window + 1) * WINDOW_SECONDS - now) + 1)
        raise ApiProblem(
            429,
            _("Too many requests: at most %(limit)d a minute.") % {"limit": limit},
            headers={"Retry-After": str(retry_after)},
        )


def bearer_token(plaintext: str) -> ApiToken | None:
    """Return the token sent, or None if unknown; raise a 401 problem saying so if it expired."""
    api_token = token_lookup(plaintext.strip())
    if api_token is None or api_token.expires_at is None or not api_token.is_expired:
        return api_token
    # A clear reason, so the script's owner makes a new token rather than debugging.
    when = api_token.expires_at.isoformat(timespec="seconds")
    raise ApiProblem(
        401,
        _("This token expired on %(when)s; create a new one.") % {"when": when},
        headers={"WWW-Authenticate": 'Bearer realm="cairn", error="invalid_token"'},
    )


class BearerToken(HttpBearer):
    """Authorization: Bearer <token>; read-only tokens may not write."""

    def authenticate(self, request: HttpRequest, token: str) -> Person | None:
        api_token = bearer_token(token)
        if api_token is None:
            return None
        rate_limit(f"t{api_token.pk}")
        if request.method not in SAFE_METHODS and api_token.scope != TokenScope.WRITE:
            raise PermissionDenied(_("This token is read-only."))
        token_touch(api_token)
        request.api_token = api_token  # type: ignore[attr-defined]
        return api_token.person


class SessionPerson(APIKeyCookie):
    """The signed-in browser user, as their current person; CSRF is checked on writes."""

    param_name = settings.SESSION_COOKIE_NAME

    def authenticate(self, request: HttpRequest, key: str | None) -> Person | None:
        person = getattr(request, "person", None)
        if person is None or not request.user.is_authenticated:
            return None
        rate_limit(f"u{request.user.pk}")
        request.api_token = None  # type: ignore[attr-defined]
        return person


def principal(request: HttpRequest) -> str:
    """Return a stable id of the caller (token or user) for idempotency keys."""
    token = getattr(request, "api_token", None)
    return f"t{token.pk}" if token is not None else f"u{request.user.pk}"

"""The API's middleware: its one error format for the 405 that Django Ninja answers itself, and
the shortcut that spares token requests the browser's middleware."""

from __future__ import annotations

import threading
from collections.abc import Callable

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _

from cairn.api import errors

API_PREFIX = "/api/"


class MethodNotAllowedProblemMiddleware:
    """Turn an API 405 (plain text from Ninja) into problem+json, keeping its Allow header."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if response.status_code != 405 or not request.path.startswith(API_PREFIX):
            return response
        # Ninja builds Allow from a set: sort it so clients and caches see one stable value.
        allowed = ", ".join(sorted(m.strip() for m in response.get("Allow", "").split(",") if m))
        detail = _("%(method)s is not allowed here; allowed: %(allowed)s.") % {
            "method": request.method,
            "allowed": allowed or _("none"),
        }
        return errors.problem(405, detail, headers={"Allow": allowed} if allowed else None)


# Django builds the middleware chain from the innermost out, so the rejoin point (after the
# browser's middleware) exists before the shortcut (before them) that skips to it.
_rejoin = threading.local()


def is_token_request(request: HttpRequest) -> bool:
    """Return True for an API request that carries a Bearer token and no cookie at all."""
    return (
        request.path_info.startswith(API_PREFIX)
        and request.META.get("HTTP_AUTHORIZATION", "")[:7].lower() == "bearer "
        and not request.META.get("HTTP_COOKIE")
    )


class TokenRequestShortcut:
    """Send a token request (`is_token_request`) straight to `TokenRequestRejoin`, past the
    middleware between them, which serve only the browser: sessions, CSRF, messages, allauth,
    htmx, the current person, two-factor enforcement, session tracking. Without a cookie each
    of them finds nothing to do (no session, no CSRF cookie, an anonymous user), yet together
    they cost a tenth of an API check-in. The request gets what they would have set; the
    response the `Vary: Cookie` the session middleware adds. Everything before the shortcut
    (security headers, the audit origin, language, allowed hosts) and after the rejoin runs
    for every request; with any cookie, or a session instead of a token, nothing is skipped
    (Ninja's cookie authentication still checks CSRF)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.skip_to = getattr(_rejoin, "get_response", None)
        _rejoin.get_response = None
        if self.skip_to is None:
            raise ImproperlyConfigured("TokenRequestShortcut needs TokenRequestRejoin after it.")

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not is_token_request(request):
            return self.get_response(request)
        request.user = AnonymousUser()
        request.person = None  # type: ignore[attr-defined]
        request.memberships = []  # type: ignore[attr-defined]
        request.two_factor_required = False  # type: ignore[attr-defined]
        response = self.skip_to(request)  # type: ignore[misc]
        patch_vary_headers(response, ("Cookie",))
        return response


class TokenRequestRejoin:
    """Where a token request continues after `TokenRequestShortcut` (see there)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        _rejoin.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        return self.get_response(request)

"""Production safeguards: the weak secret key refusal, the Permissions-Policy and CSP headers."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from csp.constants import HEADER, HEADER_REPORT_ONLY
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core import checks
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse

MIN_LENGTH = 50
MIN_UNIQUE = 5
# Values copied from examples and tutorials: long enough to pass the length rule, never secret.
PLACEHOLDERS = ("changeme", "replaceme", "yoursecret", "secretkey", "insecure", "placeholder")


def secret_key_weakness(key: str) -> str | None:
    """Return why a secret key is too weak for production, or None when it is strong."""
    if key.startswith("django-insecure-"):
        return "it starts with 'django-insecure-' (Django's development key)"
    letters = re.sub(r"[^a-z0-9]", "", key.lower())
    placeholder = next((word for word in PLACEHOLDERS if word in letters), None)
    if placeholder:
        return f"it contains the placeholder {placeholder!r}"
    if len(key) < MIN_LENGTH:
        return f"it is {len(key)} characters long, fewer than {MIN_LENGTH}"
    if len(set(key)) < MIN_UNIQUE:
        return f"it has fewer than {MIN_UNIQUE} different characters"
    return None


def weak_secret_key_message(weakness: str) -> str:
    """Return the start-up refusal, naming the variable to fix."""
    return (
        f"CAIRN_SECRET_KEY is too weak for production: {weakness}. Set CAIRN_SECRET_KEY (or "
        "CAIRN_SECRET_KEY_FILE) to a long random value, e.g. the output of "
        "`python -c 'import secrets; print(secrets.token_urlsafe(50))'`, or unset it to use the "
        "key Cairn generates in $CAIRN_DATA_DIR/secret_key."
    )


def production_key_problem() -> str | None:
    """Return the refusal message when Cairn runs in production mode with a weak key."""
    if settings.DEBUG:
        return None
    weakness = secret_key_weakness(settings.SECRET_KEY)
    return weak_secret_key_message(weakness) if weakness else None


def refuse_weak_secret_key() -> None:
    """Stop a serving process (gunicorn, any WSGI server) that would run with a weak key."""
    problem = production_key_problem()
    if problem:
        raise ImproperlyConfigured(problem)


def check_secret_key(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    """Return an error for `cairn check --deploy` when the secret key is weak."""
    problem = production_key_problem()
    if not problem:
        return []
    hint = "Every app server needs the same strong key; sessions signed with the old one end."
    return [checks.Error(problem, hint=hint, id="cairn.E001")]


class PermissionsPolicyMiddleware:
    """Add a Permissions-Policy header: Cairn needs no camera, microphone, location and such."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        features = settings.PERMISSIONS_POLICY
        self.header = ", ".join(f"{name}=({' '.join(allow)})" for name, allow in features.items())

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the header of a response that sets no policy of its own
    built once: django-csp rebuilt the same string on every response (about 0.2 ms of the API's
    hottest request). A view's csp_* decorator, a nonce or changed settings take the full path."""

    _built: tuple[object, object, str, str] | None = None

    def process_response(self, request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if (
            settings.DEBUG  # django-csp leaves the debug pages without the header
            or getattr(request, "_csp_nonce", None) is not None
            or any(hasattr(response, name) for name in _PER_RESPONSE_POLICY)
            or HEADER in response
            or HEADER_REPORT_ONLY in response
        ):
            return super().process_response(request, response)
        policy = getattr(settings, "CONTENT_SECURITY_POLICY", None)
        report_only = getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
        built = self._built
        if built is None or built[0] is not policy or built[1] is not report_only:
            return self._build_and_keep(request, response, policy, report_only)
        if built[2] and not _excluded(request, policy):
            response[HEADER] = built[2]
        if built[3] and not _excluded(request, report_only):
            response[HEADER_REPORT_ONLY] = built[3]
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)  # type: ignore[attr-defined]
        return response

    def _build_and_keep(
        self, request: HttpRequest, response: HttpResponse, policy: object, report_only: object
    ) -> HttpResponse:
        response = super().process_response(request, response)
        header = build_policy(**asdict(self.get_policy_parts(request, response)))
        header_ro = build_policy(
            **asdict(self.get_policy_parts(request, response, report_only=True)), report_only=True
        )
        # The objects themselves are kept (not their ids), so a new settings dict never matches.
        self._built = (policy, report_only, header, header_ro)
        return response


# What a view's csp_update, csp_replace, csp_exempt… decorators leave on its response.
_PER_RESPONSE_POLICY = (
    "_csp_config", "_csp_update", "_csp_replace", "_csp_exempt",
    "_csp_config_ro", "_csp_update_ro", "_csp_replace_ro", "_csp_exempt_ro",
)  # fmt: skip


def _excluded(request: HttpRequest, policy: object) -> bool:
    prefixes = (policy or {}).get("EXCLUDE_URL_PREFIXES", None) or ()  # type: ignore[attr-defined]
    return request.path_info.startswith(tuple(prefixes))

"""Production safeguards: the weak secret key refusal and the Permissions-Policy header."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

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

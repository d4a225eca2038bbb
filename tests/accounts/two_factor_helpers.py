"""Helpers for two-factor tests: real TOTP codes (allauth's own HOTP), signing in by the forms."""

from __future__ import annotations

import re
import time

from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
)
from django.test import Client

from tests.factories import PASSWORD


def totp_code(secret: str, step: int = 0) -> str:
    """Return the code an authenticator app shows now (or `step` periods later)."""
    return format_hotp_value(hotp_value(secret, int(time.time()) // 30 + step))


def turn_on_totp(user) -> tuple[str, list[str]]:
    """Give the user an authenticator app and recovery codes; return the secret and codes."""
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    codes = RecoveryCodes.activate(user).get_unused_codes()
    return secret, codes


def sign_in(client: Client, email: str, password: str = PASSWORD, next_url: str = ""):
    """Post the sign-in form; return the response."""
    url = f"/sign-in/?next={next_url}" if next_url else "/sign-in/"
    return client.post(url, {"username": email, "password": password})


def enter_code(client: Client, code: str):
    """Post the second step; return the response."""
    return client.post("/sign-in/two-factor/", {"code": code})


def secret_on_page(html: str) -> str:
    """Return the authenticator secret the set-up page shows."""
    match = re.search(r'id="totp-secret"[^>]*>([A-Z2-7]+)<', html)
    assert match, "the set-up page shows the secret"
    return match[1]


def confirm_password(client: Client, next_url: str, password: str = PASSWORD):
    """Confirm the password again, as allauth asks before any change to two-factor sign-in."""
    return client.post(f"/sign-in/confirm/?next={next_url}", {"password": password})

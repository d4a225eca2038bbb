"""Secrets at rest: model fields encrypted with Fernet (AES-128-CBC + HMAC-SHA256) keys.

Keys come from `CAIRN_FIELD_KEYS` (comma-separated Fernet keys, the first encrypts, every one
decrypts: rotation is "put the new key first, run `cairn reencrypt-secrets`, drop the old one").
Without it one key is derived from `CAIRN_SECRET_KEY` with HKDF; that key also decrypts (last)
when `CAIRN_FIELD_KEYS` is set, so moving to explicit keys is a rotation like any other. Changing
the secret key before that makes the stored secrets unreadable (docs/security.md).

A stored value is `enc1:<Fernet token>`; the empty string stays empty (nothing to hide, and
"is a secret saved?" stays a plain truth test). A value without the prefix is read as plain
text: rows written before encryption, until the migration or `reencrypt-secrets` seals them.
"""

from __future__ import annotations

import base64
import logging
from functools import cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models

logger = logging.getLogger("cairn.security")
PREFIX = "enc1:"


class UnreadableSecret(str):
    """A stored secret no configured key opens: reads as "" and is written back unchanged."""

    stored: str

    def __new__(cls, stored: str) -> UnreadableSecret:
        value = super().__new__(cls, "")
        value.stored = stored
        return value


def derived_key(secret_key: str) -> bytes:
    """Return the Fernet key derived from Django's secret key (HKDF-SHA256, Cairn's own label)."""
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"cairn field encryption")
    return base64.urlsafe_b64encode(hkdf.derive(secret_key.encode()))


@cache
def _fernet(keys: tuple[str, ...], secret_key: str) -> MultiFernet:
    try:
        fernets = [Fernet(key.encode()) for key in keys]
    except ValueError as error:
        raise ImproperlyConfigured(
            "CAIRN_FIELD_KEYS holds a key that is not a Fernet key (32 url-safe base64 bytes; "
            "make one with `cairn reencrypt-secrets --new-key`)"
        ) from error
    # The derived key comes last: it decrypts what was written before CAIRN_FIELD_KEYS was set.
    return MultiFernet([*fernets, Fernet(derived_key(secret_key))])


def fernet() -> MultiFernet:
    """Return the keys in use: CAIRN_FIELD_KEYS (the first encrypts), then the derived key."""
    return _fernet(tuple(getattr(settings, "CAIRN_FIELD_KEYS", ())), settings.SECRET_KEY)


def is_sealed(stored: str) -> bool:
    return stored.startswith(PREFIX)


def seal(plaintext: str) -> str:
    """Return the stored form of a secret ("" stays "")."""
    if not plaintext:
        return ""
    return PREFIX + fernet().encrypt(plaintext.encode()).decode()


def unseal(stored: str) -> str:
    """Return the secret of a stored value; an UnreadableSecret ("") when no key opens it."""
    if not is_sealed(stored):
        return stored
    try:
        return fernet().decrypt(stored[len(PREFIX) :].encode()).decode()
    except InvalidToken:
        logger.error(
            "A stored secret cannot be decrypted: CAIRN_FIELD_KEYS (or CAIRN_SECRET_KEY) lacks "
            "the key it was encrypted with. Add that key back, or enter the secret again."
        )
        return UnreadableSecret(stored)


class EncryptedTextField(models.TextField):
    """Text kept encrypted in the database, plain in Python (see the module's docstring)."""

    def from_db_value(self, value: str | None, expression: Any, connection: Any) -> str | None:
        return None if value is None else unseal(value)

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if isinstance(value, UnreadableSecret):
            return value.stored  # never overwrite what a missing key cannot open
        return None if value is None else seal(str(value))

"""How each tracker proves a delivery is its own: an HMAC of the body, or a shared token."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Mapping


def _hmac_matches(secret: str, body: bytes, header: str) -> bool:
    """Return True when `header` is "sha256=<hex>" of the body under the secret."""
    scheme, _, given = header.partition("=")
    if scheme.strip().lower() != "sha256" or not given:
        return False
    expected = hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, given.strip().lower())


def _token_matches(secret: str, given: str) -> bool:
    return bool(given) and hmac.compare_digest(secret.encode(), given.encode())


def signed(
    kind: str, secret: str, body: bytes, headers: Mapping[str, str], path_secret: str
) -> bool:
    """Return True when the delivery carries the connection's signature.

    GitHub signs the body (`X-Hub-Signature-256`), GitLab sends the token (`X-Gitlab-Token`),
    Jira Cloud's admin webhooks sign the body (`X-Hub-Signature`); Jira without a secret field
    (Data Center) puts the secret in the URL path instead. All comparisons take constant time.
    """
    if not secret:
        return False
    if kind == "github":
        return _hmac_matches(secret, body, headers.get("X-Hub-Signature-256", ""))
    if kind == "gitlab":
        return _token_matches(secret, headers.get("X-Gitlab-Token", ""))
    if kind == "jira":
        header = headers.get("X-Hub-Signature", "")
        if header:
            return _hmac_matches(secret, body, header)
        return _token_matches(secret, path_secret)
    return False


def sign(secret: str, body: bytes) -> str:
    """Return the "sha256=<hex>" header value GitHub and Jira send (tests and docs use it)."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()

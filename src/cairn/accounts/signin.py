"""Sign-in throttling with django-axes: the client's real address, the limits, the fail2ban line.

Everything Cairn adds to django-axes lives here and in the `AXES_*` block of settings.py, so a
later sign-in path (django-allauth) only has to call Django's `authenticate()` with the request.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Mapping
from typing import Any

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_lockout_parameters
from axes.models import AccessAttempt
from django.conf import settings
from django.db.models import Sum
from django.http import HttpRequest

security_log = logging.getLogger("cairn.security")

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def _address(text: str) -> Address | None:
    """Return the address in one X-Forwarded-For hop or REMOTE_ADDR (ports, brackets), or None."""
    text = text.strip().split("%", 1)[0]  # an IPv6 zone (fe80::1%eth0) is no part of an address
    if text.startswith("["):  # [2001:db8::1]:443
        text = text[1:].split("]", 1)[0]
    elif text.count(":") == 1:  # 203.0.113.5:443
        text = text.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(text)
    except ValueError:
        return None
    mapped = getattr(address, "ipv4_mapped", None)
    return mapped or address


def _trusted(address: Address) -> bool:
    return any(address in network for network in settings.CAIRN_TRUSTED_PROXIES)


def client_address(request: HttpRequest) -> str | None:
    """Return the address of the person at the other end, seen through trusted proxies only.

    A proxy appends the address it saw to X-Forwarded-For, so the chain is read from the right:
    each hop added by a trusted proxy is believed, and the first untrusted one is the client.
    Whatever a client wrote into the header itself sits further left and is never reached
    (an untrusted REMOTE_ADDR means no proxy vouched for any of it).
    """
    address = _address(request.META.get("REMOTE_ADDR", ""))
    if address is None:
        return None
    if _trusted(address):
        for hop in reversed(request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")):
            claimed = _address(hop)
            if claimed is None:  # a garbled hop: stay with the last proxy that vouched
                break
            address = claimed
            if not _trusted(address):
                break
    return str(address)


def signin_username(request: HttpRequest, credentials: Mapping[str, Any] | None) -> str | None:
    """Return the email being signed in with, lower-cased, from any sign-in form."""
    # Cairn's and the admin's forms send `username`; allauth sends `login`; `email` is the
    # USERNAME_FIELD a direct authenticate() call uses.
    source: Mapping[str, Any] = credentials or request.POST
    for field in ("username", "email", "login"):
        value = source.get(field)
        if isinstance(value, str) and value.strip():
            return value.strip().lower()[:254]  # the longest email; axes stores 255
    return None


def loggable(text: str | None) -> str:
    """Return text safe for one log line: no spaces or control characters, at most 254."""
    text = (text or "-")[:254]
    return "".join(c if c.isprintable() and not c.isspace() else "?" for c in text)


class SignInHandler(AxesDatabaseHandler):
    """Axes' database handler with a separate, higher limit for one address across many emails.

    AXES_LOCKOUT_PARAMETERS is [["username", "ip_address"], "ip_address"]: a pair of email and
    address is paused after CAIRN_SIGNIN_FAILURE_LIMIT failures, so an attacker elsewhere can
    never pause a person at their own address; one address is paused after
    CAIRN_SIGNIN_ADDRESS_FAILURE_LIMIT failures over any emails, which stops a password spray
    without pausing an office behind one address over a few typos.
    """

    def get_failures(self, request: HttpRequest, credentials: dict | None = None) -> int:
        """Return the failures compared with AXES_FAILURE_LIMIT: the pair's, or the limit itself
        once the address alone is over its own limit."""
        limit = settings.AXES_FAILURE_LIMIT
        worst = 0
        groups = zip(
            get_lockout_parameters(request, credentials),
            self.get_user_attempts(request, credentials),
            strict=True,
        )
        for parameters, attempts in groups:
            failures = attempts.aggregate(n=Sum("failures_since_start"))["n"] or 0
            if parameters == "ip_address":
                failures = limit if failures >= settings.CAIRN_SIGNIN_ADDRESS_FAILURE_LIMIT else 0
            worst = max(worst, failures)
        return worst

    def user_login_failed(self, sender, credentials: dict, request=None, **kwargs) -> None:
        """Log the failure in one stable line (fail2ban's filter is in docs/security.md)."""
        if request is not None:
            email = get_client_username(request, credentials)
            security_log.warning(
                "sign-in failed for %s from %s", loggable(email), request.axes_ip_address or "-"
            )
        super().user_login_failed(sender, credentials, request, **kwargs)

    def reset_user_attempts(self, request: HttpRequest, credentials: dict | None = None) -> int:
        """Forget the failures of this email at this address after it signs in; return how many.

        Axes would also forget the address's failures for every other email, which would let a
        sprayer reset the address limit by signing in to an account of their own.
        """
        email = get_client_username(request, credentials)
        if not email or not request.axes_ip_address:
            return 0
        attempts = AccessAttempt.objects.filter(username=email, ip_address=request.axes_ip_address)
        return attempts.delete()[0]

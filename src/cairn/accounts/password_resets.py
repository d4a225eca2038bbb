"""Password reset requests: limited per email and per client address, in the database."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.utils import timezone
from django.utils.crypto import salted_hmac

from cairn.accounts.models import PasswordResetRequest
from cairn.accounts.signin import loggable

WINDOW = timedelta(hours=1)
security_log = logging.getLogger("cairn.security")


def email_digest(email: str) -> str:
    """Return the keyed digest stored for an email (the same on every app server)."""
    return salted_hmac("cairn.password-reset", email.strip().lower()).hexdigest()


def password_reset_request_record(*, email: str, address: str | None) -> bool:
    """Record a request for a reset link; return whether a link may be sent for it.

    At most CAIRN_PASSWORD_RESET_EMAIL_LIMIT requests an hour for one email and
    CAIRN_PASSWORD_RESET_ADDRESS_LIMIT from one address; refused requests count too, so
    hammering keeps the door shut. Deliberately not one transaction: each request commits
    before it counts, so of concurrent requests on several workers the last one sees them all.
    """
    now = timezone.now()
    PasswordResetRequest.objects.filter(requested_at__lt=now - WINDOW).delete()
    digest = email_digest(email)
    PasswordResetRequest.objects.create(email_digest=digest, address=address, requested_at=now)
    recent = PasswordResetRequest.objects.filter(requested_at__gte=now - WINDOW)
    allowed = (
        recent.filter(email_digest=digest).count() <= settings.CAIRN_PASSWORD_RESET_EMAIL_LIMIT
    )
    if allowed and address:
        by_address = recent.filter(address=address).count()
        allowed = by_address <= settings.CAIRN_PASSWORD_RESET_ADDRESS_LIMIT
    if not allowed:
        security_log.warning(
            "password reset throttled for %s from %s", loggable(email), address or "-"
        )
    return allowed

"""The second sign-in step: a wrong code or key counts in django-axes like a wrong password.

allauth limits wrong codes per person in the cache; Cairn also records each one with axes, so
the pause, the shared count in the database and the fail2ban line are the same as for passwords.
A garbled security-key answer (allauth lets some of fido2's parse errors through) is a form
error, never a 500.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from allauth.core import context
from allauth.mfa.base.forms import AuthenticateForm
from allauth.mfa.webauthn.forms import (
    AddWebAuthnForm,
    AuthenticateWebAuthnForm,
    ReauthenticateWebAuthnForm,
)
from axes.handlers.proxy import AxesProxyHandler
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# What fido2 raises for a well-formed JSON body that is not a WebAuthn answer.
MALFORMED = (KeyError, TypeError, ValueError, AttributeError, IndexError)
UNREADABLE = _("The security key's answer could not be read. Please try again.")


def _counted(user, check: Callable[[], Any]) -> Any:
    """Return check()'s result; refuse during an axes pause, count a failure with axes."""
    request = context.request
    credentials = {"email": user.email}
    if not AxesProxyHandler.is_allowed(request, credentials):
        request.axes_locked_out = True  # AxesMiddleware answers with the paused page
        request.axes_credentials = credentials
        raise ValidationError(_("Too many failed attempts."))
    try:
        return check()
    except (ValidationError, *MALFORMED) as error:
        user_login_failed.send(sender=__name__, credentials=credentials, request=request)
        if isinstance(error, ValidationError):
            raise
        raise ValidationError(UNREADABLE) from None


class SecondFactorForm(AuthenticateForm):
    """allauth's code form (authenticator app or recovery code), throttled by axes."""

    def clean_code(self) -> str:
        return _counted(self.user, super().clean_code)


class SecurityKeySignInForm(AuthenticateWebAuthnForm):
    """allauth's security-key answer at the second step, throttled by axes."""

    def clean_credential(self):
        return _counted(self.user, super().clean_credential)


class SecurityKeyConfirmForm(ReauthenticateWebAuthnForm):
    """allauth's security-key answer when confirming it is you, throttled by axes."""

    def clean_credential(self):
        return _counted(self.user, super().clean_credential)


class SecurityKeyAddForm(AddWebAuthnForm):
    """allauth's form adding a security key; a garbled answer is a form error."""

    def clean(self) -> dict:
        try:
            return super().clean()
        except MALFORMED:
            raise ValidationError(UNREADABLE) from None

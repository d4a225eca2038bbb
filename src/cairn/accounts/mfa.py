"""The second sign-in step: a wrong code counts in django-axes like a wrong password.

allauth limits wrong codes per person in the cache; Cairn also records each one with axes, so
the pause, the shared count in the database and the fail2ban line are the same as for passwords.
"""

from __future__ import annotations

from allauth.core import context
from allauth.mfa.base.forms import AuthenticateForm
from axes.handlers.proxy import AxesProxyHandler
from django.contrib.auth.signals import user_login_failed
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


class SecondFactorForm(AuthenticateForm):
    """allauth's code form (authenticator app or recovery code), throttled by axes."""

    def clean_code(self) -> str:
        request = context.request
        credentials = {"email": self.user.email}
        if not AxesProxyHandler.is_allowed(request, credentials):
            request.axes_locked_out = True  # AxesMiddleware answers with the paused page
            request.axes_credentials = credentials
            raise ValidationError(_("Too many failed attempts."))
        try:
            return super().clean_code()
        except ValidationError:
            user_login_failed.send(sender=__name__, credentials=credentials, request=request)
            raise

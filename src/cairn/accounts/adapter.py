"""Cairn's django-allauth adapters: invitation-only, email sign-in, axes counts the failures.

Sign-in goes through allauth's login flow (so the second factor is one of its stages) with
Cairn's form and templates. Password failures are throttled by django-axes (see
`cairn.accounts.signin`), which allauth reaches through Django's `authenticate(request, …)`;
allauth's own cache-based password limit is skipped so there is one consistent count.
"""

from __future__ import annotations

from typing import Any

from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from django.conf import settings
from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from cairn.accounts.signin import client_address

# allauth's "signed in as …" and "signed out" notes: Cairn never showed them.
QUIET_MESSAGES = {"account/messages/logged_in.txt", "account/messages/logged_out.txt"}


class CairnAccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "email_password_mismatch": _("That email and password do not match. Please try again."),
    }

    def is_open_for_signup(self, request: HttpRequest) -> bool:
        """Return False: people join an organisation by invitation only."""
        return False

    def pre_authenticate(self, request: HttpRequest, **credentials: Any) -> None:
        """Leave the password failures to django-axes (one count in the database, every path)."""

    def get_client_ip(self, request: HttpRequest) -> str:
        """Return the client's address seen through the trusted proxies only."""
        return client_address(request) or "0.0.0.0"  # noqa: S104 (never an allowed address)

    def add_message(self, request, level, message_template=None, *args, **kwargs) -> None:
        if message_template in QUIET_MESSAGES:
            return
        super().add_message(request, level, message_template, *args, **kwargs)


class CairnMFAAdapter(DefaultMFAAdapter):
    def get_totp_issuer(self) -> str:
        """Return the name authenticator apps show next to the code (CAIRN_MFA_ISSUER)."""
        return settings.MFA_TOTP_ISSUER or "Cairn"

    def get_public_key_credential_rp_entity(self) -> dict[str, str]:
        """Return the relying party security keys are registered for: this host, named Cairn."""
        entity = super().get_public_key_credential_rp_entity()
        entity["name"] = self.get_totp_issuer()
        return entity

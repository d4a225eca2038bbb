"""Cairn's allauth social-account adapter: who an organisation's identity provider may sign in.

An identity provider speaks for its own organisation only. It signs in a person of that
organisation, or creates one (just in time) for an address in the allowed domains that has no
account yet. An address whose account is not a person of that organisation is refused — so
another organisation's identity provider can never sign someone into this one — with the same
message whether or not the account exists elsewhere.
"""

from __future__ import annotations

from typing import Any

from allauth.core.exceptions import ImmediateHttpResponse
from allauth.socialaccount.adapter import DefaultSocialAccountAdapter
from allauth.socialaccount.models import SocialLogin
from allauth.socialaccount.providers.base.constants import AuthProcess
from django.contrib.auth import get_user_model
from django.db import transaction
from django.http import HttpRequest
from django.shortcuts import render
from django.utils.translation import gettext as _

from cairn.organisations.models import Person
from cairn.sso.models import SsoConnection
from cairn.sso.services import sso_connection_for_app, sso_person_create
from cairn.sso.transport import GuardedSession

SESSION_KEY = "cairn_sso_organisation"  # the organisation whose identity provider signed in


def refuse(request: HttpRequest, message: str) -> ImmediateHttpResponse:
    """Return the exception that shows the sign-in refusal page with `message`."""
    page = render(request, "web/sso/refused.html", {"message": message}, status=403)
    return ImmediateHttpResponse(page)


def _email(sociallogin: SocialLogin) -> str:
    email = (getattr(sociallogin.user, "email", "") or "").strip().lower()
    if not email and sociallogin.email_addresses:
        email = sociallogin.email_addresses[0].email.strip().lower()
    return email


def _connection(request: HttpRequest, sociallogin: SocialLogin) -> SsoConnection:
    app = getattr(sociallogin.provider, "app", None)
    connection = sso_connection_for_app(app)
    if connection is None:
        raise refuse(request, _("Single sign-on is not set up for this organisation."))
    return connection


def _unverified(sociallogin: SocialLogin) -> bool:
    data = sociallogin.account.extra_data or {}
    claims = data.get("userinfo") or data.get("id_token") or data
    return isinstance(claims, dict) and claims.get("email_verified") is False


class CairnSocialAccountAdapter(DefaultSocialAccountAdapter):
    def get_requests_session(self) -> GuardedSession:
        """Return a session whose requests go through the outbound address guard."""
        return GuardedSession()

    def pre_social_login(self, request: HttpRequest, sociallogin: SocialLogin) -> None:
        """Let in a person of the provider's organisation, or a new address of its domains."""
        connection = _connection(request, sociallogin)
        organisation = connection.organisation
        if (sociallogin.state or {}).get("process", AuthProcess.LOGIN) != AuthProcess.LOGIN:
            # Only sign-in: "connect this provider to whoever is signed in" is not offered.
            raise refuse(request, _("Single sign-on only signs people in."))
        email = _email(sociallogin)
        if not email or _unverified(sociallogin):
            raise refuse(
                request, _("Your identity provider did not send a verified email address.")
            )
        if not connection.allows(email):
            message = _("%(email)s may not sign in to %(organisation)s with single sign-on.")
            raise refuse(request, message % {"email": email, "organisation": organisation.name})
        user = sociallogin.user if sociallogin.is_existing else None
        if user is None:
            user = get_user_model().objects.filter(email__iexact=email).first()
        if user is not None:
            person = Person.objects.filter(organisation=organisation, user=user).first()
            if person is None or not person.is_active:
                message = _(
                    "%(email)s is not an active member of %(organisation)s. Ask one of its "
                    "admins for an invitation."
                )
                raise refuse(request, message % {"email": email, "organisation": organisation.name})
            if not sociallogin.is_existing:
                sociallogin.connect(request, user)
            _remember(request, connection, person)

    def is_open_for_signup(self, request: HttpRequest, sociallogin: SocialLogin) -> bool:
        """Return True: pre_social_login let only an allowed, unused address get this far."""
        return sso_connection_for_app(getattr(sociallogin.provider, "app", None)) is not None

    def is_auto_signup_allowed(self, request: HttpRequest, sociallogin: SocialLogin) -> bool:
        return True

    @transaction.atomic
    def save_user(self, request: HttpRequest, sociallogin: SocialLogin, form: Any = None) -> Any:
        """Create the account and its person in the default team and role (JIT)."""
        connection = _connection(request, sociallogin)
        sociallogin.user.email = _email(sociallogin)
        user = super().save_user(request, sociallogin, form)
        person = sso_person_create(connection=connection, user=user)
        _remember(request, connection, person)
        return user


def _remember(request: HttpRequest, connection: SsoConnection, person: Person) -> None:
    from cairn.web.middleware import choose_person

    request.session[SESSION_KEY] = connection.organisation_id
    choose_person(request, person)

"""Single sign-on: the admins' settings page, and "Sign in with SSO" by email or organisation."""

from __future__ import annotations

import logging

import requests
from allauth.core import ratelimit
from allauth.socialaccount.adapter import get_adapter as get_social_adapter
from allauth.socialaccount.providers.base.constants import AuthProcess
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from cairn.accounts.signin import client_address
from cairn.okrs.permissions import require
from cairn.sso.models import Protocol, SsoConnection
from cairn.sso.services import (
    ConnectionInput,
    app_key,
    sso_connection_delete,
    sso_connection_find,
    sso_connection_save,
)
from cairn.web.decorators import person_required
from cairn.web.forms.sso import SsoSettingsForm, SsoSignInForm, initial_for
from cairn.web.views.auth import add_errors

logger = logging.getLogger(__name__)
security_log = logging.getLogger("cairn.security")
THROTTLED = gettext_lazy(
    "Too many single sign-on look-ups from your address. Wait a few minutes and try again."
)
UNREACHABLE = gettext_lazy(
    "Your organisation's identity provider could not be reached. Try again in a moment, or ask "
    "your admin."
)


@csrf_exempt
def saml_logout_not_offered(request: HttpRequest, organization_slug: str) -> HttpResponse:
    """Answer 404 at allauth's SAML single-logout URL: Cairn does not offer single logout."""
    raise Http404


def _addresses(key: str) -> dict[str, str]:
    """Return the URLs an admin enters in the identity provider."""
    base = settings.SITE_URL
    return {
        "oidc_callback": base + reverse("openid_connect_callback", kwargs={"provider_id": key}),
        "saml_acs": base + reverse("saml_acs", kwargs={"organization_slug": key}),
        "saml_metadata": base + reverse("saml_metadata", kwargs={"organization_slug": key}),
    }


@person_required
def sso_settings(request: HttpRequest) -> HttpResponse:
    """Return the organisation's SSO settings; POST saves them."""
    person = request.person
    require(person.is_admin, _("Only admins configure single sign-on."))
    organisation = person.organisation
    connection = (
        SsoConnection.objects.select_related("app").filter(organisation=organisation).first()
    )
    form = SsoSettingsForm(
        request.POST or None, organisation=organisation, initial=initial_for(connection)
    )
    if request.method == "POST" and form.is_valid():
        try:
            sso_connection_save(
                organisation=organisation, actor=person, data=ConnectionInput(**form.cleaned_data)
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Single sign-on settings saved."))
            return redirect("sso_settings")
    context = {
        "form": form,
        "connection": connection,
        "addresses": _addresses(app_key(organisation)),
        "protocols": Protocol,
    }
    return render(request, "web/sso/settings.html", context)


@require_POST
@person_required
def sso_remove(request: HttpRequest) -> HttpResponse:
    """Remove the organisation's identity provider; return to the settings page."""
    require(request.person.is_admin, _("Only admins configure single sign-on."))
    sso_connection_delete(organisation=request.person.organisation, actor=request.person)
    messages.success(request, _("Single sign-on removed: people sign in with passwords again."))
    return redirect("sso_settings")


def _continue(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Return a page that moves on to the identity provider (or `response` if not a redirect).

    The CSP's `form-action 'self'` also covers where a form's answer redirects, so a POST here
    cannot redirect to the provider; a link and a meta refresh are navigations it allows.
    """
    if response.status_code != 302:
        return response
    return render(request, "web/sso/continue.html", {"url": response["Location"]})


def _no_sso(request: HttpRequest) -> HttpResponse:
    """Return the answer for every identifier without single sign-on (whatever the reason).

    No such organisation, one without SSO or with it switched off, a domain two organisations
    claim: all get this same page, which moves on to the password sign-in, so the form does not
    tell who uses Cairn. Only an identifier that has SSO leads elsewhere (its identity provider).
    """
    return render(request, "web/sso/continue.html", {"url": reverse("login") + "?sso=none"})


def _throttled(request: HttpRequest, form: SsoSignInForm) -> bool:
    """Count one look-up for the client address; return True (and log) when over the limit."""
    if ratelimit.consume(request, action="sso_lookup"):
        return False
    security_log.warning("sso lookup throttled from %s", client_address(request) or "-")
    form.add_error(None, THROTTLED)
    return True


def sso_sign_in(request: HttpRequest) -> HttpResponse:
    """Return the "Sign in with SSO" form; POST sends the person to their identity provider."""
    form = SsoSignInForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if _throttled(request, form):
            return render(request, "web/sso/sign_in.html", {"form": form}, status=429)
        connection = sso_connection_find(form.cleaned_data["identifier"])
        if connection is None:
            return _no_sso(request)
        provider = get_social_adapter().get_provider(request, connection.app.provider_id)
        try:
            kwargs = provider.get_redirect_from_request_kwargs(request)
            kwargs["process"] = AuthProcess.LOGIN  # never "connect" to whoever is signed in
            return _continue(request, provider.redirect(request, **kwargs))
        except requests.RequestException:
            logger.warning("sso: the identity provider of %s could not be reached", connection)
            form.add_error("identifier", UNREACHABLE)
    return render(request, "web/sso/sign_in.html", {"form": form})

"""Send a person whose organisation requires two-factor sign-in to set it up first.

Until they have an authenticator app or a security key, every page but the two-factor
settings, sign-in and sign-out redirects there (the API answers 403 for the browser session),
so they can neither work nor create API tokens. API tokens they already have keep working:
a token is not a sign-in (docs/security.md).
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _

from cairn.accounts.two_factor import two_factor_enabled, two_factor_required_for_any
from cairn.api import errors
from cairn.api.middleware import API_PREFIX

# Pages open to a person who still has to set up a second factor.
OPEN_PAGES = frozenset(
    {
        "login",
        "logout",
        "account_login",
        "account_logout",
        "account_reauthenticate",
        "mfa_authenticate",
        "mfa_reauthenticate",
        "mfa_index",
        "mfa_activate_totp",
        "mfa_view_recovery_codes",
        "mfa_generate_recovery_codes",
        "mfa_download_recovery_codes",
        "mfa_list_webauthn",
        "mfa_add_webauthn",
        "mfa_reauthenticate_webauthn",
    }
)


def _open_page(request: HttpRequest) -> bool:
    try:
        return resolve(request.path_info).url_name in OPEN_PAGES
    except Resolver404:
        return False


def must_set_up_two_factor(request: HttpRequest) -> bool:
    """Return True when the signed-in user must add a second factor before anything else."""
    if not request.user.is_authenticated:
        return False
    people = getattr(request, "memberships", [])
    return two_factor_required_for_any(people) and not two_factor_enabled(request.user)


class TwoFactorRequiredMiddleware:
    """After CurrentPersonMiddleware: hold back people who must set up two-factor sign-in."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        request.two_factor_required = must_set_up_two_factor(request)  # type: ignore[attr-defined]
        if not request.two_factor_required or _open_page(request):  # type: ignore[attr-defined]
            return self.get_response(request)
        detail = _("Your organisation requires two-factor sign-in: set it up first.")
        if request.path.startswith(API_PREFIX):
            return errors.problem(403, detail)
        if getattr(request, "htmx", False):  # a fragment (the bell): nothing to swap in
            return HttpResponse(detail, status=403)
        return redirect("mfa_index")  # the page says why

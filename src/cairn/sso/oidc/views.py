"""Login and callback views of the hardened OpenID Connect provider."""

from __future__ import annotations

import hmac
from typing import Any

import requests
from allauth.account.internal.decorators import login_not_required
from allauth.socialaccount.internal import jwtkit
from allauth.socialaccount.models import SocialApp
from allauth.socialaccount.providers.oauth2.client import OAuth2Error
from allauth.socialaccount.providers.oauth2.views import OAuth2CallbackView, OAuth2LoginView
from allauth.socialaccount.providers.openid_connect.views import OpenIDConnectOAuth2Adapter
from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect


class CairnOIDCAdapter(OpenIDConnectOAuth2Adapter):
    state: dict[str, Any] | None = None

    def _decode_id_token(self, app: SocialApp, id_token: str) -> dict[str, Any]:
        """Return the ID token's claims: signature, issuer, audience, expiry and nonce checked."""
        claims = jwtkit.verify_and_decode(
            credential=id_token,
            keys_url=self.openid_config["jwks_uri"],
            issuer=self.openid_config["issuer"],
            audience=app.client_id,
            lookup_kid=jwtkit.lookup_kid_jwk,
            verify_signature=True,
        )
        expected = (self.state or {}).get("nonce")
        if not expected or not hmac.compare_digest(str(claims.get("nonce", "")), expected):
            raise OAuth2Error("The ID token's nonce does not match this sign-in.")
        return claims


class CairnCallbackView(OAuth2CallbackView):
    def _get_state(self, request: HttpRequest, provider: Any) -> Any:
        state, response = super()._get_state(request, provider)
        self.adapter.state = state  # type: ignore[attr-defined]
        return state, response


@login_not_required
def login(request: HttpRequest, provider_id: str) -> HttpResponse:
    """Start a sign-in with the organisation's provider."""
    try:
        return OAuth2LoginView.adapter_view(CairnOIDCAdapter(request, provider_id))(request)
    except SocialApp.DoesNotExist:
        raise Http404 from None
    except requests.RequestException:
        from cairn.web.views.sso import UNREACHABLE

        messages.error(request, UNREACHABLE)
        return redirect("sso_sign_in")


@login_not_required
def callback(request: HttpRequest, provider_id: str) -> HttpResponse:
    """Finish a sign-in: exchange the code, check the ID token, sign the person in."""
    try:
        return CairnCallbackView.adapter_view(CairnOIDCAdapter(request, provider_id))(request)
    except SocialApp.DoesNotExist:
        raise Http404 from None

"""The OpenID Connect provider class Cairn registers in place of allauth's (same id)."""

from __future__ import annotations

import secrets
from typing import Any

from allauth.socialaccount.providers.openid_connect.provider import OpenIDConnectProvider
from django.http import HttpRequest, HttpResponse

from cairn.sso.oidc.views import CairnOIDCAdapter


class CairnOIDCProvider(OpenIDConnectProvider):
    oauth2_adapter_class = CairnOIDCAdapter
    pkce_enabled_default = True

    def redirect(
        self,
        request: HttpRequest,
        process: Any,
        next_url: str | None = None,
        data: Any = None,
        **kwargs: Any,
    ) -> HttpResponse:
        """Send the person to the provider with a fresh nonce, remembered in the state."""
        nonce = secrets.token_urlsafe(24)
        auth_params = kwargs.pop("auth_params", None)
        if auth_params is None:
            auth_params = self.get_auth_params()
        kwargs["auth_params"] = {**auth_params, "nonce": nonce}
        return super().redirect(request, process, next_url, data, nonce=nonce, **kwargs)


provider_classes = [CairnOIDCProvider]

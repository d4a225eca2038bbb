"""Single sign-on: allauth's provider URLs under /sso/, "Sign in with SSO", the admins' settings."""

from allauth.socialaccount import views as social
from allauth.urls import build_provider_urlpatterns
from django.urls import include, path

from cairn.web.views import sso

urlpatterns = [
    path("sign-in/sso/", sso.sso_sign_in, name="sso_sign_in"),
    path("settings/sso/", sso.sso_settings, name="sso_settings"),
    path("settings/sso/remove/", sso.sso_remove, name="sso_remove"),
    # allauth's pages around a provider sign-in, and each provider's login and callback URLs:
    # /sso/oidc/<id>/login/callback/, /sso/saml/<id>/acs/ (docs/sso.md).
    path("sso/login/cancelled/", social.login_cancelled, name="socialaccount_login_cancelled"),
    path("sso/login/error/", social.login_error, name="socialaccount_login_error"),
    path("sso/signup/", social.signup, name="socialaccount_signup"),
    # Single logout is not offered (docs/sso.md): allauth's endpoint would accept an unsigned
    # LogoutRequest (a forged link signs people out) and fail without an IdP logout URL.
    path("sso/saml/<slug:organization_slug>/sls/", sso.saml_logout_not_offered),
    path("sso/", include(build_provider_urlpatterns())),
]

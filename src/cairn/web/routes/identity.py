"""django-allauth's pages Cairn uses: the second sign-in step and the person's two-factor settings.

Cairn wires allauth's views one by one instead of including `allauth.urls`: its own sign-up,
email and password pages stay off (Cairn invites people, and its password reset and change
have the rate limits and token revocation). The `account_*` names allauth reverses point to
Cairn's equivalents. Single sign-on adds `allauth.socialaccount.urls` next to these.
"""

from allauth.account import views as account
from allauth.mfa.base import views as mfa
from allauth.mfa.recovery_codes import views as recovery_codes
from allauth.mfa.totp import views as totp
from allauth.mfa.webauthn import views as webauthn
from django.urls import path

from cairn.web.views import auth

urlpatterns = [
    # The names allauth reverses, on Cairn's own pages.
    path("sign-in/", auth.sign_in, name="account_login"),
    path("sign-out/", auth.sign_out, name="account_logout"),
    path("password/reset/", auth.password_reset, name="account_reset_password"),
    path("password/change/", auth.password_change, name="account_change_password"),
    path("sign-up/", account.signup, name="account_signup"),  # closed: invitations only
    path("sign-in/inactive/", account.account_inactive, name="account_inactive"),
    path("sign-in/confirm/", account.reauthenticate, name="account_reauthenticate"),
    # The second step of signing in, and confirming it again before changing two-factor.
    path("sign-in/two-factor/", mfa.authenticate, name="mfa_authenticate"),
    path("sign-in/two-factor/confirm/", mfa.reauthenticate, name="mfa_reauthenticate"),
    path(
        "sign-in/two-factor/confirm/security-key/",
        webauthn.reauthenticate_webauthn,
        name="mfa_reauthenticate_webauthn",
    ),
    # The person's two-factor settings.
    path("settings/two-factor/", mfa.index, name="mfa_index"),
    path("settings/two-factor/app/", totp.activate_totp, name="mfa_activate_totp"),
    path("settings/two-factor/app/remove/", totp.deactivate_totp, name="mfa_deactivate_totp"),
    path(
        "settings/two-factor/recovery-codes/",
        recovery_codes.view_recovery_codes,
        name="mfa_view_recovery_codes",
    ),
    path(
        "settings/two-factor/recovery-codes/new/",
        recovery_codes.generate_recovery_codes,
        name="mfa_generate_recovery_codes",
    ),
    path(
        "settings/two-factor/recovery-codes/download/",
        recovery_codes.download_recovery_codes,
        name="mfa_download_recovery_codes",
    ),
    path("settings/two-factor/security-keys/", webauthn.list_webauthn, name="mfa_list_webauthn"),
    path("settings/two-factor/security-keys/add/", webauthn.add_webauthn, name="mfa_add_webauthn"),
    path(
        "settings/two-factor/security-keys/<int:pk>/remove/",
        webauthn.remove_webauthn,
        name="mfa_remove_webauthn",
    ),
    path(
        "settings/two-factor/security-keys/<int:pk>/edit/",
        webauthn.edit_webauthn,
        name="mfa_edit_webauthn",
    ),
]

"""The single sign-on settings form and the "Sign in with SSO" form."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from cairn.organisations.models import Organisation, Person, Role, Team
from cairn.sso.models import Protocol, SsoConnection


class SsoSettingsForm(forms.Form):
    protocol = forms.ChoiceField(label=_("Protocol"), choices=Protocol.choices)
    enabled = forms.BooleanField(label=_("Single sign-on is on"), required=False)
    server_url = forms.URLField(
        assume_scheme="https",
        label=_("Issuer (server) URL"),
        required=False,
        max_length=500,
        help_text=_("OpenID Connect: e.g. https://login.microsoftonline.com/<tenant>/v2.0"),
    )
    client_id = forms.CharField(label=_("Client ID"), required=False, max_length=191)
    client_secret = forms.CharField(
        label=_("Client secret"),
        required=False,
        max_length=500,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
        help_text=_("Leave blank to keep the stored secret."),
    )
    metadata_url = forms.URLField(
        assume_scheme="https", label=_("SAML metadata URL"), required=False, max_length=500
    )
    metadata_xml = forms.CharField(
        label=_("SAML metadata XML"),
        required=False,
        max_length=200_000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Instead of the URL: paste the identity provider's metadata."),
    )
    idp_entity_id = forms.CharField(
        label=_("SAML entity ID of the identity provider"),
        required=False,
        max_length=500,
        help_text=_("Only when the metadata describes several identity providers."),
    )
    idp_initiated = forms.BooleanField(
        label=_("Accept sign-ins started at the identity provider (IdP-initiated)"),
        required=False,
        help_text=_(
            "SAML only. Off: people start from “Sign in with SSO”. On: a tile in the identity "
            "provider's portal signs them in too, without a request from Cairn to answer."
        ),
    )
    allowed_domains = forms.CharField(
        label=_("Allowed email domains"),
        required=False,
        max_length=1000,
        help_text=_(
            "Separated by spaces or commas, e.g. “example.com example.org”. A first sign-in "
            "with an address of these domains creates the person."
        ),
    )
    default_team = forms.ModelChoiceField(
        label=_("Team of new people"), queryset=Team.objects.none(), required=False
    )
    default_role = forms.ChoiceField(label=_("Role of new people"), choices=Role.choices)
    required = forms.BooleanField(
        label=_("Require SSO: refuse passwords (except the break-glass admin)"), required=False
    )
    break_glass = forms.ModelChoiceField(
        label=_("Break-glass admin (may still sign in with a password)"),
        queryset=Person.objects.none(),
        required=False,
    )

    def __init__(self, *args: Any, organisation: Organisation, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        teams = Team.objects.filter(organisation=organisation).order_by("name")
        self.fields["default_team"].queryset = teams  # type: ignore[attr-defined]
        admins = Person.objects.filter(
            organisation=organisation, role=Role.ADMIN, is_active=True
        ).select_related("user")
        self.fields["break_glass"].queryset = admins  # type: ignore[attr-defined]
        self.fields["break_glass"].label_from_instance = lambda p: p.user.display_name  # type: ignore[attr-defined]


def initial_for(connection: SsoConnection | None) -> dict[str, Any]:
    """Return the form's initial values for the organisation's connection (never the secret)."""
    if connection is None:
        return {"protocol": Protocol.OIDC, "enabled": True, "default_role": Role.MEMBER}
    app, idp = connection.app, connection.app.settings.get("idp", {})
    return {
        "protocol": connection.protocol,
        "enabled": connection.enabled,
        "server_url": app.settings.get("server_url", ""),
        "client_id": app.client_id if connection.protocol == Protocol.OIDC else "",
        "idp_entity_id": idp.get("entity_id", ""),
        "idp_initiated": not app.settings.get("advanced", {}).get("reject_idp_initiated_sso", True),
        "allowed_domains": connection.allowed_domains,
        "default_team": connection.default_team_id,
        "default_role": connection.default_role,
        "required": connection.required,
        "break_glass": connection.break_glass_id,
    }


class SsoSignInForm(forms.Form):
    identifier = forms.CharField(
        label=_("Work email or organisation"),
        max_length=254,
        help_text=_("Your email address, or your organisation's short name (e.g. “acme”)."),
        widget=forms.TextInput(attrs={"autocomplete": "email", "autofocus": True}),
    )

"""An organisation's identity provider: allauth's SocialApp plus Cairn's rules around it."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from cairn.organisations.models import Organisation, Person, Role, Team


class Protocol(models.TextChoices):
    OIDC = "oidc", _("OpenID Connect")
    SAML = "saml", _("SAML 2.0")


class SsoConnection(models.Model):
    """How an organisation's people sign in through its identity provider.

    The provider's own settings (issuer, client id and secret; SAML IdP) live in allauth's
    SocialApp; this row says whose it is, who may come in (email domains), where people created
    at their first sign-in go (team, role), and whether passwords are still accepted.
    """

    organisation = models.OneToOneField(Organisation, on_delete=models.CASCADE, related_name="sso")
    protocol = models.CharField(_("protocol"), max_length=4, choices=Protocol.choices)
    app = models.OneToOneField(
        "socialaccount.SocialApp", on_delete=models.PROTECT, related_name="cairn_sso"
    )
    enabled = models.BooleanField(_("enabled"), default=True)
    allowed_domains = models.CharField(_("allowed email domains"), max_length=1000, blank=True)
    default_team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    default_role = models.CharField(
        _("role of new people"), max_length=10, choices=Role.choices, default=Role.MEMBER
    )
    required = models.BooleanField(_("SSO required"), default=False)
    break_glass = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.get_protocol_display()} for {self.organisation_id}"

    @property
    def domains(self) -> list[str]:
        """Return the allowed email domains, lower-cased."""
        return [d for d in self.allowed_domains.replace(",", " ").lower().split() if d]

    def allows(self, email: str) -> bool:
        """Return True when the address is in one of the allowed domains."""
        return email.rpartition("@")[2].lower() in self.domains

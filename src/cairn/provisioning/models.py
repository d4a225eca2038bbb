"""SCIM bearer tokens of an organisation and the identity provider's ids of people and teams."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from cairn.organisations.models import Organisation, Person, Team


class ScimToken(models.Model):
    """An organisation's SCIM bearer token; only a SHA-256 hash of its secret is stored."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="scim_tokens"
    )
    name = models.CharField(_("name"), max_length=100)
    prefix = models.CharField(max_length=16, unique=True)
    hash = models.CharField(max_length=64)
    created_by = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["revoked_at", "-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"


class ProvisionedPerson(models.Model):
    """The identity provider's view of a person: its externalId, and whether it deleted them.

    A SCIM DELETE deactivates the person (their OKR history stays) and hides them from SCIM;
    creating the same userName again brings them back.
    """

    person = models.OneToOneField(Person, on_delete=models.CASCADE, related_name="provisioning")
    external_id = models.CharField(max_length=255, blank=True)
    deleted_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.external_id or '-'} → {self.person_id}"


class ProvisionedTeam(models.Model):
    """The identity provider's externalId of a team (a SCIM group)."""

    team = models.OneToOneField(Team, on_delete=models.CASCADE, related_name="provisioning")
    external_id = models.CharField(max_length=255, blank=True)

    def __str__(self) -> str:
        return f"{self.external_id or '-'} → {self.team_id}"

"""Tracker connections (one per GitHub repo, GitLab project or Jira site) and the events they sent."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from cairn.execution.models import WorkItem
from cairn.okrs.models import Initiative
from cairn.organisations.models import Organisation, Person, Team


class TrackerKind(models.TextChoices):
    GITHUB = "github", _("GitHub")
    GITLAB = "gitlab", _("GitLab")
    JIRA = "jira", _("Jira")


class TrackerConnection(models.Model):
    """Where a tracker's webhook lands, how it is verified, and where new items go."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="tracker_connections"
    )
    kind = models.CharField(_("tracker"), max_length=6, choices=TrackerKind.choices)
    name = models.CharField(_("name"), max_length=100)
    # The receive URL's id: random, so a URL reveals nothing and cannot be guessed.
    public_id = models.CharField(max_length=32, unique=True)
    # Stored as is: GitHub's and Jira's HMAC need the secret itself, not a hash of it.
    secret = models.CharField(max_length=100)
    initiative = models.ForeignKey(
        Initiative, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Whoever last set the secret: events change work with this person's rights, never more.
    actor = models.ForeignKey(
        Person, null=True, on_delete=models.SET_NULL, related_name="tracker_connections"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    secret_set_at = models.DateTimeField()

    class Meta:
        ordering = ["name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "name"], name="tracker_connection_unique_name"
            )
        ]

    def __str__(self) -> str:
        return self.name


class EventOutcome(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPLIED = "applied", _("Applied")
    IGNORED = "ignored", _("Ignored")
    FAILED = "failed", _("Failed")


class TrackerEvent(models.Model):
    """One verified delivery, stored raw; the same delivery id is stored (and applied) once."""

    connection = models.ForeignKey(
        TrackerConnection, on_delete=models.CASCADE, related_name="events"
    )
    delivery_id = models.CharField(max_length=200)
    event_type = models.CharField(max_length=100)
    payload = models.JSONField()
    received_at = models.DateTimeField(auto_now_add=True)
    applied_at = models.DateTimeField(null=True, blank=True)
    outcome = models.CharField(
        max_length=8, choices=EventOutcome.choices, default=EventOutcome.PENDING
    )
    error = models.TextField(blank=True)
    external_key = models.CharField(max_length=200, blank=True)
    item = models.ForeignKey(
        WorkItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-received_at", "-id"]
        indexes = [
            models.Index(fields=["connection", "-received_at"], name="tracker_event_recent"),
            models.Index(fields=["connection", "outcome"], name="tracker_event_outcome"),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["connection", "delivery_id"], name="tracker_event_unique_delivery"
            )
        ]

    def __str__(self) -> str:
        return f"{self.event_type} {self.delivery_id}"

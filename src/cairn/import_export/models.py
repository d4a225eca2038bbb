"""The record of each committed import, so importing the same content again is noticed."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _

from cairn.okrs.models import Cycle
from cairn.organisations.models import Organisation, Person


class ImportSource(models.TextChoices):
    CLI = "cli", _("command line")
    API = "api", _("API")
    WEB = "web", _("web")


class ImportRecord(models.Model):
    """A committed import: the content's fingerprint, where it went, who, when and how much."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    cycle = models.ForeignKey(Cycle, on_delete=models.CASCADE, related_name="import_records")
    content_hash = models.CharField(_("content SHA-256"), max_length=64)
    imported_by = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    imported_at = models.DateTimeField(_("imported at"), auto_now_add=True)
    source = models.CharField(_("source"), max_length=3, choices=ImportSource.choices)
    objectives = models.PositiveIntegerField(_("objectives"))
    key_results = models.PositiveIntegerField(_("key results"))

    class Meta:
        ordering = ["-imported_at", "-id"]
        indexes = [
            models.Index(
                fields=["organisation", "cycle", "content_hash"], name="import_record_content"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.content_hash[:12]} → {self.cycle_id} ({self.imported_at:%Y-%m-%d %H:%M})"

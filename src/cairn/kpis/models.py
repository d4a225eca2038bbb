"""A KPI (a metric with healthy and warning thresholds) and its append-only history of values."""

from __future__ import annotations

from datetime import timedelta

from django.db import models
from django.utils.translation import gettext_lazy as _

from cairn.organisations.models import Organisation, Person, Team


class Direction(models.TextChoices):
    HIGHER = "higher", _("Higher is better")
    LOWER = "lower", _("Lower is better")


class ThresholdKind(models.TextChoices):
    ABOVE = "above", _("Healthy above a bound")
    BELOW = "below", _("Healthy below a bound")
    BAND = "band", _("Healthy inside a band")


class Frequency(models.TextChoices):
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")
    MONTHLY = "monthly", _("Monthly")
    QUARTERLY = "quarterly", _("Quarterly")


# How old the latest value may be before the KPI is stale (a month is its longest).
PERIODS = {
    Frequency.DAILY: timedelta(days=1),
    Frequency.WEEKLY: timedelta(days=7),
    Frequency.MONTHLY: timedelta(days=31),
    Frequency.QUARTERLY: timedelta(days=92),
}


class Status(models.TextChoices):
    HEALTHY = "healthy", _("Healthy")
    WARNING = "warning", _("Warning")
    UNHEALTHY = "unhealthy", _("Unhealthy")
    NO_DATA = "no_data", _("No data")


class ValueSource(models.TextChoices):
    WEB = "web", _("Web")
    API = "api", _("API")
    IMPORT = "import", _("Import")
    DATA = "data", _("Data")


class Kpi(models.Model):
    """A metric a team keeps healthy; `status` and `current_*` mirror its latest value."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="kpis")
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    owner = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="kpis"
    )
    team = models.ForeignKey(
        Team, null=True, blank=True, on_delete=models.SET_NULL, related_name="kpis"
    )
    unit = models.CharField(_("unit"), max_length=40, blank=True)
    direction = models.CharField(
        _("direction"), max_length=8, choices=Direction.choices, default=Direction.HIGHER
    )
    threshold_kind = models.CharField(
        _("thresholds"), max_length=8, choices=ThresholdKind.choices, default=ThresholdKind.ABOVE
    )
    healthy_low = models.FloatField(_("healthy from"), null=True, blank=True)
    healthy_high = models.FloatField(_("healthy up to"), null=True, blank=True)
    warning_low = models.FloatField(_("warning from"), null=True, blank=True)
    warning_high = models.FloatField(_("warning up to"), null=True, blank=True)
    frequency = models.CharField(
        _("check frequency"), max_length=10, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    archived = models.BooleanField(_("archived"), default=False)
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.NO_DATA, editable=False
    )
    current_value = models.FloatField(null=True, blank=True, editable=False)
    current_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["organisation", "team", "archived"])]
        constraints = [
            models.UniqueConstraint(fields=["organisation", "name"], name="kpi_unique_name"),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def period(self) -> timedelta:
        return PERIODS[Frequency(self.frequency)]


class KpiValue(models.Model):
    """One reading of a KPI; never edited or deleted (a correction is a newer value)."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="+")
    kpi = models.ForeignKey(Kpi, on_delete=models.CASCADE, related_name="values")
    value = models.FloatField(_("value"))
    recorded_at = models.DateTimeField(_("recorded at"))
    created_at = models.DateTimeField(auto_now_add=True)
    author = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source = models.CharField(
        _("source"), max_length=8, choices=ValueSource.choices, default=ValueSource.WEB
    )
    note = models.TextField(_("note"), blank=True)

    class Meta:
        ordering = ["-recorded_at", "-id"]
        indexes = [models.Index(fields=["kpi", "recorded_at"])]

    def __str__(self) -> str:
        return f"{self.kpi_id}: {self.value} @ {self.recorded_at:%Y-%m-%d}"

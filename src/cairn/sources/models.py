"""A data source feeds a key result or a KPI: where its number comes from, when, every attempt."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from cairn.kpis.models import Kpi
from cairn.lib.field_encryption import EncryptedTextField
from cairn.okrs.models import KeyResult
from cairn.organisations.models import Organisation, Person


class SourceKind(models.TextChoices):
    HTTP_JSON = "http_json", _("HTTP JSON")
    CSV_URL = "csv_url", _("CSV URL")
    SQL = "sql", _("SQL query")
    PUSH = "push", _("Push (API)")


PULL_KINDS = frozenset({SourceKind.HTTP_JSON, SourceKind.CSV_URL, SourceKind.SQL})


class ScheduleUnit(models.TextChoices):
    MINUTES = "minutes", _("Every N minutes")
    HOURS = "hours", _("Every N hours")
    DAILY = "daily", _("Daily at")


class RowRule(models.TextChoices):
    LAST = "last", _("The last row")
    FIRST = "first", _("The first row")
    MATCH = "match", _("The row where a column has a value")


class RunOutcome(models.TextChoices):
    RECORDED = "recorded", _("Recorded")
    UNCHANGED = "unchanged", _("Unchanged")
    FAILED = "failed", _("Failed")


class DataSource(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="data_sources"
    )
    name = models.CharField(_("name"), max_length=100)
    kind = models.CharField(_("kind"), max_length=12, choices=SourceKind.choices)
    key_result = models.ForeignKey(
        KeyResult,
        on_delete=models.CASCADE,
        related_name="data_sources",
        verbose_name=_("key result"),
        null=True,
        blank=True,
    )
    kpi = models.ForeignKey(
        Kpi,
        on_delete=models.CASCADE,
        related_name="data_sources",
        verbose_name=_("KPI"),
        null=True,
        blank=True,
    )  # exactly one of key_result and kpi is set (the target)
    owner = models.ForeignKey(
        Person, on_delete=models.PROTECT, related_name="data_sources", verbose_name=_("owner")
    )
    enabled = models.BooleanField(_("enabled"), default=True)
    schedule_unit = models.CharField(
        _("schedule"), max_length=8, choices=ScheduleUnit.choices, default=ScheduleUnit.HOURS
    )
    schedule_every = models.PositiveSmallIntegerField(
        _("every"), default=1, validators=[MinValueValidator(1), MaxValueValidator(1440)]
    )
    daily_at = models.TimeField(_("at (organisation time)"), null=True, blank=True)
    # HTTP JSON and CSV URL
    url = models.CharField(_("URL"), max_length=500, blank=True)
    json_path = models.CharField(_("JSONPath"), max_length=300, blank=True)
    auth_header = models.CharField(_("auth header name"), max_length=100, blank=True)
    # Write-only: never rendered nor returned by the API after it is saved, and encrypted at
    # rest (docs/data_sources.md, cairn.lib.field_encryption).
    auth_secret = EncryptedTextField(blank=True)
    csv_column = models.CharField(_("value column"), max_length=100, blank=True)
    csv_row_rule = models.CharField(
        _("row"), max_length=8, choices=RowRule.choices, default=RowRule.LAST
    )
    csv_match_column = models.CharField(_("match column"), max_length=100, blank=True)
    csv_match_value = models.CharField(_("match value"), max_length=200, blank=True)
    # SQL: postgresql://, mysql:// or sqlite:///<file under CAIRN_DATA_SOURCE_SQLITE_DIR>.
    # The URL may hold a password: write-only and encrypted like the secret.
    database_url = EncryptedTextField(blank=True)
    query = models.TextField(_("query"), blank=True)
    # Push: the SHA-256 of the token (shown once); its first characters to recognise it.
    push_token_hash = models.CharField(max_length=64, blank=True)
    push_token_prefix = models.CharField(max_length=16, blank=True)
    consecutive_failures = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    last_value = models.FloatField(null=True, blank=True)
    last_reading_at = models.DateTimeField(null=True, blank=True)
    last_run_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name", "id"]
        indexes = [models.Index(fields=["organisation", "enabled"])]
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(key_result__isnull=False) & models.Q(kpi__isnull=True))
                | (models.Q(key_result__isnull=True) & models.Q(kpi__isnull=False)),
                name="data_source_one_target",
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def is_pull(self) -> bool:
        return self.kind in PULL_KINDS


class DataSourceRun(models.Model):
    """One reading or attempt: when, how it went, the value or the error."""

    source = models.ForeignKey(DataSource, on_delete=models.CASCADE, related_name="runs")
    started_at = models.DateTimeField(db_index=True)
    duration_ms = models.PositiveIntegerField(default=0)
    outcome = models.CharField(max_length=10, choices=RunOutcome.choices)
    value = models.FloatField(null=True, blank=True)
    error = models.TextField(blank=True)
    trigger = models.CharField(max_length=12, default="schedule")  # schedule, manual, push
    check_in = models.ForeignKey(
        "okrs.CheckIn", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    kpi_value = models.ForeignKey(
        "kpis.KpiValue", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-started_at", "-id"]
        indexes = [models.Index(fields=["source", "started_at"])]

    def __str__(self) -> str:
        return f"{self.source} @ {self.started_at:%Y-%m-%d %H:%M}: {self.outcome}"

"""The append-only audit log and each organisation's retention of it.

Append-only twice over: the model and its QuerySet refuse updates and deletes, and a database
trigger (migration 0002) refuses UPDATE and DELETE from any client — except a DELETE inside the
retention purge and a relabel inside a person's erasure (`cairn.audit.gate`).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cairn.audit.actions import Action

DEFAULT_RETENTION_DAYS = 365
MIN_RETENTION_DAYS = 30
MAX_RETENTION_DAYS = 3650
USER_AGENT_LENGTH = 300
LABEL_LENGTH = 300


class AppendOnly(Exception):
    """Raised when code tries to change or delete an audit event."""


class AuditEventQuerySet(models.QuerySet["AuditEvent"]):
    def update(self, **kwargs: Any) -> int:
        raise AppendOnly("Audit events cannot be changed.")

    def delete(self) -> tuple[int, dict[str, int]]:
        raise AppendOnly("Audit events are removed only by the retention purge.")

    def _raw_delete_for_purge(self) -> int:
        """Delete the rows (the purge only, inside its gate); return how many."""
        return super().delete()[0]

    def _relabel_for_erasure(self, **labels: str) -> int:
        """Set the labels (erasure only, inside its gate); return how many rows."""
        return super().update(**labels)


# Links to organisations, people and users keep their ids without a database constraint and
# without cascades: deleting a person or an organisation must not delete (or rewrite) history.
_KEEP = {"on_delete": models.DO_NOTHING, "db_constraint": False, "null": True, "blank": True}


class AuditEvent(models.Model):
    organisation = models.ForeignKey(
        "organisations.Organisation",
        related_name="+",
        **_KEEP,  # type: ignore[arg-type]
    )
    actor = models.ForeignKey("organisations.Person", related_name="+", **_KEEP)  # type: ignore[arg-type]
    actor_user = models.ForeignKey(settings.AUTH_USER_MODEL, related_name="+", **_KEEP)  # type: ignore[arg-type]
    actor_label = models.CharField(_("actor"), max_length=LABEL_LENGTH, blank=True)
    action = models.CharField(_("action"), max_length=40, choices=Action.choices)
    object_type = models.CharField(_("object type"), max_length=40, blank=True)
    object_id = models.BigIntegerField(_("object id"), null=True, blank=True)
    object_label = models.CharField(_("object"), max_length=LABEL_LENGTH, blank=True)
    address = models.GenericIPAddressField(_("client address"), null=True, blank=True)
    user_agent = models.CharField(_("user agent"), max_length=USER_AGENT_LENGTH, blank=True)
    at = models.DateTimeField(_("time"), default=timezone.now)
    details = models.JSONField(_("details"), default=dict, blank=True)

    objects = AuditEventQuerySet.as_manager()

    class Meta:
        ordering = ["-id"]
        indexes = [
            models.Index(fields=["organisation", "-id"], name="audit_org_newest"),
            models.Index(fields=["organisation", "action", "-id"], name="audit_org_action"),
            models.Index(fields=["actor_user", "-id"], name="audit_actor_user"),
            models.Index(fields=["object_type", "object_id"], name="audit_object"),
            models.Index(fields=["at"], name="audit_at"),
        ]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.object_label}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None or not self._state.adding:
            raise AppendOnly("Audit events cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnly("Audit events are removed only by the retention purge.")


class AuditRetention(models.Model):
    """How many days an organisation keeps its audit events (no row: the default, 365)."""

    organisation = models.OneToOneField(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="audit_retention"
    )
    days = models.PositiveSmallIntegerField(
        _("keep audit events for (days)"),
        default=DEFAULT_RETENTION_DAYS,
        validators=[MinValueValidator(MIN_RETENTION_DAYS), MaxValueValidator(MAX_RETENTION_DAYS)],
    )

    def __str__(self) -> str:
        return f"{self.organisation_id}: {self.days} days"

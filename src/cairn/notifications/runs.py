"""Claims of periodic work: the first caller to insert (job, slot) does it, others skip."""

from __future__ import annotations

from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from cairn.notifications.models import ScheduledRun


def run_claim(*, job: str, slot: str, now: datetime | None = None) -> bool:
    """Insert the (job, slot) row; return True for the one caller that inserted it."""
    try:
        with transaction.atomic():
            ScheduledRun.objects.create(job=job, slot=slot, claimed_at=now or timezone.now())
    except IntegrityError:
        return False
    return True


def claimed(job: str, slots: list[str]) -> set[str]:
    """Return which of the job's slots were claimed already (one query)."""
    return set(ScheduledRun.objects.filter(job=job, slot__in=slots).values_list("slot", flat=True))

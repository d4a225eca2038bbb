"""Claims of periodic work: the first caller to insert (job, slot) does it, others skip."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TypeVar

from django.db import IntegrityError, transaction
from django.utils import timezone

from cairn.notifications.models import ScheduledRun

T = TypeVar("T")


def run_claim(*, job: str, slot: str, now: datetime | None = None) -> bool:
    """Insert the (job, slot) row; return True for the one caller that inserted it."""
    try:
        with transaction.atomic():
            ScheduledRun.objects.create(job=job, slot=slot, claimed_at=now or timezone.now())
    except IntegrityError:
        return False
    return True


def run_claimed(
    *, job: str, slot: str, work: Callable[[], T], now: datetime | None = None
) -> T | None:
    """Claim (job, slot) and do `work` in one transaction; return its result, or None when
    another caller has the slot.

    A worker that dies after claiming (killed, out of memory, the machine lost) rolls its claim
    back with its work, so the next tick claims the slot again and does it: nothing is lost, and
    nothing is done twice. A second worker's insert of the same slot waits for the first
    transaction and then finds the slot taken (PostgreSQL's unique index; SQLite's write lock).
    """
    with transaction.atomic():
        try:
            with transaction.atomic():
                ScheduledRun.objects.create(job=job, slot=slot, claimed_at=now or timezone.now())
        except IntegrityError:
            return None
        return work()


def claimed(job: str, slots: list[str]) -> set[str]:
    """Return which of the job's slots were claimed already (one query)."""
    return set(ScheduledRun.objects.filter(job=job, slot__in=slots).values_list("slot", flat=True))

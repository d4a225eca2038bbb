"""Claims of periodic work: the first caller to insert (job, slot) does it, others skip."""

from __future__ import annotations

import secrets
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


def runs_claimed(
    *,
    job: str,
    slots: list[str],
    work: Callable[[set[str]], T],
    now: datetime | None = None,
) -> T:
    """Claim every free slot of the job in one insert and call `work(claimed slots)` in the same
    transaction; return its result (work gets an empty set when another caller had them all).

    The batch form of `run_claimed`: the inserts skip slots taken already (ON CONFLICT DO
    NOTHING), and the rows carrying this call's token are the ones it won, so two workers
    never both get a slot, and a worker that dies rolls back its claims with its work.
    """
    token = secrets.token_hex(16)
    moment = now or timezone.now()
    with transaction.atomic():
        ScheduledRun.objects.bulk_create(
            [
                ScheduledRun(job=job, slot=slot, claimed_at=moment, claimed_by=token)
                for slot in slots
            ],
            ignore_conflicts=True,
        )
        won = ScheduledRun.objects.filter(job=job, slot__in=slots, claimed_by=token)
        return work(set(won.values_list("slot", flat=True)))

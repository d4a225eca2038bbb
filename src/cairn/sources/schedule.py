"""Pull sources on their schedule: `cairn worker` claims each source's due slot once, then
queues one task per source so a slow source never holds up the others."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone
from django_tasks import task

from cairn.notifications.runs import run_claim
from cairn.sources.models import PULL_KINDS, DataSource, DataSourceRun, ScheduleUnit

logger = logging.getLogger(__name__)
KEEP_RUNS = timedelta(days=90)  # the run log is for diagnosis; check-ins keep the history


def _slot_of(now: datetime, seconds: int) -> str:
    from cairn.notifications.schedule import slot_of

    return slot_of(now, seconds)


def due_slot(source: DataSource, now: datetime) -> str | None:
    """Return the name of the slot the source is due in at `now`, or None (daily, too early)."""
    if source.schedule_unit == ScheduleUnit.MINUTES:
        return _slot_of(now, source.schedule_every * 60)
    if source.schedule_unit == ScheduleUnit.HOURS:
        return _slot_of(now, source.schedule_every * 3600)
    if source.daily_at is None:
        return None
    local = timezone.localtime(now, ZoneInfo(source.organisation.time_zone))
    return local.date().isoformat() if local.time() >= source.daily_at else None


def data_sources_enqueue(*, now: datetime | None = None) -> int:
    """Queue a run of every enabled pull source whose slot is due and unclaimed; return how many."""
    from cairn import tasks

    now = now or timezone.now()
    queued = 0
    sources = DataSource.objects.filter(enabled=True, kind__in=PULL_KINDS).select_related(
        "organisation"
    )
    for source in sources.only(
        "id", "schedule_unit", "schedule_every", "daily_at", "organisation__time_zone"
    ):
        slot = due_slot(source, now)
        if slot is None or not run_claim(job=f"source:{source.pk}", slot=slot, now=now):
            continue
        tasks.enqueue_now(source_run_task, source.pk)
        queued += 1
    if run_claim(job="source_runs_prune", slot=_slot_of(now, 3600), now=now):
        DataSourceRun.objects.filter(started_at__lt=now - KEEP_RUNS).delete()
    return queued


@task()
def source_run_task(source_id: int) -> None:
    """Take one reading of a source (a task of its own: one slow source blocks no other)."""
    from cairn.sources.services import source_run

    source = (
        DataSource.objects.select_related("key_result", "owner", "organisation")
        .filter(pk=source_id, enabled=True, kind__in=PULL_KINDS)
        .first()
    )
    if source is not None:
        run = source_run(source=source)
        logger.info("data source %s: %s", source_id, run.outcome)

"""Periodic jobs without cron: `cairn worker` runs them, each slot claimed once by a unique row."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from django.db import close_old_connections
from django.utils import timezone

from cairn.meetings.notices import agendas_send
from cairn.notifications.alerts import grading_due_send
from cairn.notifications.delivery import deliveries_send_due
from cairn.notifications.digests import digests_send
from cairn.notifications.models import ScheduledRun
from cairn.notifications.reminders import reminders_send
from cairn.notifications.runs import run_claim
from cairn.notifications.team_chat import team_posts_send_due

logger = logging.getLogger(__name__)
TICK_SECONDS = 60
SWEEP_SECONDS = 15 * 60
KEEP_RUNS = timedelta(days=7)


def slot_of(now: datetime, seconds: int) -> str:
    """Return the name of the slot `now` falls in, for a job run every `seconds`."""
    start = int(now.timestamp()) // seconds * seconds
    return datetime.fromtimestamp(start, tz=UTC).strftime("%Y-%m-%dT%H:%M:%S")


@dataclass(frozen=True)
class Tick:
    ran: bool
    reminders: int = 0
    grading: int = 0
    digests: int = 0
    agendas: int = 0
    sent: int = 0


def notifications_tick(*, now: datetime | None = None) -> Tick:
    """Send the reminders and alerts whose time has come and the due deliveries, once per slot."""
    now = now or timezone.now()
    if not run_claim(job="notifications_tick", slot=slot_of(now, TICK_SECONDS), now=now):
        return Tick(ran=False)
    reminders = reminders_send(now=now)
    grading = grading_due_send(now=now)
    digests = digests_send(now=now)
    agendas = agendas_send(now=now)
    sent = deliveries_send_due(now=now) + team_posts_send_due(now=now)
    ScheduledRun.objects.filter(claimed_at__lt=now - KEEP_RUNS).delete()
    return Tick(
        ran=True, reminders=reminders, grading=grading, digests=digests, agendas=agendas, sent=sent
    )


@dataclass(frozen=True)
class Sweep:
    ran: bool
    pace_changes: int = 0
    webhooks: int = 0
    pruned: int = 0
    audit_purged: int = 0
    feedback_reminders: int = 0
    check_in_days_folded: int = 0
    dashboard_cycles: int = 0
    dashboard_days: int = 0


def sweep_run(*, now: datetime | None = None, claim: bool = True) -> Sweep:
    """Run the periodic chores of `cairn sweep` (once per 15-minute slot when `claim`)."""
    from cairn.api.idempotency import idempotency_keys_prune
    from cairn.api.webhooks import retry_due_webhooks
    from cairn.audit.services import audit_purge
    from cairn.dashboards.aggregates import compact
    from cairn.dashboards.days import refresh as days_refresh
    from cairn.dashboards.snapshots import refresh
    from cairn.feedback.feedback_requests_notices import feedback_reminders_send
    from cairn.okrs.services.pace_sweep import pace_sweep
    from cairn.web.queries.coach import coach_reviews_warm

    now = now or timezone.now()
    if claim and not run_claim(job="sweep", slot=slot_of(now, SWEEP_SECONDS), now=now):
        return Sweep(ran=False)
    changed = pace_sweep(now=now)
    delivered = retry_due_webhooks.call()
    pruned = idempotency_keys_prune()
    purged = audit_purge(now=now)
    coach_reviews_warm()
    reminded = feedback_reminders_send(now=now)
    folded = compact()
    stored = refresh(now)  # the dashboards' pace rows, after the pace sweep (same moment)
    days = days_refresh(now)  # the as-of days: late check-ins, then a few missing days
    return Sweep(
        ran=True,
        pace_changes=changed,
        webhooks=delivered,
        pruned=pruned,
        audit_purged=purged,
        feedback_reminders=reminded,
        check_in_days_folded=folded,
        dashboard_cycles=stored,
        dashboard_days=days,
    )


def periodic_run(now: datetime | None = None) -> None:
    """Run each periodic job whose slot has not been claimed yet (by this or another worker)."""
    from cairn.sources.schedule import data_sources_enqueue

    sweep_run(now=now)
    notifications_tick(now=now)
    data_sources_enqueue(now=now)


class Scheduler(threading.Thread):
    """A daemon thread of `cairn worker` that runs the periodic jobs about every minute."""

    def __init__(self, interval: float = TICK_SECONDS) -> None:
        super().__init__(name="cairn-scheduler", daemon=True)
        self.interval = interval
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.is_set():
            try:
                periodic_run()
            except Exception:  # a failed run is logged; the next minute tries again
                logger.exception("Periodic jobs failed")
            finally:
                close_old_connections()
            self.stopped.wait(self.interval)

    def stop(self) -> None:
        self.stopped.set()

"""`cairn worker` runs the periodic jobs itself; `cairn sweep` runs the same tick for cron users."""

from __future__ import annotations

import time
from io import StringIO

import pytest
from django.core.management import call_command

from cairn.notifications.models import ScheduledRun
from cairn.notifications.schedule import Scheduler, run_claim, slot_of
from tests.notifications.conftest import at


def test_a_slot_is_claimed_by_the_first_caller_only(db):
    assert run_claim(job="tick", slot="2026-03-30T07:00:00")
    assert not run_claim(job="tick", slot="2026-03-30T07:00:00")
    assert run_claim(job="tick", slot="2026-03-30T07:01:00")
    assert run_claim(job="sweep", slot="2026-03-30T07:00:00")


def test_slots_are_utc_minutes_and_quarter_hours():
    assert slot_of(at("2026-03-30 07:00"), 60) == slot_of(at("2026-03-30 07:00"), 60)
    assert slot_of(at("2026-03-30 07:14"), 900) == "2026-03-30T07:00:00"
    assert slot_of(at("2026-03-30 07:15"), 900) == "2026-03-30T07:15:00"


@pytest.mark.django_db(transaction=True)
def test_the_worker_scheduler_runs_the_tick_and_the_sweep(world):
    scheduler = Scheduler(interval=0.2)
    scheduler.start()
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and ScheduledRun.objects.count() < 3:
            time.sleep(0.1)
    finally:
        scheduler.stop()
        scheduler.join(timeout=20)

    assert set(ScheduledRun.objects.values_list("job", flat=True)) == {
        "notifications_tick",
        "sweep",
        "source_runs_prune",  # the data sources' hourly clean-up of old runs
    }
    assert not scheduler.is_alive()


@pytest.mark.django_db(transaction=True)
def test_cairn_sweep_reports_the_chores_and_the_tick(world):
    out = StringIO()
    call_command("sweep", stdout=out)

    assert out.getvalue().startswith("0 pace changes announced")
    assert "reminders sent" in out.getvalue() and "notifications delivered" in out.getvalue()


@pytest.mark.django_db(transaction=True)
def test_the_worker_can_leave_the_schedule_to_others(world, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
    call_command("worker", "--batch", "--no-schedule", stdout=StringIO(), stderr=StringIO())

    assert not ScheduledRun.objects.exists()

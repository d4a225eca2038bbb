"""A worker killed half-way through sending an agenda: the next tick sends it, once.

A real process (`python -c`, Django set up against the test database) claims the agenda,
stores the first member's copy and dies (`os._exit`: no exception handler or clean-up of ours
runs). The database is real (SQLite file or PostgreSQL), the sender is Cairn's own.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import connection

from cairn.meetings.notices import agendas_send
from cairn.notifications.delivery import deliveries_send_due
from cairn.notifications.kinds import Kind
from cairn.notifications.models import Notification, ScheduledRun
from tests.notifications.conftest import at

ROOT = Path(__file__).resolve().parents[2]
MEETING_WINDOW = at("2026-03-23 07:00")  # Berlin, Monday 08:00 local: the 10:00 meeting's agenda
pytestmark = pytest.mark.django_db(transaction=True)

WORKER = """
import os, sys
from datetime import datetime
import django
django.setup()
from cairn.meetings import notices
real_notify_many = notices.notify_many

def dies_after_the_first(messages, **kwargs):
    real_notify_many(messages[:1], **kwargs)
    os._exit(17)  # killed mid-agenda: one member's copy stored, the others not

notices.notify_many = dies_after_the_first
notices.agendas_send(now=datetime.fromisoformat(sys.argv[1]))
"""


def _database_url() -> str:
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    user, host, port = settings["USER"], settings["HOST"] or "127.0.0.1", settings["PORT"] or 5432
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    return f"postgres://{user}{password}@{host}:{port}/{settings['NAME']}"


def _worker_dies_mid_agenda(now: dt.datetime) -> None:
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "DJANGO_SETTINGS_MODULE": "cairn.settings",
        "PYTHONPATH": str(ROOT),
    }
    done = subprocess.run(
        [sys.executable, "-c", WORKER, now.isoformat()],
        cwd=ROOT, env=env, capture_output=True, timeout=120, check=False,
    )  # fmt: skip
    assert done.returncode == 17, done.stderr.decode()[-2000:]


@pytest.fixture
def berlin(world):
    world.organisation.time_zone = "Europe/Berlin"
    world.organisation.check_in_weekday = 0
    world.organisation.save()
    return world


def test_an_agenda_claimed_by_a_worker_that_died_goes_out_once_at_the_next_tick(berlin, smtp):
    _worker_dies_mid_agenda(MEETING_WINDOW)
    # The claim died with the worker: no slot taken, no half agenda stored.
    slot = f"{berlin.team.pk}:2026-03-23"
    assert not ScheduledRun.objects.filter(job="agenda", slot=slot).exists()
    assert not Notification.objects.filter(kind=Kind.MEETING_AGENDA).exists()

    next_tick = MEETING_WINDOW + dt.timedelta(minutes=1)
    assert agendas_send(now=next_tick) == 2  # the lead and the member
    assert agendas_send(now=next_tick + dt.timedelta(minutes=1)) == 0
    deliveries_send_due(now=next_tick + dt.timedelta(minutes=5))
    deliveries_send_due(now=next_tick + dt.timedelta(minutes=20))
    recipients = sorted(m["To"] for m in smtp.messages)
    assert recipients == ["lead@acme.test", "member@acme.test"]
    assert ScheduledRun.objects.filter(job="agenda", slot=slot).count() == 1

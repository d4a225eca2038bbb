"""The scheduler tick with many people: time and queries when nothing is due and when all are.

Run alone (a scratch SQLite database is created and migrated, or set DATABASE_URL):
    CAIRN_BENCH_PEOPLE=2000,10000 .venv/bin/python -m bench.notifications_tick
Each size gets its own organisation: N people in teams of 10 (one lead each), one key result
per person in an active cycle with no check-in yet, so every one is due on Monday 09:00.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, date, datetime, timedelta

TEAM_SIZE = 10
MONDAY_NINE = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)  # the check-in moment (UTC organisation)
TUESDAY = datetime(2026, 3, 3, 13, 30, tzinfo=UTC)  # nothing due: no reminder, digest, agenda


def populate(people: int, *, slug: str):
    """Create an organisation of `people` people with one due key result each; return it."""
    from cairn.accounts.models import User
    from cairn.okrs.models import Cycle, CycleState, KeyResult, Objective
    from cairn.organisations.models import Organisation, Person, Team, TeamMembership

    org = Organisation.objects.create(name=f"Bench {people}", slug=slug, check_in_weekday=0)
    users = User.objects.bulk_create(
        [User(email=f"p{i}@{slug}.test", first_name="P", last_name=str(i)) for i in range(people)],
        batch_size=2000,
    )
    persons = Person.objects.bulk_create(
        [Person(organisation=org, user=u, role="member") for u in users], batch_size=2000
    )
    teams = Team.objects.bulk_create(
        [Team(organisation=org, name=f"T{i}", slug=f"t{i}") for i in range(people // TEAM_SIZE)]
    )
    TeamMembership.objects.bulk_create(
        [TeamMembership(team=teams[i // TEAM_SIZE], person=p, is_lead=i % TEAM_SIZE == 0)
         for i, p in enumerate(persons[: len(teams) * TEAM_SIZE])],
        batch_size=2000,
    )  # fmt: skip
    cycle = Cycle.objects.create(
        organisation=org, name="Q1", start=date(2026, 1, 1), end=date(2026, 3, 31),
        state=CycleState.ACTIVE,
    )  # fmt: skip
    objectives = Objective.objects.bulk_create(
        [Objective(organisation=org, cycle=cycle, team=t, owner=persons[i * TEAM_SIZE],
                   title=f"Objective {i}") for i, t in enumerate(teams)],
    )  # fmt: skip
    created = datetime(2026, 2, 20, tzinfo=UTC)
    KeyResult.objects.bulk_create(
        [KeyResult(organisation=org, objective=objectives[min(i // TEAM_SIZE, len(teams) - 1)],
                   owner=p, title=f"Grow metric {i} from 0 to 10", start=0, target=10, current=0)
         for i, p in enumerate(persons)],
        batch_size=2000,
    )  # fmt: skip
    KeyResult.objects.filter(organisation=org).update(created_at=created)
    return org


def measure(now: datetime) -> tuple[float, int, object]:
    """Run one tick at `now`; return (seconds, queries, the Tick)."""
    from django.db import connection

    from cairn.notifications.schedule import notifications_tick

    count = [0]

    def counted(execute, sql, params, many, context):
        count[0] += 1
        return execute(sql, params, many, context)

    with connection.execute_wrapper(counted):
        started = time.perf_counter()
        tick = notifications_tick(now=now)
        elapsed = time.perf_counter() - started
    return elapsed, count[0], tick


def _setup() -> None:
    import tempfile

    if not os.environ.get("DATABASE_URL"):
        scratch = tempfile.mkdtemp(prefix="cairn-bench-tick-")
        os.environ["DATABASE_URL"] = f"sqlite:///{scratch}/bench.sqlite3"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cairn.settings")
    os.environ.setdefault("CAIRN_TASKS_BACKEND", "django_tasks.backends.dummy.DummyBackend")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def main() -> None:
    _setup()
    from django.conf import settings
    from django.core import mail

    from cairn.notifications.models import Notification, ScheduledRun

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []

    sizes = [int(n) for n in os.environ.get("CAIRN_BENCH_PEOPLE", "2000,10000").split(",")]
    # "All due" stores and sends in batches; set lower to time only the "nothing due" tick.
    all_due_max = int(os.environ.get("CAIRN_BENCH_ALL_DUE_MAX", "10000"))
    for size in sizes:
        # The last size's organisation stays (and is due again): for one size's figures alone,
        # run one size per database (docs/notifications.md does).
        Notification.objects.all().delete()  # the last size's emails would fall due meanwhile
        started = time.perf_counter()
        populate(size, slug=f"bench{size}")
        print(f"{size:>6} people: generated in {time.perf_counter() - started:.1f} s", flush=True)
        ScheduledRun.objects.all().delete()
        _report("nothing due", measure(TUESDAY))
        if size > all_due_max:
            continue
        ScheduledRun.objects.all().delete()
        _report("all due", measure(MONDAY_NINE))
        _report("next minute", measure(MONDAY_NINE + timedelta(minutes=1)))  # all handled
        # The batch wait (CAIRN_NOTIFY_BATCH_SECONDS, 120) is over: every email goes out, one
        # per person (reminder, agenda and digest together), to Django's in-memory outbox.
        _report("emails due", measure(MONDAY_NINE + timedelta(minutes=3)))
        print(f"        emails sent: {len(mail.outbox)}", flush=True)
        mail.outbox.clear()


def _report(label: str, result: tuple[float, int, object]) -> None:
    seconds, queries, tick = result
    print(f"        {label:<12} {seconds:7.2f} s  {queries:>7} queries  {tick}", flush=True)


if __name__ == "__main__":
    main()

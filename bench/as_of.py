"""Time travel at scale: `python -m bench.as_of --people 10000` (SPEC §7: as-of views ≤ 300 ms,
an objective's page ≤ 100 ms).

Uses `make bench`'s scratch SQLite database in `bench-results/` (`--data-dir` for another folder),
or `DATABASE_URL` (PostgreSQL), and its generated organisation "Bench N" (generated when
missing). Objectives and key results are dated on the cycle's first morning and check-ins weekly
(older generated data stamped "now" is moved back here), and a few title, team, target and
alignment edits are recorded today so the rebuild has changes to undo. Prints the dataset's size
and, per page (as of mid-cycle, and compared with today): its query count, p50/p95 server time
(Django test client, no network) and the median CPU time of the process, with the load average.
"""

from __future__ import annotations

import argparse
import os
from datetime import datetime, time, timedelta


def _prepare(organisation) -> tuple:
    """Backdate creation, record a few edits once; return (cycle, mid-cycle date)."""
    from django.utils import timezone

    from cairn.okrs.models import Change, CheckIn, Cycle, KeyResult, Objective
    from cairn.okrs.services import key_result_update, objective_update
    from cairn.organisations.models import Person

    cycle = Cycle.objects.get(organisation=organisation, state="active")
    # Data generated before objectives were dated on the cycle's first morning: move it there.
    start = timezone.make_aware(datetime.combine(cycle.start, time(9)))
    late = start + timedelta(days=1)
    Objective.objects.filter(cycle=cycle, created_at__gt=late).update(created_at=start)
    KeyResult.objects.filter(objective__cycle=cycle, created_at__gt=late).update(created_at=start)
    admin = Person.objects.filter(organisation=organisation, role="admin").first()
    if not Change.objects.filter(organisation=organisation, field="title").exists():
        for objective in Objective.objects.filter(cycle=cycle).order_by("id")[:200]:
            objective_update(objective=objective, actor=admin, title=f"{objective.title} (v2)")
        for kr in KeyResult.objects.filter(objective__cycle=cycle, kind="metric")[:200]:
            key_result_update(key_result=kr, actor=admin, target=(kr.target or 0) + 1)
        _move(organisation, cycle, admin)
    today = timezone.localdate()
    middle = cycle.start + (min(today, cycle.end) - cycle.start) / 2
    check_ins = CheckIn.objects.filter(key_result__objective__cycle=cycle).count()
    objectives = Objective.objects.filter(cycle=cycle).count()
    krs = KeyResult.objects.filter(objective__cycle=cycle).count()
    print(f"active cycle: {objectives} objectives, {krs} key results, {check_ins} check-ins")
    return cycle, middle


def _move(organisation, cycle, admin) -> None:
    """Record 100 team changes and 100 realignments today (placed by their values then)."""
    from cairn.okrs.models import Objective
    from cairn.okrs.services import objective_align, objective_update
    from cairn.organisations.models import Team

    teams = list(Team.objects.filter(organisation=organisation).order_by("id")[:100])
    personal = Objective.objects.filter(cycle=cycle, parent_objective__isnull=False)
    for objective, team in zip(personal.order_by("-id")[:100], teams, strict=False):
        objective_update(objective=objective, actor=admin, team=team)
    heads = list(Objective.objects.filter(cycle=cycle, parent_objective__isnull=True)[:100])
    for objective, head in zip(personal.order_by("id")[:100], reversed(heads), strict=False):
        objective_align(objective=objective, actor=admin, parent_objective=head)


def _load() -> str:
    with open("/proc/loadavg") as loadavg:
        return " ".join(loadavg.read().split()[:3])


def _server_cpu() -> float:
    """Return the CPU seconds the PostgreSQL backend of this connection used so far (0 on
    SQLite, which runs inside this process and is counted with it)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return 0.0
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _measure(fn, repeat: int) -> tuple[list[float], float]:
    """Return wall-clock samples (ms) and the median CPU time (ms) of this process plus, on
    PostgreSQL, its backend: a figure the load of other work on the machine hardly moves."""
    import statistics
    import time as clock

    walls, cpus = [], []
    for _ in range(repeat):
        wall, cpu, server = clock.perf_counter(), clock.process_time(), _server_cpu()
        fn()
        cpus.append((clock.process_time() - cpu + _server_cpu() - server) * 1000)
        walls.append((clock.perf_counter() - wall) * 1000)
    return walls, statistics.median(cpus)


def _pages(organisation, cycle, day, repeat: int) -> None:
    from django.db import connection
    from django.test import Client
    from django.urls import reverse
    from django.utils import timezone

    from bench.run import report
    from cairn.api.tokens import token_create
    from cairn.okrs.models import KeyResult, Objective
    from cairn.organisations.models import Person

    admin = Person.objects.filter(organisation=organisation, role="admin").first()
    member = Person.objects.filter(organisation=organisation, role="member").order_by("id").last()
    clients = {}
    for person in (admin, member):
        clients[person.role] = Client(HTTP_HOST="127.0.0.1")
        clients[person.role].force_login(person.user)
    token = token_create(person=admin, name="bench as of", scope="read").plaintext
    api = Client(HTTP_HOST="127.0.0.1", HTTP_AUTHORIZATION=f"Bearer {token}")
    # A team objective: its page shows the personal objectives aligned under it.
    objective = Objective.objects.filter(cycle=cycle, team__isnull=False).order_by("id").first()
    kr = KeyResult.objects.filter(objective=objective).order_by("id").first()
    as_of = f"as_of={day.isoformat()}"
    compare = f"{as_of}&compare={timezone.localdate().isoformat()}"
    board = reverse("board", args=[cycle.pk])
    deep = Objective.objects.filter(cycle=cycle).count() // 200  # half-way down the board
    alignment = f"{reverse('alignment')}?cycle={cycle.pk}&{as_of}"
    pages = [
        ("board as of", "admin", f"{board}?{as_of}", 300),
        ("board as of (member)", "member", f"{board}?{as_of}", 300),
        (f"board as of, page {deep}", "admin", f"{board}?{as_of}&page={deep}", 300),
        ("board compare", "admin", f"{board}?{compare}", 300),
        ("objective as of", "admin", f"{reverse('objective', args=[objective.pk])}?{as_of}", 100),
        (
            "objective compare",
            "admin",
            f"{reverse('objective', args=[objective.pk])}?{compare}",
            100,
        ),
        ("alignment as of", "admin", alignment, 300),
        ("alignment as of (member)", "member", alignment, 300),
        ("alignment as of, page 20", "admin", f"{alignment}&page=20", 300),
        ("api objectives as of", "api", f"/api/v1/objectives?cycle={cycle.pk}&{as_of}", 300),
        ("api objective as of", "api", f"/api/v1/objectives/{objective.pk}?{as_of}", 100),
        ("api key results as of", "api", f"/api/v1/key-results?cycle={cycle.pk}&{as_of}", 300),
        ("api key result as of", "api", f"/api/v1/key-results/{kr.pk}?{as_of}", 100),
    ]
    for label, who, url, target in pages:
        client = api if who == "api" else clients[who]
        # The log is reset when a request starts, so after one it holds that request's queries.
        connection.force_debug_cursor = True
        status = client.get(url).status_code
        queries = len(connection.queries)
        connection.force_debug_cursor = False
        samples, cpu = _measure(lambda url=url, client=client: client.get(url), repeat)
        report(f"{label} [{status}, {queries} q, cpu {cpu:.0f} ms]", samples, target)
        print(f"{'':<42} load average {_load()}")


def _rebuild(cycle, day, repeat: int) -> None:
    from django.utils import timezone

    from bench.run import _timed, report
    from cairn.okrs.as_of import cycle_as_of

    at = timezone.make_aware(datetime.combine(day, time.max))
    report("rebuild the cycle as of (no page)", _timed(lambda: cycle_as_of(cycle, at), repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--data-dir", default="", help="SQLite folder (default bench-results/)")
    parser.add_argument("--skip-rebuild", action="store_true", help="no whole-cycle rebuild")
    args = parser.parse_args()
    os.environ.setdefault("CAIRN_BENCH_PEOPLE", str(args.people))
    from bench.run import _organisation, _setup

    _setup(args.data_dir or None)
    organisation = _organisation(args.people)
    print(f"database: {os.environ.get('DATABASE_URL') or 'SQLite'}, load average {_load()}")
    cycle, day = _prepare(organisation)
    if not args.skip_rebuild:
        _rebuild(cycle, day, min(args.repeat, 5))
    _pages(organisation, cycle, day, args.repeat)


if __name__ == "__main__":
    main()

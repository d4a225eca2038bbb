"""Dashboard pages on the generated organisation (SPEC §7: ≤ 300 ms, constant query counts).

`CAIRN_BENCH_ONLY=dashboards make bench` (or `python -m bench`); `CAIRN_BENCH_PEOPLE` sets the
size, `DATABASE_URL` the database, `CAIRN_BENCH_ORG` an organisation already generated (its slug).
Each page is timed as an admin (no visibility filter) and as a member (the filter on); beside the
wall-clock figures, the queries of a request and its CPU time in this process (p50, less
sensitive to other jobs on a shared machine than the wall clock).
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from datetime import timedelta

REPEAT = int(os.environ.get("CAIRN_BENCH_REPEAT", "20"))
ONLY = os.environ.get("CAIRN_BENCH_DASHBOARDS", "")  # label words to keep, "-word" to drop
SLOWEST = 3  # the slowest queries of a request, printed with their SQL time


def pages(organisation, timed: Callable, report: Callable) -> None:
    """Time the company, team and person dashboards, the confidence trend and two downloads."""
    from django.db import connection
    from django.test import Client
    from django.urls import reverse
    from django.utils import timezone

    from cairn.organisations.models import Person, Role, Team

    people = Person.objects.filter(organisation=organisation, is_active=True)
    department = Team.objects.filter(
        organisation=organisation, parent__isnull=False, children__isnull=False
    ).first()
    urls = [
        ("company", reverse("dashboard")),
        ("team", reverse("team_dashboard", args=[department.pk])),
        ("person", reverse("person_dashboard", args=[people.first().pk])),
        ("company confidence trend", reverse("dashboard") + "?part=confidence"),
        (
            "team confidence trend",
            reverse("team_dashboard", args=[department.pk]) + "?part=confidence",
        ),
        ("company CSV at_risk", reverse("dashboard") + "?format=csv&table=at_risk"),
        ("company XLSX teams", reverse("dashboard") + "?format=xlsx&table=teams"),
    ]
    week_ago = timezone.localdate() - timedelta(days=7)  # generate dates the cycle's history
    urls += [
        ("company as of a week ago", reverse("dashboard") + f"?as_of={week_ago}"),
        (
            "team as of a week ago",
            reverse("team_dashboard", args=[department.pk]) + f"?as_of={week_ago}",
        ),
        (
            "company confidence as of a week ago",
            reverse("dashboard") + f"?as_of={week_ago}&part=confidence",
        ),
        (
            "company as of a week ago compared with today",
            reverse("dashboard") + f"?as_of={week_ago}&compare={timezone.localdate()}",
        ),
    ]
    if ONLY:
        words = [w.strip() for w in ONLY.split(",") if w.strip()]
        keep = [w for w in words if not w.startswith("-")] or [""]
        drop = [w[1:] for w in words if w.startswith("-")]
        urls = [
            (label, url)
            for label, url in urls
            if any(w in label for w in keep) and not any(w in label for w in drop)
        ]
    from cairn.dashboards import snapshots

    started, cpu_started = time.perf_counter(), time.process_time()
    stored = snapshots.refresh()  # what the sweep does every 15 minutes
    print(
        f"sweep's dashboard rows ({stored} cycles): {time.perf_counter() - started:.1f} s,"
        f" CPU in this process {time.process_time() - cpu_started:.2f} s"
    )
    from cairn.dashboards import days
    from cairn.web.queries.common import chosen_cycle

    cycle = chosen_cycle(organisation, None)
    if cycle is not None and any("as of" in label for label, _url in urls):
        started, cpu_started = time.perf_counter(), time.process_time()
        stored = days.days_store(
            cycle, [d for d in days.missing_days(cycle, timezone.now()) if d == week_ago]
        )  # what the sweep writes once a day
        print(
            f"as-of day {week_ago} ({stored} stored): {time.perf_counter() - started:.1f} s,"
            f" CPU in this process {time.process_time() - cpu_started:.2f} s"
        )
    for role in (Role.ADMIN, Role.MEMBER):
        reader = people.filter(role=role).first()
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(reader.user)
        for label, url in urls:
            client.get(url)  # warm
            queries: list[tuple[float, str]] = []  # (the test client resets connection.queries)

            def timed_query(run, sql, *args, seen=queries):
                started = time.perf_counter()
                try:
                    return run(sql, *args)
                finally:
                    seen.append(((time.perf_counter() - started) * 1000, sql))

            with connection.execute_wrapper(timed_query):
                status = client.get(url).status_code
            cpu = []
            for _ in range(3):
                started = time.process_time()
                client.get(url)
                cpu.append((time.process_time() - started) * 1000)
            samples = timed(lambda url=url, client=client: client.get(url), REPEAT)
            report(f"dashboard {label} as {role} [{status}]", samples, 300)
            print(
                f"    {len(queries)} queries ({sum(ms for ms, _ in queries):.0f} ms SQL),"
                f" CPU in this process p50 {statistics.median(cpu):.0f} ms"
            )
            for ms, sql in sorted(queries, reverse=True)[:SLOWEST]:
                print(f"      {ms:7.1f} ms  {sql[:110]}")

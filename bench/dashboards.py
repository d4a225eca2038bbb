"""Dashboard pages on the generated organisation (SPEC §7: ≤ 300 ms, constant query counts).

`CAIRN_BENCH_ONLY=dashboards make bench` (or `python -m bench`); `CAIRN_BENCH_PEOPLE` sets the
size, `DATABASE_URL` the database, `CAIRN_BENCH_ORG` an organisation already generated (its slug).
Each page is timed as an admin (no visibility filter) and as a member (the filter on); beside the
wall-clock figures, the queries of a request and its CPU time in this process (p50, less
sensitive to other jobs on a shared machine than the wall clock).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import timedelta

REPEAT = 20


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
    day = timezone.localdate()  # the generated data is created today: yesterday is empty
    week_ago = day - timedelta(days=7)  # … but its check-ins are dated: the trend is not
    urls += [
        ("company as of today", reverse("dashboard") + f"?as_of={day}"),
        ("team as of today", reverse("team_dashboard", args=[department.pk]) + f"?as_of={day}"),
        (
            "company confidence as of a week ago",
            reverse("dashboard") + f"?as_of={week_ago}&part=confidence",
        ),
    ]
    for role in (Role.ADMIN, Role.MEMBER):
        reader = people.filter(role=role).first()
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(reader.user)
        for label, url in urls:
            queries: list[str] = []  # (the test client resets connection.queries per request)
            with connection.execute_wrapper(
                lambda run, sql, *args, seen=queries: seen.append(sql) or run(sql, *args)
            ):
                status = client.get(url).status_code
            cpu = []
            for _ in range(3):
                started = time.process_time()
                client.get(url)
                cpu.append((time.process_time() - started) * 1000)
            samples = timed(lambda url=url, client=client: client.get(url), REPEAT)
            report(f"dashboard {label} as {role} [{status}]", samples, 300)
            print(
                f"    {len(queries)} queries, CPU in this process p50 {statistics.median(cpu):.0f} ms"
            )

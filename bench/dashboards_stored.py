"""The dashboards counted live against read from the sweep's stored rows, back to back.

`CAIRN_BENCH_ORG=slug python -m bench.dashboards_stored` (with `DATABASE_URL` for PostgreSQL):
for each page and reader, requests alternate between the live count
(`CAIRN_DASHBOARD_SNAPSHOT_MINUTES=0`, the code before the stored rows) and the stored rows, so
both see the same load on a shared machine. Prints p50 wall time, SQL time (the sum of the
request's query times) and CPU time in this process, and the query count of each.
`CAIRN_BENCH_REPEAT` requests of each (default 10).
"""

from __future__ import annotations

import os
import statistics
import time


def _request(client, url: str) -> tuple[float, float, float, int]:
    from django.db import connection

    sql: list[float] = []

    def timed(run, query, *args):
        started = time.perf_counter()
        try:
            return run(query, *args)
        finally:
            sql.append((time.perf_counter() - started) * 1000)

    wall, cpu = time.perf_counter(), time.process_time()
    with connection.execute_wrapper(timed):
        assert client.get(url).status_code == 200, url
    return (
        (time.perf_counter() - wall) * 1000,
        sum(sql),
        (time.process_time() - cpu) * 1000,
        len(sql),
    )


def main() -> None:
    from bench.run import _setup

    _setup()
    from django.test import Client, override_settings
    from django.urls import reverse

    from cairn.dashboards import snapshots
    from cairn.organisations.models import Organisation, Person, Role, Team

    organisation = Organisation.objects.get(slug=os.environ["CAIRN_BENCH_ORG"])
    repeat = int(os.environ.get("CAIRN_BENCH_REPEAT", "10"))
    started, cpu = time.perf_counter(), time.process_time()
    snapshots.refresh()
    print(
        f"sweep's dashboard rows: {time.perf_counter() - started:.1f} s wall,"
        f" {time.process_time() - cpu:.2f} s CPU in this process; load {os.getloadavg()}"
    )
    department = Team.objects.filter(
        organisation=organisation, parent__isnull=False, children__isnull=False
    ).first()
    pages = [
        ("company", reverse("dashboard")),
        ("team", reverse("team_dashboard", args=[department.pk])),
        ("company confidence", reverse("dashboard") + "?part=confidence"),
        ("team confidence", reverse("team_dashboard", args=[department.pk]) + "?part=confidence"),
        ("company CSV at_risk", reverse("dashboard") + "?format=csv&table=at_risk"),
    ]
    people = Person.objects.filter(organisation=organisation, is_active=True)
    for role in (Role.ADMIN, Role.MEMBER):
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(people.filter(role=role).first().user)
        for label, url in pages:
            found: dict[str, list[tuple[float, float, float, int]]] = {"live": [], "stored": []}
            for _ in range(repeat):
                with override_settings(CAIRN_DASHBOARD_SNAPSHOT_MINUTES=0):
                    found["live"].append(_request(client, url))
                found["stored"].append(_request(client, url))
            for how, samples in found.items():
                wall, sql, cpu, queries = (statistics.median(s[i] for s in samples)
                                           for i in range(4))  # fmt: skip
                print(
                    f"{label + ' as ' + role + ', ' + how:<44} p50 {wall:7.0f} ms,"
                    f" SQL {sql:6.0f} ms, CPU {cpu:5.0f} ms, {queries:.0f} queries"
                )
    print(f"load average at the end: {os.getloadavg()}")


if __name__ == "__main__":
    main()

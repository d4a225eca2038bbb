"""The dashboards as of a past date and comparing two dates, read from the stored days.

`CAIRN_BENCH_ORG=slug python -m bench.dashboards_as_of` (with `DATABASE_URL` for PostgreSQL)
on a generated organisation (`cairn generate`): stores the as-of days the pages ask for if
missing (timing that, as the sweep or `cairn dashboards rebuild` would), then times company,
team and person dashboards as of a date mid-cycle and comparing it with a later date and with
today, as an admin and as a member. Prints per page p50 wall time, SQL time (sum of the
request's queries as the client sees them), CPU time of this process plus its PostgreSQL
backend (from /proc), the query count, and the load average; then the stored rows per cycle.
`CAIRN_BENCH_REPEAT` requests of each (default 7); `CAIRN_BENCH_ROWS=word,…` keeps the rows
whose label holds one of the words.
"""

from __future__ import annotations

import os
import statistics
import time

from bench.as_of import _load, _server_cpu


def _request(client, url: str) -> tuple[float, float, float, int]:
    from django.db import connection

    sql: list[float] = []

    def timed(run, query, *args):
        started = time.perf_counter()
        try:
            return run(query, *args)
        finally:
            sql.append((time.perf_counter() - started) * 1000)

    wall, cpu, server = time.perf_counter(), time.process_time(), _server_cpu()
    with connection.execute_wrapper(timed):
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return (
        (time.perf_counter() - wall) * 1000,
        sum(sql),
        (time.process_time() - cpu + _server_cpu() - server) * 1000,
        len(sql),
    )


def main() -> None:
    from bench.run import _setup

    _setup()
    from datetime import timedelta

    from django.db.models import Count
    from django.test import Client
    from django.urls import reverse
    from django.utils import timezone

    from cairn.dashboards import days, snapshots
    from cairn.dashboards.models import PaceDay, RiskyKeyResultDay, TeamPaceDay
    from cairn.okrs.models import CycleState
    from cairn.organisations.models import Organisation, Person, Role, Team
    from cairn.web.queries.common import chosen_cycle

    organisation = Organisation.objects.get(slug=os.environ["CAIRN_BENCH_ORG"])
    repeat = int(os.environ.get("CAIRN_BENCH_REPEAT", "7"))
    cycle = chosen_cycle(organisation, None)
    assert cycle is not None and cycle.state == CycleState.ACTIVE
    today = timezone.now().astimezone(organisation.zone).date()
    then = cycle.start + (today - cycle.start) // 2
    later = today - timedelta(days=1)
    started = time.perf_counter()
    snapshots.refresh()  # the sweep: "compare with today" reads the live stored rows
    print(f"sweep's pace and grade rows: {time.perf_counter() - started:.1f} s")
    missing = [d for d in days.missing_days(cycle, timezone.now()) if d in (then, later)]
    if missing:
        started, cpu, server = time.perf_counter(), time.process_time(), _server_cpu()
        days.days_store(cycle, missing)
        print(
            f"stored {len(missing)} as-of days: {(time.perf_counter() - started):.1f} s wall,"
            f" {(time.process_time() - cpu + _server_cpu() - server):.1f} s CPU in all"
            f" (app + backend), load {_load()}"
        )
    department = Team.objects.filter(
        organisation=organisation, parent__isnull=False, children__isnull=False
    ).first()
    people = Person.objects.filter(organisation=organisation, is_active=True)
    owner = people.filter(key_results__isnull=False).first() or people.first()
    scopes = [
        ("company", reverse("dashboard")),
        ("team", reverse("team_dashboard", args=[department.pk])),
        ("person", reverse("person_dashboard", args=[owner.pk])),
    ]
    queries = [
        ("as of", f"as_of={then}"),
        ("compare with a later day", f"as_of={then}&compare={later}"),
        ("compare with today", f"as_of={then}&compare={today}"),
        ("as of, confidence part", f"as_of={then}&part=confidence"),
    ]
    only = [w for w in os.environ.get("CAIRN_BENCH_ROWS", "").split(",") if w]
    print(f"as of {then}, later {later}, today {today}; load {_load()}")
    for role in (Role.ADMIN, Role.MEMBER):
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(people.filter(role=role).first().user)
        for scope, url in scopes:
            for label, query in queries:
                if scope == "person" and "part" in query:
                    continue
                if only and not any(w in f"{scope} {label} as {role}" for w in only):
                    continue
                samples = [_request(client, f"{url}?{query}") for _ in range(repeat)]
                wall, sql, cpu, count = (statistics.median(s[i] for s in samples)
                                         for i in range(4))  # fmt: skip
                print(
                    f"{scope + ' ' + label + ' as ' + role:<48} p50 {wall:7.0f} ms,"
                    f" SQL {sql:6.0f} ms, CPU {cpu:5.0f} ms, {count:.0f} queries; load {_load()}"
                )
    for model in (TeamPaceDay, RiskyKeyResultDay):
        per_day = model.objects.filter(cycle=cycle).values("day").annotate(n=Count("pk")).order_by()
        counts = [row["n"] for row in per_day]
        if counts:
            span = (cycle.end - cycle.start).days + 1
            print(
                f"{model.__name__}: {statistics.median(counts):.0f} rows a day (median of"
                f" {len(counts)} days), about {statistics.median(counts) * span:,.0f}"
                f" for the cycle's {span} days"
            )
    print(f"stored days of the cycle: {PaceDay.objects.filter(cycle=cycle).count()}")


if __name__ == "__main__":
    main()

"""`make bench` part `monday`: prepare people, run bench/monday.py with locust, report per step.

locust runs from its own venv (`make bench` makes `.venv-locust` from bench/locust-requirements.txt
and passes its path in CAIRN_LOCUST), as a separate process that only speaks HTTP.

`CAIRN_BENCH_MONDAY_USERS` simulated people (default 50) for `CAIRN_BENCH_MONDAY_SECONDS`
(default 60) against `cairn serve`; each checks in on up to five of their own key results.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
from pathlib import Path

from bench import over_http

LOCUSTFILE = Path(__file__).with_name("monday.py")


def prepare(organisation, users: int, path: Path) -> int:
    """Write `users` people with a session and their metric key results to `path`; return how many."""
    from django.conf import settings

    from cairn.okrs.models import KeyResult
    from cairn.organisations.models import Person

    owned: dict[int, list[list[float]]] = {}
    rows = (
        KeyResult.objects.filter(
            organisation=organisation, objective__cycle__state="active", kind="metric"
        )
        .exclude(owner=None)
        .values_list("owner_id", "id", "start", "target")
        .order_by("owner_id", "id")
    )
    for owner_id, pk, start, target in rows.iterator():
        mine = owned.setdefault(owner_id, [])
        if len(mine) < 5:
            mine.append([pk, start, target])
        if len(owned) > users:
            break
    people = Person.objects.filter(pk__in=list(owned)[:users]).select_related("user")
    prepared = [
        {
            "session": over_http.signed_in(person).cookies[settings.SESSION_COOKIE_NAME],
            "key_results": owned[person.pk],
        }
        for person in people
    ]
    path.write_text(
        json.dumps(
            {
                "session_cookie": settings.SESSION_COOKIE_NAME,
                "csrf_cookie": settings.CSRF_COOKIE_NAME,
                "people": prepared,
            }
        )
    )
    return len(prepared)


def run(organisation) -> None:
    """Run the Monday morning and print throughput and p50/p95 per step."""
    users = int(os.environ.get("CAIRN_BENCH_MONDAY_USERS", "50"))
    seconds = int(os.environ.get("CAIRN_BENCH_MONDAY_SECONDS", "60"))
    root = Path(os.environ["CAIRN_DATA_DIR"])
    people_file = root / "monday-people.json"
    users = prepare(organisation, users, people_file)
    prefix = root / "monday"
    with over_http.server() as url:
        subprocess.run(
            [
                os.environ.get("CAIRN_LOCUST", "locust"),
                "-f",
                str(LOCUSTFILE),
                "--headless",
                "--users",
                str(users),
                "--spawn-rate",
                str(max(1, users // 5)),
                "--run-time",
                f"{seconds}s",
                "--host",
                url,
                "--csv",
                str(prefix),
                "--only-summary",
                "--loglevel",
                "WARNING",
            ],
            env={**os.environ, "CAIRN_MONDAY_PEOPLE": str(people_file)},
            check=False,
            capture_output=True,
        )
    print(
        f"Monday morning: {users} people for {seconds} s (locust, cairn serve --workers "
        f"{over_http.WORKERS})"
    )
    with open(f"{prefix}_stats.csv") as stats:
        for row in csv.DictReader(stats):
            print(
                f"  {row['Name']:<40} {float(row['Requests/s']):6.1f}/s  "
                f"p50 {float(row['50%']):6.0f} ms  p95 {float(row['95%']):6.0f} ms  "
                f"failures {row['Failure Count']}/{row['Request Count']}"
            )

"""The one-pager PDF off the request path: `python -m bench.one_pager_pdf [--objectives 100]`.

Builds a scratch SQLite database in `bench-results/one-pager-pdf/` (removed first), a cycle of N
visible objectives with 3 key results each over 8 teams, then measures with the Django test
client (no network): the first request (renders the sheet's HTML, queues the PDF), the worker's
render (`db_worker --batch`, WeasyPrint), and the request once the PDF is cached. Wall and CPU
time (time.process_time, this process only), query counts, and the load average.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

SCRATCH = Path("bench-results/one-pager-pdf").resolve()


def _setup() -> None:
    shutil.rmtree(SCRATCH, ignore_errors=True)
    SCRATCH.mkdir(parents=True)
    os.environ["CAIRN_DATA_DIR"] = str(SCRATCH)
    os.environ.pop("DATABASE_URL", None)
    os.environ["CAIRN_TASKS_BACKEND"] = "django_tasks_db.backend.DatabaseBackend"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cairn.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from django.conf import settings

    # Static files from the finders (no collectstatic in a scratch directory).
    plain = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}
    settings.STORAGES = {**settings.STORAGES, "staticfiles": plain}


def _data(objectives: int):
    from tests.factories import (
        CycleFactory,
        KeyResultFactory,
        ObjectiveFactory,
        OrganisationFactory,
        PersonFactory,
        TeamFactory,
    )

    from cairn.organisations.models import Role

    organisation = OrganisationFactory(name="Bench", slug="bench")
    admin = PersonFactory(organisation=organisation, role=Role.ADMIN)
    teams = [TeamFactory(organisation=organisation, name=f"Team {i}") for i in range(8)]
    cycle = CycleFactory(organisation=organisation, name="Q3")
    for index in range(objectives):
        owner = PersonFactory(organisation=organisation)
        objective = ObjectiveFactory(
            cycle=cycle, team=teams[index % 8], owner=owner, title=f"Objective {index}"
        )
        KeyResultFactory.create_batch(3, objective=objective, current=40.0, progress=0.4)
    return admin, cycle


def _request(client, url: str) -> tuple[int, float, float, int]:
    from django.db import connection

    connection.force_debug_cursor = True
    started, cpu = time.perf_counter(), time.process_time()
    status = client.get(url).status_code
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    queries = len(connection.queries)
    connection.force_debug_cursor = False
    return status, wall * 1000, cpu * 1000, queries


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--objectives", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    _setup()
    from django.core.management import call_command
    from django.test import Client
    from django.urls import reverse

    from cairn.one_pagers.models import OnePagerPdf

    admin, cycle = _data(args.objectives)
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(admin.user)
    url = reverse("one_pager_pdf", args=[cycle.pk])
    print(f"load average before: {Path('/proc/loadavg').read_text().strip()}")
    status, wall, cpu, queries = _request(client, url)
    print(f"first request (queues): {status}, {wall:.0f} ms wall, {cpu:.0f} ms CPU, {queries} q")
    started, cpu = time.perf_counter(), time.process_time()
    call_command("db_worker", "--batch", "--interval", "0", verbosity=0)
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    pdf = OnePagerPdf.objects.get()
    size = len(bytes(pdf.pdf)) // 1024
    print(
        f"worker render: {pdf.render_ms} ms WeasyPrint ({wall * 1000:.0f} ms wall, "
        f"{cpu * 1000:.0f} ms CPU for the task), {size} KB"
    )
    samples = [_request(client, url) for _ in range(args.repeat)]
    assert all(s[0] == 200 for s in samples), samples
    walls, cpus = [s[1] for s in samples], [s[2] for s in samples]
    print(
        f"cached request: median {statistics.median(walls):.0f} ms wall "
        f"(best {min(walls):.0f}), median {statistics.median(cpus):.0f} ms CPU, "
        f"{samples[0][3]} q, of {args.repeat}"
    )
    print(f"load average after: {Path('/proc/loadavg').read_text().strip()}")


if __name__ == "__main__":
    sys.exit(main())

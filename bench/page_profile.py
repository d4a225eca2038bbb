"""Where a page's time goes: `python -m bench.page_profile --org synthetic-10000`.

For each of SPEC §7's pages (My week, an objective, a team, the board, the alignment map, and
the map as of mid-cycle) as an admin and as a member, in-process (Django test client, no
network), warm: p50/p95 wall time, the median CPU time of this process plus (on PostgreSQL) its
database backend, the SQL time and statement count, the time of the top-level template render,
and the slowest statements. `--explain` adds `EXPLAIN (ANALYZE, BUFFERS)` of each page's slowest
statement (PostgreSQL). Uses `DATABASE_URL` or `--data-dir` (SQLite) like `bench.as_of`.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections import defaultdict
from contextlib import contextmanager


class Recorder:
    """Times every SQL statement and the top-level template renders of a request."""

    def __init__(self) -> None:
        self.statements: list[tuple[float, str, object]] = []
        self.template = 0.0
        self.sql_in_template = 0.0
        self._rendering = False

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            elapsed = (time.perf_counter() - started) * 1000
            self.statements.append((elapsed, sql, params))
            if self._rendering:
                self.sql_in_template += elapsed

    @contextmanager
    def patched_templates(self):
        from django.template.backends.django import Template

        original = Template.render
        recorder = self

        def render(self, *args, **kwargs):
            if recorder._rendering:
                return original(self, *args, **kwargs)
            recorder._rendering = True
            started = time.perf_counter()
            try:
                return original(self, *args, **kwargs)
            finally:
                recorder.template += (time.perf_counter() - started) * 1000
                recorder._rendering = False

        Template.render = render
        try:
            yield
        finally:
            Template.render = original


def _explain(sql: str, params) -> str:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}", params)
        return "\n".join(row[0] for row in cursor.fetchall())


def _profile(label: str, client, url: str, repeat: int, explain: bool) -> None:
    from django.db import connection

    from bench.as_of import _load, _server_cpu

    status = client.get(url).status_code  # warm
    walls, cpus, sqls, templates, in_templates, counts = [], [], [], [], [], []
    slow: dict[str, list[float]] = defaultdict(list)
    example: dict[str, object] = {}
    size = 0
    for _ in range(repeat):
        recorder = Recorder()
        with recorder.patched_templates(), connection.execute_wrapper(recorder):
            wall, cpu, server = time.perf_counter(), time.process_time(), _server_cpu()
            response = client.get(url)
            cpus.append((time.process_time() - cpu + _server_cpu() - server) * 1000)
            walls.append((time.perf_counter() - wall) * 1000)
        size = len(response.content) // 1024
        sqls.append(sum(t for t, _s, _p in recorder.statements))
        counts.append(len(recorder.statements))
        templates.append(recorder.template)
        in_templates.append(recorder.sql_in_template)
        for index, (elapsed, sql, params) in enumerate(recorder.statements):
            key = f"{index:02d} {sql}"
            slow[key].append(elapsed)
            example[key] = params
    p95 = sorted(walls)[max(0, int(len(walls) * 0.95) - 1)]
    print(
        f"\n{label} [{status}, {size} KB, {counts[-1]} q] wall p50 {statistics.median(walls):.1f}"
        f" p95 {p95:.1f} ms; cpu {statistics.median(cpus):.1f} ms; sql {statistics.median(sqls):.1f}"
        f" ms; template {statistics.median(templates):.1f} ms (sql inside"
        f" {statistics.median(in_templates):.1f}); load {_load()}"
    )
    ranked = sorted(slow.items(), key=lambda item: -statistics.median(item[1]))
    for key, times in ranked[:6]:
        print(f"   {statistics.median(times):6.2f} ms  {key[:220]}")
    if explain and connection.vendor == "postgresql":
        for key, _times in ranked[:explain]:
            print(f"-- {key}")
            print(_explain(key[3:], example[key]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--org", default="synthetic-10000", help="the organisation's slug")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--data-dir", default="", help="SQLite folder (default bench-results/)")
    parser.add_argument("--explain", type=int, default=0, help="EXPLAIN the N slowest")
    parser.add_argument("--only", default="", help="comma-separated page labels")
    args = parser.parse_args()
    from bench.run import _setup

    _setup(args.data_dir or None)
    from datetime import timedelta

    from django.test import Client
    from django.urls import reverse
    from django.utils import timezone

    from cairn.okrs.models import Cycle, Objective
    from cairn.organisations.models import Organisation, Person, Team

    organisation = Organisation.objects.get(slug=args.org)
    admin = Person.objects.filter(organisation=organisation, role="admin").order_by("id").first()
    member = Person.objects.filter(organisation=organisation, role="member").order_by("id").last()
    cycle = Cycle.objects.get(organisation=organisation, state="active")
    objective = Objective.objects.filter(organisation=organisation, cycle=cycle).first()
    team = Team.objects.filter(organisation=organisation, parent__isnull=False).last()
    middle = cycle.start + (min(timezone.localdate(), cycle.end) - cycle.start) / 2
    as_of = f"{reverse('alignment')}?cycle={cycle.pk}&as_of={middle.isoformat()}"
    assert middle < timezone.localdate() + timedelta(days=1)
    pages = [
        ("home", reverse("home")),
        ("objective", reverse("objective", args=(objective.pk,))),
        ("team", reverse("team", args=(team.pk,))),
        ("board", reverse("current_board")),
        ("alignment", reverse("alignment")),
        ("alignment as of", as_of),
    ]
    only = set(filter(None, args.only.split(",")))
    for person in (admin, member):
        client = Client(HTTP_HOST="127.0.0.1")
        client.force_login(person.user)
        for label, url in pages:
            if only and label not in only:
                continue
            _profile(f"{label} ({person.role})", client, url, args.repeat, args.explain)


if __name__ == "__main__":
    main()

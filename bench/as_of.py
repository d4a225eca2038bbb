"""Time travel at scale: `python -m bench.as_of --people 1000` (SPEC §7: as-of views ≤ 300 ms).

Uses `make bench`'s scratch SQLite database in `bench-results/` (or `DATABASE_URL`) and its
generated organisation. The generator stamps objectives and key results "now", so their creation
is moved to the cycle's first day here (only in that scratch database), and a few title and
target edits are recorded today so the rebuild has changes to undo. Prints the dataset's size,
the query count of each page and p50/p95 server time (Django test client, no network).
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
    start = timezone.make_aware(datetime.combine(cycle.start - timedelta(days=1), time()))
    Objective.objects.filter(organisation=organisation, created_at__gt=start).update(
        created_at=start
    )
    KeyResult.objects.filter(organisation=organisation, created_at__gt=start).update(
        created_at=start
    )
    admin = Person.objects.filter(organisation=organisation, role="admin").first()
    if not Change.objects.filter(organisation=organisation, field="title").exists():
        for objective in Objective.objects.filter(cycle=cycle).order_by("id")[:200]:
            objective_update(objective=objective, actor=admin, title=f"{objective.title} (v2)")
        for kr in KeyResult.objects.filter(objective__cycle=cycle, kind="metric")[:200]:
            key_result_update(key_result=kr, actor=admin, target=(kr.target or 0) + 1)
    today = timezone.localdate()
    middle = cycle.start + (min(today, cycle.end) - cycle.start) / 2
    check_ins = CheckIn.objects.filter(key_result__objective__cycle=cycle).count()
    objectives = Objective.objects.filter(cycle=cycle).count()
    krs = KeyResult.objects.filter(objective__cycle=cycle).count()
    print(f"active cycle: {objectives} objectives, {krs} key results, {check_ins} check-ins")
    return cycle, middle


def _pages(organisation, cycle, day, repeat: int) -> None:
    from django.db import connection
    from django.test import Client
    from django.urls import reverse
    from django.utils import timezone

    from bench.run import _timed, report
    from cairn.okrs.models import Objective
    from cairn.organisations.models import Person

    admin = Person.objects.filter(organisation=organisation, role="admin").first()
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(admin.user)
    objective = Objective.objects.filter(cycle=cycle).order_by("id").first()
    as_of = f"as_of={day.isoformat()}"
    compare = f"{as_of}&compare={timezone.localdate().isoformat()}"
    pages = [
        ("board as of", f"{reverse('board', args=[cycle.pk])}?{as_of}"),
        ("board compare", f"{reverse('board', args=[cycle.pk])}?{compare}"),
        ("objective as of", f"{reverse('objective', args=[objective.pk])}?{as_of}"),
        ("objective compare", f"{reverse('objective', args=[objective.pk])}?{compare}"),
        ("alignment as of", f"{reverse('alignment')}?cycle={cycle.pk}&{as_of}"),
    ]
    for label, url in pages:
        # The log is reset when a request starts, so after one it holds that request's queries.
        connection.force_debug_cursor = True
        status = client.get(url).status_code
        queries = len(connection.queries)
        connection.force_debug_cursor = False
        samples = _timed(lambda url=url: client.get(url), repeat)
        report(f"page {label} [{status}, {queries} q]", samples, 300)


def _rebuild(cycle, day, repeat: int) -> None:
    from django.utils import timezone

    from bench.run import _timed, report
    from cairn.okrs.as_of import cycle_as_of

    at = timezone.make_aware(datetime.combine(day, time.max))
    report("rebuild the cycle as of (no page)", _timed(lambda: cycle_as_of(cycle, at), repeat))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    os.environ.setdefault("CAIRN_BENCH_PEOPLE", str(args.people))
    from bench.run import _organisation, _setup

    _setup()
    organisation = _organisation(args.people)
    cycle, day = _prepare(organisation)
    _rebuild(cycle, day, args.repeat)
    _pages(organisation, cycle, day, args.repeat)


if __name__ == "__main__":
    main()

"""Work items at scale: generate `CAIRN_BENCH_WORK` items (default 100,000) once, time the pages.

Every key result of the active cycle gets an initiative; items are epics → stories → tasks
spread over them, a quarter done. The benchmarked objective's key results carry 1,000 items
between them, and one team has a closed sprint (velocity) and an active sprint of 40 stories.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable
from datetime import date, timedelta

BIG = 1000  # items behind the benchmarked objective
SPRINT_STORIES = 40


def _items_for(org, initiative, team, count: int, rng: random.Random, now):
    """Bulk-create `count` items for an initiative in epic → story → task shape."""
    from cairn.execution.models import WorkItem

    def item(kind: str, parent=None, points=None) -> WorkItem:
        done = rng.random() < 0.25
        return WorkItem(
            organisation=org,
            initiative=initiative,
            team=team,
            kind=kind,
            parent=parent,
            title=f"{kind.title()} {rng.randrange(10**6)}",
            status="done" if done else rng.choice(["todo", "in_progress"]),
            done_at=now - timedelta(days=rng.randrange(60)) if done else None,
            estimate_points=points,
        )

    epics = WorkItem.objects.bulk_create([item("epic") for _ in range(max(1, count // 25))])
    stories = WorkItem.objects.bulk_create(
        [item("story", rng.choice(epics), rng.choice([1, 2, 3, 5, 8])) for _ in range(count // 5)]
    )
    rest = count - len(epics) - len(stories)
    WorkItem.objects.bulk_create(
        [item("task", rng.choice(stories) if stories else None) for _ in range(max(0, rest))],
        batch_size=2000,
    )
    return stories


def generate(organisation, total: int) -> None:
    """Create the items and sprints once (skipped when the organisation has them already)."""
    from django.db import transaction
    from django.utils import timezone

    from cairn.execution.models import Sprint, WorkItem
    from cairn.lib import bulk
    from cairn.okrs.models import Initiative, KeyResult, Objective

    if Sprint.objects.filter(organisation=organisation, name="Bench active").exists():
        return  # generated before
    started, rng, now = time.perf_counter(), random.Random(7), timezone.now()
    objective = _objective(organisation)
    krs = list(
        KeyResult.objects.filter(organisation=organisation, objective__cycle__state="active")
        .select_related("objective")
        .order_by("id")
    )
    with transaction.atomic():
        initiatives = {}
        for kr in krs:
            initiative = Initiative.objects.create(
                organisation=organisation, title=f"Deliver {kr.title[:200]}", owner=kr.owner
            )
            initiative.key_results.add(kr)
            initiatives[kr.pk] = initiative
        mine = [kr for kr in krs if kr.objective_id == objective.pk]
        stories = []
        for kr in mine:
            stories += _items_for(
                organisation, initiatives[kr.pk], objective.team, BIG // len(mine), rng, now
            )
        others = [kr for kr in krs if kr.objective_id != objective.pk]
        left = total - WorkItem.objects.filter(organisation=organisation).count()
        for index, kr in enumerate(others):  # the remainder spread so the total is exact
            each = left // (len(others) - index)
            _items_for(organisation, initiatives[kr.pk], kr.objective.team, each, rng, now)
            left -= each
        today = date.today()
        Sprint.objects.create(
            organisation=organisation,
            team=objective.team,
            name="Bench closed",
            starts_on=today - timedelta(days=28),
            ends_on=today - timedelta(days=15),
            state="closed",
            done_points=21,
            closed_at=now,
        )
        sprint = Sprint.objects.create(
            organisation=organisation,
            team=objective.team,
            name="Bench active",
            starts_on=today - timedelta(days=14),
            ends_on=today,
            state="active",
        )
        chosen = [s.pk for s in stories[:SPRINT_STORIES]]
        WorkItem.objects.filter(pk__in=chosen).update(sprint=sprint)
    Objective.objects.filter(pk=objective.pk).update(title=objective.title)
    # As `cairn generate` and the work import do after bulk writes: without statistics the
    # planner reads a team's backlog through the organisation index (190 ms, not 2 ms).
    bulk.analyze(WorkItem, Sprint)
    count = WorkItem.objects.filter(organisation=organisation).count()
    print(
        f"{'generate ' + format(count, ',') + ' work items':<42} {time.perf_counter() - started:8.1f} s"
    )


def _objective(organisation):
    from cairn.okrs.models import Objective

    return (
        Objective.objects.filter(
            organisation=organisation, cycle__state="active", team__isnull=False
        )
        .exclude(key_results=None)
        .order_by("id")
        .first()
    )


def pages(organisation, timed: Callable, report: Callable) -> None:
    """Time the objective page with 1,000 items behind it and a sprint page of 40 stories."""
    from django.test import Client
    from django.urls import reverse

    from cairn.execution.models import Sprint, WorkItem
    from cairn.organisations.models import Person

    total = int(os.environ.get("CAIRN_BENCH_WORK", "100000"))
    generate(organisation, total)
    admin = Person.objects.filter(organisation=organisation, role="admin").first()
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(admin.user)
    objective = _objective(organisation)
    sprint = Sprint.objects.get(team=objective.team, name="Bench active")
    count = WorkItem.objects.filter(organisation=organisation).count()
    print(f"work items in the organisation: {count:,}")
    for label, url in [
        ("page objective with work", reverse("objective", args=[objective.pk])),
        ("page sprint (40 stories)", reverse("sprint", args=[sprint.pk])),
        ("page team backlog", reverse("team_backlog", args=[objective.team.slug])),
    ]:
        status = client.get(url).status_code
        report(f"{label} [{status}]", timed(lambda url=url: client.get(url), 20), 100)
        report(f"  CPU time of the request, {queries(client, url)} queries", cpu(client, url), 100)


def cpu(client, url: str, repeat: int = 20) -> list[float]:
    """Return the process CPU milliseconds of each request: wall time on a shared machine
    includes waiting for other processes; CPU time is what the request itself costs (the
    database's own CPU counts only for SQLite, which runs in this process)."""
    samples = []
    for _ in range(repeat):
        started = time.process_time()
        client.get(url)
        samples.append((time.process_time() - started) * 1000)
    return samples


def queries(client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    return len(captured)

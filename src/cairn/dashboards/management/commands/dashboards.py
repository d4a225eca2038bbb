"""`cairn dashboards rebuild`: recount the stored dashboard aggregates (in SQL).

The check-in days from the check-ins, then the pace rows of every cycle and the grade rows of
the closed ones (what the sweep keeps), then the as-of days missing (`--days N`: at most the
last N of each cycle; `--days 0`: none).
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone

from cairn.dashboards import aggregates, snapshots
from cairn.dashboards import days as as_of_days
from cairn.okrs.models import Cycle, CycleState
from cairn.organisations.models import Organisation


class Command(BaseCommand):
    help = "Rebuild the dashboards' stored check-in days, pace and grade rows (every cycle, or one org's)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["rebuild"])
        parser.add_argument("--org", help="organisation slug (default: every organisation)")
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help="as-of days: write at most the last N missing days of each cycle "
            "(default: all; 0: none)",
        )

    def handle(
        self, *args: object, action: str, org: str | None, days: int | None, **options: object
    ) -> None:
        cycles = Cycle.objects.select_related("organisation").order_by("organisation_id", "start")
        if org:
            if not Organisation.objects.filter(slug=org).exists():
                raise CommandError(f"No organisation with the slug {org!r}.")
            cycles = cycles.filter(organisation__slug=org)
        started, wrong, count = time.perf_counter(), 0, 0
        for cycle in cycles:
            wrong += aggregates.rebuild(cycle)
            count += 1
        took = time.perf_counter() - started
        for cycle in cycles:
            snapshots.paces_store(cycle)
            if cycle.state == CycleState.CLOSED:
                snapshots.grades_store(cycle)
        elapsed = time.perf_counter() - started
        self.stdout.write(
            f"Rebuilt the check-in days of {count} cycles in {took:.1f} s; "
            f"{wrong} stored days were wrong or missing. "
            f"Pace and grade rows stored in {elapsed - took:.1f} s."
        )
        if days == 0:
            return
        started, cpu, written = time.perf_counter(), time.process_time(), 0
        as_of_days.late_check_ins(timezone.now())
        for cycle in cycles:
            missing = as_of_days.missing_days(cycle, timezone.now())
            written += as_of_days.days_store(cycle, missing[:days] if days else missing)
        self.stdout.write(
            f"Stored {written} as-of days in {time.perf_counter() - started:.1f} s "
            f"({time.process_time() - cpu:.1f} s CPU in this process)."
        )

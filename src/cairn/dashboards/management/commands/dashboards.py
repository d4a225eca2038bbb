"""`cairn dashboards rebuild`: recount the stored dashboard aggregates (in SQL).

The check-in days from the check-ins, then the pace rows of every cycle and the grade rows of
the closed ones (what the sweep keeps).
"""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError, CommandParser

from cairn.dashboards import aggregates, snapshots
from cairn.okrs.models import Cycle, CycleState
from cairn.organisations.models import Organisation


class Command(BaseCommand):
    help = "Rebuild the dashboards' stored check-in days, pace and grade rows (every cycle, or one org's)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("action", choices=["rebuild"])
        parser.add_argument("--org", help="organisation slug (default: every organisation)")

    def handle(self, *args: object, action: str, org: str | None, **options: object) -> None:
        cycles = Cycle.objects.select_related("organisation").order_by("organisation_id", "start")
        if org:
            if not Organisation.objects.filter(slug=org).exists():
                raise CommandError(f"No organisation with the slug {org!r}.")
            cycles = cycles.filter(organisation__slug=org)
        started, wrong, count = time.perf_counter(), 0, 0
        for cycle in cycles:
            wrong += aggregates.rebuild(cycle)
            count += 1
        days = time.perf_counter() - started
        for cycle in cycles:
            snapshots.paces_store(cycle)
            if cycle.state == CycleState.CLOSED:
                snapshots.grades_store(cycle)
        elapsed = time.perf_counter() - started
        self.stdout.write(
            f"Rebuilt the check-in days of {count} cycles in {days:.1f} s; "
            f"{wrong} stored days were wrong or missing. "
            f"Pace and grade rows stored in {elapsed - days:.1f} s."
        )

"""`cairn dashboards rebuild`: recount the stored dashboard aggregates from the check-ins."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError, CommandParser

from cairn.dashboards import aggregates
from cairn.okrs.models import Cycle
from cairn.organisations.models import Organisation


class Command(BaseCommand):
    help = "Rebuild the stored check-in days of the dashboards (every cycle, or one org's)."

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
        elapsed = time.perf_counter() - started
        self.stdout.write(
            f"Rebuilt the check-in days of {count} cycles in {elapsed:.1f} s; "
            f"{wrong} stored days were wrong or missing."
        )

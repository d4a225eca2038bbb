"""`cairn recompute`: recompute stored progress from scratch."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError, CommandParser

from cairn.okrs.models import Cycle
from cairn.okrs.services import cycle_recompute, organisation_recompute
from cairn.organisations.models import Organisation


class Command(BaseCommand):
    help = "Recompute all stored progress of a cycle, an organisation, or everything."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", help="organisation slug (default: every organisation)")
        parser.add_argument("--cycle", help="cycle name (needs --org)")

    def handle(self, *args: object, org: str | None, cycle: str | None, **options: object) -> None:
        organisations = Organisation.objects.all()
        if org:
            organisations = organisations.filter(slug=org)
            if not organisations.exists():
                raise CommandError(f"No organisation with the slug {org!r}.")
        elif cycle:
            raise CommandError("--cycle needs --org.")
        started, changed = time.perf_counter(), 0
        for organisation in organisations:
            if cycle:
                found = Cycle.objects.filter(organisation=organisation, name=cycle).first()
                if found is None:
                    raise CommandError(f"No cycle named {cycle!r} in {organisation.slug}.")
                changed += cycle_recompute(cycle=found)
            else:
                changed += organisation_recompute(organisation=organisation)
        elapsed = time.perf_counter() - started
        self.stdout.write(f"Recomputed in {elapsed:.2f} s; {changed} objectives had drifted.")

"""`cairn generate --people N`: a synthetic organisation at scale, for benchmarks."""

from __future__ import annotations

import time

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import timezone
from tqdm import tqdm

from cairn.okrs.generate import Scale, generate
from cairn.organisations.models import Organisation


class Command(BaseCommand):
    help = "Generate a synthetic organisation (the 'large' dataset is --people 10000)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--people", type=int, required=True)
        parser.add_argument("--quarters", type=int, default=4)
        parser.add_argument("--name", default="")
        parser.add_argument("--seed", type=int, default=7)

    def handle(
        self, *args: object, people: int, quarters: int, name: str, seed: int, **options: object
    ) -> None:
        if not 10 <= people <= 100_000:
            raise CommandError("--people must be between 10 and 100000.")
        if not 1 <= quarters <= 8:
            raise CommandError("--quarters must be between 1 and 8.")
        name = name or f"Synthetic {people}"
        if Organisation.objects.filter(name=name).exists():
            raise CommandError(f"An organisation named {name!r} exists; pass another --name.")
        bars: dict[str, tqdm] = {}

        def progress(label: str, n: int) -> None:
            if label not in bars:
                bars[label] = tqdm(
                    desc=label,
                    unit=" rows",
                    disable=options["verbosity"] == 0,
                    position=len(bars),
                    leave=True,
                )
            bars[label].update(n)

        started = time.perf_counter()
        organisation = generate(
            name=name,
            scale=Scale(people=people, quarters=quarters, seed=seed),
            today=timezone.localdate(),
            progress=progress,
        )
        for bar in bars.values():
            bar.close()
        elapsed = time.perf_counter() - started
        self.stdout.write(f"Generated {organisation.name} ({organisation.slug}) in {elapsed:.1f} s")

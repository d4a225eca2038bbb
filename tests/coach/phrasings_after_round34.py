"""A batch of composed key results after round 34's first run (docs/plaintext.md, "After the
first run of round 34 (issue 15, session 19): the parser and the coach"), written as patterns and
measured before the rule (`cairn.coach.wording`, the share of work with a floor):

- ``share_automated`` (activity): a share of the team's own process automated or migrated,
  written with a floor "N%+" ("Automate 8{n}%+ of backend operations", "Automatizar 8{n}%+ de
  las operaciones", "Automatiser 8{n}%+ des opérations", "Migrar 8{n}%+ dos serviços");
- ``share_reached`` (outcome, near misses): a share of others reached, kept or grown to, with
  the same floor ("Reach 8{n}%+ of users", "Keep 8{n}%+ of customers").

`python -m tests.coach.phrasings_after_round34 [-v]` prints the coach's figures per language and
family.
"""

from __future__ import annotations

import sys

from tests.coach import phrasings
from tests.coach.phrasings import KIND

AFTER_ROUND34: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "share_automated": (
            "Automate 8{n}%+ of backend operations",
            "Automate 8{n}%+ of our onboarding process",
            "Migrate 8{n}%+ of services to Kubernetes",
        ),
        "share_reached": (
            "Reach 8{n}%+ of users",
            "Keep 8{n}%+ of customers",
        ),
    },
    "es": {
        "share_automated": (
            "Automatizar 8{n}%+ de las operaciones de backend",
            "Migrar 8{n}%+ de los servicios",
        ),
        "share_reached": ("Alcanzar 8{n}%+ de los usuarios",),
    },
    "pt": {
        "share_automated": (
            "Automatizar 8{n}%+ dos processos internos",
            "Migrar 8{n}%+ dos serviços",
        ),
        "share_reached": ("Atingir 8{n}%+ dos clientes",),
    },
    "fr": {
        "share_automated": ("Automatiser 8{n}%+ des opérations",),
        "share_reached": ("Atteindre 8{n}%+ des utilisateurs",),
    },
}

FAMILIES = ("share_automated", "share_reached")
KIND.update({"share_automated": "activity", "share_reached": "outcome"})


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    args = sys.argv[1:] if argv is None else argv
    return phrasings.main(args, AFTER_ROUND34, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())

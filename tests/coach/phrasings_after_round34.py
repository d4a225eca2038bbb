"""A batch of composed key results after round 34's first run (docs/plaintext.md, "After the
first run of round 34 (issue 15, session 19): the parser and the coach"), written as patterns and
measured before the rule (`cairn.coach.wording`, the share of work with a floor):

- ``share_automated`` (activity): a share of the team's own process automated or migrated,
  written with a floor "N%+" ("Automate 8{n}%+ of backend operations", "Automatizar 8{n}%+ de
  las operaciones", "Automatiser 8{n}%+ des opérations", "Migrar 8{n}%+ dos serviços");
- ``share_reached`` (outcome, near misses): a share of others reached, kept or grown to, with
  the same floor ("Reach 8{n}%+ of users", "Keep 8{n}%+ of customers");
- ``outputs_running`` (activity): a count of the team's own agents, bots or scripts built and
  operational ("{n} agentes operativos con CLAUDE.md + tools", "{n} agents operational",
  "{n} Agenten einsatzbereit"), as "{n} connectors live" is;
- ``others_running`` (outcome, near misses): customers or users counted active or operational
  ("{n}0 clientes operativos", "{n}00 usuarios activos").

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
        "outputs_running": ("{n} agents operational", "{n} automation scripts operational"),
        "others_running": ("{n}00 customers operational", "{n}0 users active"),
    },
    "es": {
        "share_automated": (
            "Automatizar 8{n}%+ de las operaciones de backend",
            "Migrar 8{n}%+ de los servicios",
        ),
        "share_reached": ("Alcanzar 8{n}%+ de los usuarios",),
        "outputs_running": (
            "{n} agentes operativos con CLAUDE.md + tools",
            "{n} bots operativos",
        ),
        "others_running": ("{n}0 clientes operativos", "{n}00 usuarios activos"),
    },
    "pt": {
        "share_automated": (
            "Automatizar 8{n}%+ dos processos internos",
            "Migrar 8{n}%+ dos serviços",
        ),
        "share_reached": ("Atingir 8{n}%+ dos clientes",),
        "outputs_running": ("{n} agentes operacionais", "{n} scripts operacionais"),
        "others_running": ("{n}00 clientes ativos",),
    },
    "fr": {
        "share_automated": ("Automatiser 8{n}%+ des opérations",),
        "share_reached": ("Atteindre 8{n}%+ des utilisateurs",),
        "outputs_running": ("{n} agents opérationnels",),
        "others_running": ("{n}00 clients actifs",),
    },
    "de": {
        # "Bis Ende Q3 900 aktive Kunden" is flagged on main already (left open: docs)
        "outputs_running": ("{n} Agenten einsatzbereit",),
    },
}

FAMILIES = ("share_automated", "share_reached", "outputs_running", "others_running")
KIND.update(
    {
        "share_automated": "activity",
        "share_reached": "outcome",
        "outputs_running": "activity",
        "others_running": "outcome",
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    args = sys.argv[1:] if argv is None else argv
    return phrasings.main(args, AFTER_ROUND34, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())

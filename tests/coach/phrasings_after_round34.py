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
  ("{n}0 clientes operativos", "{n}00 usuarios activos");
- ``own_counted`` (activity): the writer's own new outputs counted as a metric, then a floor, or
  the length of its own report ("新脚本数 > {n}", "零自主创建的代码修改 > {n}", "探索报告超过{n}000字",
  "New scripts > {n}", "Nuevos scripts > {n}", "Neue Skripte > {n}");
- ``others_counted`` (outcome, near misses): others counted, a report's readers, a rate ("用户数 >
  {n}", "报告阅读量超过{n}000", "脚本执行成功率 > 9{n}%", "Active users > {n}0").

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
        "own_counted": (
            "New scripts > {n}",
            "Number of self-created code changes > {n}",
            "Exploration report over {n}000 words",
        ),
        "others_counted": ("Active users > {n}0", "Script success rate > 9{n}%"),
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
        "own_counted": ("Nuevos scripts > {n}", "Informe de más de {n}000 palabras"),
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
    "zh": {
        "own_counted": (
            "新脚本数 > {n}",
            "零自主创建的代码修改 > {n}",
            "探索报告超过{n}000字",
            "代码提交数超过{n}0",
            "总结不少于{n}000字",
        ),
        "others_counted": (
            "用户数 > {n}",
            "客户提交的工单数 > {n}0",
            "报告阅读量超过{n}000",
            "脚本执行成功率 > 9{n}%",
        ),
    },
    "ja": {
        "own_counted": ("新しいスクリプト数 > {n}", "レポート{n}000字以上"),
    },
    "de": {
        "own_counted": ("Neue Skripte > {n}",),
        # "Bis Ende Q3 900 aktive Kunden" is flagged on main already (left open: docs)
        "outputs_running": ("{n} Agenten einsatzbereit",),
    },
}

FAMILIES = (
    "share_automated",
    "share_reached",
    "outputs_running",
    "others_running",
    "own_counted",
    "others_counted",
)
KIND.update(
    {
        "share_automated": "activity",
        "share_reached": "outcome",
        "outputs_running": "activity",
        "others_running": "outcome",
        "own_counted": "activity",
        "others_counted": "outcome",
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    args = sys.argv[1:] if argv is None else argv
    return phrasings.main(args, AFTER_ROUND34, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())

"""A seventeenth batch of composed key results (docs/plaintext.md, "Twenty-fourth round (issue
15): the coach"): the families of round 25's first run and of a change read where a count of
things added is meant, written as patterns in several languages and measured before any rule.

- ``things_added`` (activity): the team's own things added, counted after a verb of adding,
  which the parser reads as a change with no start ("新增3个功能模块", "增加5个API接口", "Add 5 more
  integrations") or as a target ("Añadir 5 integraciones más");
- ``own_time`` (activity): a person's own time spent with their people, totalled ("Total voice
  call time with family over 1000 minutes", "与家人通话总时长超过1000分钟");
- ``new_staff`` (activity): the count of new staff hired ("新员工数量：5人", "New hires: 5");
- ``working_on`` (activity): work named by "work on" ("Work on improving onboarding.",
  "Trabajar en mejorar el onboarding").

Near misses (``kept``, outcome): others or a measure added ("新增10个活跃用户", "新增3个合作伙伴",
"Add 50 more paying customers", "新增5个百分点"), others' time ("Average session time over 10
minutes", "用户平均使用时长超过10分钟"), new customers counted ("新用户数量：500人", "New customers:
50"), and "work" as a noun ("Work orders closed within 2 days", "Working capital above $2M").

`python -m tests.coach.phrasings_twenty_fourth [-v]` prints the coach's figures per language and
family.
"""

from __future__ import annotations

import sys

from tests.coach import phrasings
from tests.coach.phrasings import KIND

TWENTY_FOURTH: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "things_added": (
            "Add {n} more integrations to the marketplace",
            "Add {n} more blog posts",
            "Add {n} more end-to-end test cases",
        ),
        "own_time": (
            "Total voice call time with family over {n}00 minutes",
            "Total time with the kids over {n}0 hours",
        ),
        "new_staff": ("New hires: {n}", "Number of new employees: {n}"),
        "working_on": ("Work on improving onboarding", "Work on the new pricing page"),
        "kept": (
            "Add {n}0 more paying customers",
            "Gain {n} more partners",
            "Average session time over {n} minutes",
            "Total downtime under {n}0 minutes",
            "New customers: {n}0",
            "Work orders closed within {n} days",
            "Working capital above ${n}M",
        ),
    },
    "zh": {
        "things_added": (
            "新增{n}个功能模块",
            "增加{n}个API接口",
            "新增{n}篇博客文章",
            "新增{n}个数据看板",
            "添加{n}个新报表",
        ),
        "own_time": ("与家人通话总时长超过{n}00分钟", "陪孩子的总时间超过{n}0小时"),
        "new_staff": ("新员工数量：{n}人", "新入职员工{n}名"),
        "working_on": ("致力于改善新用户引导",),
        "kept": (
            "新增{n}0个活跃用户",
            "新增{n}个合作伙伴",
            "增加{n}个合作伙伴",
            "新增{n}家门店",
            "新增{n}个百分点",
            "用户平均使用时长超过{n}0分钟",
            "新用户数量：{n}00人",
        ),
    },
    "es": {
        "things_added": ("Añadir {n} integraciones más", "Agregar {n} nuevas funcionalidades"),
        "own_time": ("Tiempo total de llamadas con la familia de más de {n}00 minutos",),
        "new_staff": ("Nuevas contrataciones: {n}", "Número de nuevos empleados: {n}"),
        "working_on": ("Trabajar en mejorar el onboarding",),
        "kept": ("Añadir {n}0 nuevos clientes de pago", "Nuevos clientes: {n}0"),
    },
    "pt": {
        "things_added": ("Adicionar mais {n} relatórios",),
        "own_time": ("Tempo total de chamadas com a família acima de {n}00 minutos",),
        "new_staff": ("Novas contratações: {n}",),
        "working_on": ("Trabalhar na melhoria do onboarding",),
        "kept": (
            "Adicionar {n}0 novos clientes pagantes",
            "Tempo médio de sessão acima de {n} minutos",
        ),
    },
    "fr": {
        "things_added": ("Ajouter {n} nouvelles fonctionnalités",),
        "own_time": ("Temps total d'appels avec la famille supérieur à {n}00 minutes",),
        "new_staff": ("Nouvelles recrues : {n}", "Nombre de nouveaux employés : {n}"),
        "working_on": ("Travailler sur l'amélioration de l'onboarding",),
        "kept": ("Ajouter {n}0 nouveaux clients payants", "Nouveaux clients : {n}0"),
    },
    "de": {
        "things_added": ("{n} weitere Integrationen hinzufügen",),
        "own_time": ("Gesamte Telefonzeit mit der Familie über {n}00 Minuten",),
        "new_staff": ("Neue Mitarbeiter: {n}", "Anzahl neuer Mitarbeiter: {n}"),
        "working_on": ("An der Verbesserung des Onboardings arbeiten",),
        "kept": ("Neukunden: {n}0", "Durchschnittliche Sitzungsdauer über {n} Minuten"),
    },
    "it": {
        "things_added": ("Aggiungere {n} nuove funzionalità",),
        "new_staff": ("Nuove assunzioni: {n}",),
        "working_on": ("Lavorare sul miglioramento dell'onboarding",),
    },
    "ja": {
        "own_time": ("家族との通話時間の合計{n}00分以上",),
        "new_staff": ("新入社員数：{n}名",),
        "working_on": ("オンボーディングの改善に取り組む",),
        "kept": ("新規ユーザー数：{n}00人",),
    },
}

# The second part (round 3's and the holdout's misses): staff added, and the team's own outputs
# ready to use; near misses: others ready to act, customers added.
SECOND_PART: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "staff_added": (
            "Add {n} full time UI/UX designers to the team",
            "Add {n} more engineers",
            "Add {n} full time UI/UX designer/team",
        ),
        "ready_to_use": (
            "{n}0+ brand kits and video style presets ready-to-use",
            "{n} email templates ready to use",
            "{n} dashboards ready for use",
        ),
        "kept": ("{n}0 customers ready to buy", "{n}0 leads ready for sales"),
    },
    "zh": {
        "staff_added": ("增加{n}名员工", "新增{n}名工程师", "新增{n}位设计师"),
        "ready_to_use": ("{n}套模板可直接使用",),
        "kept": ("新增{n}0名付费会员",),
    },
    "es": {
        "staff_added": ("Sumar {n} diseñadores al equipo",),
        "ready_to_use": ("{n} plantillas listas para usar",),
        "kept": ("{n}0 clientes listos para comprar",),
    },
    "pt": {
        "staff_added": ("Adicionar {n} designers ao time",),
        "ready_to_use": ("{n} modelos prontos para uso",),
        "kept": ("{n}0 clientes prontos para comprar",),
    },
    "fr": {
        "staff_added": ("Ajouter {n} designers à l'équipe",),
        "ready_to_use": ("{n} modèles prêts à l'emploi",),
        "kept": ("{n}0 clients prêts à acheter",),
    },
    "de": {
        "ready_to_use": ("{n} Vorlagen einsatzbereit", "{n} Vorlagen sofort einsetzbar"),
        "kept": ("Mindestens {n}0 Kunden kaufbereit",),  # "Q3 250" is read as "Q3250"
    },
}
for _language, _families in SECOND_PART.items():
    for _family, _texts in _families.items():
        _table = TWENTY_FOURTH.setdefault(_language, {})
        _table[_family] = _table.get(_family, ()) + _texts

FAMILIES = (
    "things_added", "own_time", "new_staff", "working_on", "staff_added", "ready_to_use", "kept",
)  # fmt: skip
KIND.update(
    {
        "things_added": "activity",
        "own_time": "activity",
        "new_staff": "activity",
        "working_on": "activity",
        "staff_added": "activity",
        "ready_to_use": "activity",
        "kept": "outcome",
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    args = sys.argv[1:] if argv is None else argv
    return phrasings.main(args, TWENTY_FOURTH, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())

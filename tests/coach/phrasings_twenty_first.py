"""A fourteenth batch of composed key results (docs/plaintext.md, "Twenty-first round (issue 15):
the coach"): the families rounds 21's and 22's first-run misses belong to, written in several
languages and measured before any rule.

- ``deals_won`` (outcome): deals, agreements, partnerships or contracts closed or signed with
  others ("Cerrar 10 nuevos acuerdos con partners regionales", "Firmar 3 parcerias
  estratégicas", "Signer 3 partenariats stratégiques");
- ``leads_found`` (outcome): leads found, after a verb of finding ("trouver 4 leads pour
  e-Recrutement", "Encontrar 10 leads qualificados");
- ``cjk_counted`` (outcome): others' sign-ups or leads counted in Chinese and Japanese
  ("展示会でのリード数300件", "三个月内用户注册量突破10万");
- ``prospects_researched`` (activity): prospects researched, a count of the team's own looking
  ("Pesquisar 10 potenciais clientes");
- ``own_checks`` (activity): the team's own checks' coverage in Chinese
  ("定期进行内部交叉检查,覆盖率达到90%");
- ``own_hours`` (activity): the team's own hours of work or study counted ("연휴 동안 50시간 이상
  일하기", "Dedicar 10 horas semanales a la formación", "週に10時間以上勉強する");
- ``others_engaged`` (outcome): a count of others engaged or committed, bare ("30 territoires
  engagés via leurs documents d'urbanisme", "40 escolas engajadas no projeto");
- ``adherence`` (outcome): users' adherence or adoption had ("Ter no mínimo 70% de aderência no
  lançamento").

Near misses (``kept``, outcome): the team's results after the same verbs or shapes ("Reach 10
paying customers", "用户覆盖率达到90%", "Reduce response time to 2 hours"); and (``kept_work``,
activity) the team's own work after the same verbs or shapes ("Cerrar 20 incidencias abiertas",
"Identify 20 potential partners", "编写5篇技术文章", "30 documents rédigés", "Ter 70% de cobertura de
testes").

`python -m tests.coach.phrasings_twenty_first [-v]` prints the coach's figures per language and
family.
"""

from __future__ import annotations

import sys

from tests.coach import phrasings
from tests.coach.phrasings import KIND

TWENTY_FIRST: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "own_hours": (
            "Work {n}0 hours over the holidays",
            "Spend {n} hours per week on customer interviews",
        ),
        "others_engaged": ("{n}0 territories engaged in concrete policies",),
        "adherence": ("Have at least {n}0% adherence at launch",),
        "deals_won": (
            "Close {n}0 new deals with regional partners",
            "Sign {n} strategic partnerships",
            "Sign {n} new distribution agreements",
        ),
        "leads_found": ("Find {n}0 new leads for the sales team",),
        "prospects_researched": (
            "Research {n}0 potential clients",
            "Research {n}0 prospective customers in the region",
        ),
        "kept": (
            "Reach {n}0 paying customers",
            "Reduce response time to {n} hours",
            "Save {n}0 hours per month for customers",
        ),
        "kept_work": (
            "Identify {n}0 potential partners",
            "Write {n} articles for the blog",
            "Have 9{n}% test coverage",
        ),
    },
    "es": {
        "own_hours": ("Dedicar {n} horas semanales a la formación",),
        "others_engaged": (
            "{n}0 municipios comprometidos con el programa",
            "{n}0 escuelas adheridas al proyecto",
        ),
        "adherence": ("Tener al menos {n}0% de adhesión en el lanzamiento",),
        "deals_won": (
            "Cerrar {n}0 nuevos acuerdos con partners regionales",
            "Firmar {n} alianzas estratégicas",
            "Cerrar {n} contratos con distribuidores",
        ),
        "leads_found": ("Encontrar {n}0 leads cualificados para ventas",),
        "prospects_researched": ("Investigar {n}0 clientes potenciales",),
        "kept": ("Alcanzar {n}0 clientes de pago",),
        "kept_work": ("Cerrar {n}0 incidencias abiertas", "Escribir {n} artículos para el blog"),
    },
    "pt": {
        "own_hours": ("Dedicar {n} horas por semana ao estudo",),
        "others_engaged": ("{n}0 escolas engajadas no projeto",),
        "adherence": (
            "Ter no mínimo {n}0% de aderência no lançamento",
            "Ter {n}0% de adesão dos usuários",
        ),
        "deals_won": (
            "Firmar {n} parcerias estratégicas",
            "Fechar {n} novos contratos com distribuidores",
            "Assinar {n} acordos de parceria",
        ),
        "leads_found": ("Encontrar {n}0 leads qualificados",),
        "prospects_researched": (
            "Pesquisar {n}0 potenciais clientes",
            "Pesquisar {n}0 clientes potenciais na região",
        ),
        "kept": ("Atingir {n}00 clientes pagantes",),
        "kept_work": ("Escrever {n} artigos para o blog", "Ter {n}0% de cobertura de testes"),
    },
    "it": {
        "deals_won": (
            "Chiudere {n}0 nuovi accordi con partner regionali",
            "Firmare {n} partnership strategiche",
        ),
        "prospects_researched": ("Ricercare {n}0 potenziali clienti",),
        "kept_work": ("Scrivere {n} articoli per il blog",),
    },
    "fr": {
        "own_hours": ("Consacrer {n} heures par semaine à la veille",),
        "others_engaged": (
            "{n}0 territoires engagés via leurs documents d'urbanisme",
            "{n}0 communes engagées dans la démarche",
        ),
        "deals_won": (
            "Signer {n} partenariats stratégiques",
            "Conclure {n} nouveaux contrats avec des distributeurs",
        ),
        "leads_found": ("Trouver {n} leads pour le recrutement",),
        "prospects_researched": ("Rechercher {n}0 clients potentiels",),
        "kept_work": (
            "Rédiger {n} articles pour le blog",
            "{n}0 documents rédigés",
            "{n}0 tests automatisés ajoutés",
        ),
    },
    "ko": {
        "own_hours": ("연휴 동안 {n}0시간 이상 일하기", "주당 {n}시간 이상 공부하기"),
        "kept": ("응답 시간을 {n}시간 이내로 단축",),
    },
    "ja": {
        "own_hours": ("週に{n}時間以上勉強する",),
        "cjk_counted": ("展示会でのリード数{n}00件", "新規会員登録数を{n}000件に"),
        "kept": ("成約率 {n}0%", "顧客満足度を{n}0%以上に"),
    },
    "zh": {
        "own_hours": ("每周学习{n}小时以上",),
        "cjk_counted": (
            "三个月内用户注册量突破{n}万",
            "新用户注册数达到{n}000",
            "销售线索数量达到{n}00条",
        ),
        "own_checks": (
            "定期进行内部交叉检查,覆盖率达到9{n}%",
            "每周进行代码自查,覆盖率达到9{n}%",
        ),
        "kept": ("用户覆盖率达到9{n}%", "客户续约率达到9{n}%"),
        "kept_work": ("编写{n}篇技术文章",),
    },
}
FAMILIES = (
    "deals_won",
    "leads_found",
    "cjk_counted",
    "prospects_researched",
    "own_checks",
    "own_hours",
    "others_engaged",
    "adherence",
    "kept",
    "kept_work",
)
KIND.update(
    {
        "deals_won": "outcome",
        "leads_found": "outcome",
        "cjk_counted": "outcome",
        "prospects_researched": "activity",
        "own_checks": "activity",
        "own_hours": "activity",
        "others_engaged": "outcome",
        "adherence": "outcome",
        "kept": "outcome",
        "kept_work": "activity",
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    args = sys.argv[1:] if argv is None else argv
    return phrasings.main(args, TWENTY_FIRST, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())

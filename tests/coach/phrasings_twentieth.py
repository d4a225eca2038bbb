"""A thirteenth batch of composed key results (docs/plaintext.md, "Twentieth round (issue 15): the
coach"): the families rounds 19's and 20's first-run misses belong to, written in several
languages and measured before any rule.

- ``others_won`` (outcome): a count of others' acts or things won, after a verb of winning,
  generating or expanding, or bare with a participle of others' doing ("Generate 400
  applications", "Generare 50 nuovi lead qualificati", "Captar 200 leads qualificados",
  "Expandirse a 3 nuevos mercados", "Conquistar 10 menções", "30 students registered to
  participate", "15 inquiries from new qualified prospects", "Newsletter subscriptions have
  reached 10,000", "每篇文章阅读量达到5000次", "产品因测试遗漏产生的bug少于3个", "一次面接通過率を40パーセント
  以上に");
- ``own_presence`` (activity): the team's own presence or participation counted ("Participar en
  al menos 5 presentaciones internas", "Appear on 10 personal growth podcasts", "Advertise for
  school admissions in 20 publications", "Haftalık OKR check-in lerine %100 katılım sağla");
- ``own_rates`` (activity): the team's own rates and pools in Chinese ("代码评审覆盖率达到100%",
  "团队平均测试用例覆盖数达到95%", "关键岗位招聘达成率达到95%", "新员工入职培训参与率提升至 95%",
  "建立人才储备库不少于100人", "…确保所有客服团队成员的产品知识得分达到90分以上");
- ``deliverable_parts`` (activity): a deliverable named with a count of its parts in parentheses
  ("README with setup instructions (5+ sections)", "Acceptance criteria for all features (50+
  testable criteria)", "Custom CSS beyond Bootstrap (min 500 lines of custom styles)").

Near misses (``kept``, outcome): the same verbs and shapes about the team's results ("Generate
$400k in pipeline", "Reach 10,000 paying customers", "Paying customers (50+ accounts)", "用户满意度
达到95%"); and (``kept_work``, activity) the team's own outputs after the same verbs ("Generate 10
blog posts", "Write 400 applications", "Send 50 inquiries to prospects").

`python -m tests.coach.phrasings_twentieth [-v]` prints the coach's figures per language and
family.
"""

from __future__ import annotations

import sys

from tests.coach import phrasings
from tests.coach.phrasings import KIND

TWENTIETH: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "others_won": (
            "Generate {n}00 applications",
            "Generate {n}0 new qualified leads from inbound content",
            "Win {n}0 mentions on industry sites",
            "Expand into {n} new international markets",
            "{n}0 students registered to participate in the first week.",
            "{n}0 inquiries from new qualified prospects for our assessment",
            "Newsletter subscriptions have reached {n},000",
            "Attract {n}00 sign-ups for the beta",
        ),
        "own_presence": (
            "Appear on {n} personal growth podcasts",
            "Advertise for school admissions in {n} publications",
            "Participate in at least {n} internal team presentations",
            "Take part in {n} industry panels",
            "Be a guest on {n} podcasts",
        ),
        "deliverable_parts": (
            "README with setup instructions ({n}+ sections)",
            "Acceptance criteria for all features ({n}0+ testable criteria)",
            "Custom CSS beyond Bootstrap (min {n}00 lines of custom styles)",
            "User guide for the admin panel ({n}+ chapters)",
            "Style guide for the design system (at least {n}0 pages)",
        ),
        "kept": (
            "Generate ${n}00k in qualified pipeline",
            "Reach {n},000 paying customers",
            "Paying customers ({n}0+ accounts)",
            "Monthly active users ({n}00+ users)",
            "Win {n} enterprise deals",
            "Appear in the top {n} search results for our category",
            "Achieve 9{n}% user participation in the annual survey",
        ),
        "kept_work": (
            "Generate {n} blog posts on our product",
            "Write {n}0 grant applications",
            "Send {n}0 inquiries to prospects",
            "Attend {n} industry conferences",
        ),
    },
    "es": {
        "others_won": (
            "Expandirse a {n} nuevos mercados internacionales.",
            "Generar {n}0 leads cualificados desde contenidos inbound",
            "Conseguir {n}00 solicitudes de inscripción",
            "Captar {n}0 nuevos suscriptores al boletín",
        ),
        "own_presence": (
            "Participar en al menos {n} presentaciones internas de equipo.",
            "Participar en {n} ferias del sector",
            "Aparecer en {n} podcasts del sector",
        ),
        "deliverable_parts": ("Manual de usuario del panel ({n}+ secciones)",),
        "kept": ("Alcanzar {n}0 clientes de pago", "Generar {n}0.000 € en ventas"),
        "kept_work": ("Escribir {n} artículos para el blog",),
    },
    "pt": {
        "others_won": (
            "Captar {n}00 leads qualificados para o lançamento.",
            "Conquistar {n}0 menções em sites do setor.",
            "Gerar {n}0 novas inscrições para o evento",
        ),
        "own_presence": ("Participar de {n} eventos do setor",),
        "kept": ("Atingir {n}00 clientes pagantes",),
        "kept_work": ("Escrever {n} artigos para o blog",),
    },
    "it": {
        "others_won": (
            "Generare {n}0 nuovi lead qualificati da contenuti inbound",
            "Ottenere {n}00 iscrizioni alla newsletter",
        ),
        "kept_work": ("Scrivere {n} articoli per il blog",),
    },
    "tr": {
        "own_presence": (
            "Haftalık OKR check-in lerine %100 katılım sağla",
            "Aylık ekip toplantılarına %100 katılım sağla",
        ),
    },
    "ja": {
        "others_won": (
            "一次面接通過率を{n}0パーセント以上に",
            "最終面接通過率を{n}0%以上に",
        ),
        "own_rates": ("上位プラン提示率 {n}0%", "オプションプラン提案率を{n}0%に"),
        "kept": ("成約率 {n}0%", "顧客満足度を{n}0%以上に"),
    },
    "zh": {
        "others_won": (
            "每篇文章阅读量达到{n}000次",
            "产品因测试遗漏产生的bug少于{n}个",
            "线上故障少于{n}次",
        ),
        "own_rates": (
            "代码评审覆盖率达到100%",
            "团队平均测试用例覆盖数达到9{n}%",
            "关键岗位招聘达成率达到9{n}%",
            "新员工入职培训参与率提升至 9{n}%",
            "建立人才储备库不少于{n}00人",
            "通过内部测试,确保所有客服团队成员的产品知识得分达到9{n}分以上。",
            "团队成员培训完成率达到100%",
            "每章代码注释覆盖率 >{n}0%",
        ),
        "kept": (
            "用户满意度达到9{n}%",
            "客户续约率达到9{n}%",
            "注册用户不少于{n}000人",
        ),
    },
}
FAMILIES = (
    "others_won",
    "own_presence",
    "own_rates",
    "deliverable_parts",
    "kept",
    "kept_work",
)
KIND.update(
    {
        "others_won": "outcome",
        "own_presence": "activity",
        "own_rates": "activity",
        "deliverable_parts": "activity",
        "kept": "outcome",
        "kept_work": "activity",
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    args = sys.argv[1:] if argv is None else argv
    return phrasings.main(args, TWENTIETH, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())

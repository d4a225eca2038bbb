"""An eighteenth batch of composed key results (docs/plaintext.md, "Twenty-fifth round (issue
15): the coach"): the families of rounds 26 and 27's first runs, written as patterns in several
languages and measured before any rule.

- ``content_grown`` (activity): the team's own made things grown to a count, even after a verb
  that moves a number ("Increase snippet collection to 650 snippets", "Grow our recipe library
  to 120 recipes");
- ``events_held`` (activity): events held ("Have 4 non Hack Night events (1 member meeting and 3
  social events)", "Hold 6 meetups", "举办6场线下活动");
- ``measuring`` (activity): a verb of measuring with no figure ("Measure the satisfaction of
  participants that attend our events");
- ``process_run`` (activity): a process the team runs ("Staff manages applications and
  admissions through the integrated portal.");
- ``made_counted`` (activity): own creative output counted in Japanese and Chinese
  ("自分のインスト音源を2曲作曲する", "技術記事を5本書く");
- ``own_adopted`` (activity): the team's own artefacts adopting its own process ("5 forms use
  the new accessibility testing governance");
- ``identified`` (activity): things identified, counted ("2 prioritized improvements for UX have
  been identified after analysis of …").

Near misses (``kept``, outcome): others or their doings grown ("Increase newsletter subscribers
to 650", "Grow the catalogue's sales to 650 units"), attendance ("Have 300 attendees at our
events"), a measure with its figure ("Participant satisfaction measured at 80% or more"), others
acting through the portal ("Customers manage their subscriptions through the portal"), others
using ("50 customers use the new checkout"), and a decrease of a count of bugs, incidents or
complaints with its current value in brackets ("降低线上生产Bug数量（现在100个）", "Reduce
production bugs (currently 100)"), whose work twin ("修复线上Bug（现在100个）") stays work.

`python -m tests.coach.phrasings_twenty_fifth [-v]` prints the coach's figures per language and
family.
"""

from __future__ import annotations

import sys

from tests.coach import phrasings
from tests.coach.phrasings import KIND

TWENTY_FIFTH: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "content_grown": (
            "Increase snippet collection to {n}50 snippets",
            "Grow our recipe library to {n}0 recipes",
            "Expand the template gallery to {n}0 templates",
            "Increase the number of tutorials to {n}0",
            "Grow the video library to {n}0 videos",
            "Increase published articles to {n}0",
        ),
        "events_held": (
            "Have {n} non Hack Night events (1 member meeting and 2 social events)",
            "Have {n} non Hack Night Meetings",
            "Hold {n} community meetups",
            "Organise {n} member meetings",
            "Have {n} social events this year",
        ),
        "measuring": (
            "Measure the satisfaction of participants that attend our hybrid and online events",
            "Measure customer satisfaction after each workshop",
            "Track the retention of new members",
            "Measure the impact of the mentoring programme",
            "Measure the satisfaction of participants that attend our hybrid and online events "
            "to make them more inclusive and engaging",
            "Measure how engaged our volunteers are to make the programme more welcoming",
        ),
        "process_run": (
            "Staff manages applications and admissions through the integrated portal.",
            "The team handles all support requests through the new helpdesk",
            "Staff processes invoices in the new ERP",
        ),
        "own_adopted": (
            "{n} forms use the new accessibility testing governance and improvements",
            "{n} services use the new logging standard",
            "{n} templates follow the new design guidelines",
        ),
        "identified": (
            "{n} prioritized improvements for UX have been identified after analysis of "
            "applicant interactions from the New Relic dashboard",
            "{n} improvement opportunities identified",
            "{n} key risks have been identified and documented",
        ),
        "bugs_fixed": ("Fix the production bugs (currently {n}00)",),
        "kept": (
            "Increase newsletter subscribers to {n}50",
            "Get {n}0 posts on the forum",
            "Grow the catalogue's sales to {n}50 units",
            "Increase article views to {n}000",
            "Grow recipe downloads to {n}000",
            "Have {n}00 attendees at our events",
            "Participant satisfaction measured at {n}0% or more",
            "Customers manage their subscriptions through the self-service portal",
            "{n}0 customers use the new checkout",
            "Reduce production bugs (currently {n}00)",
            "Reduce the number of incidents (now {n}0)",
            "Reduce customer complaints (currently {n}0 per month)",
        ),
    },
    "zh": {
        "content_grown": ("将文章数量增加到{n}0篇", "模板库扩充到{n}0个模板"),
        "events_held": ("举办{n}场线下活动", "组织{n}次会员聚会"),
        "measuring": ("衡量参与者的满意度",),
        "made_counted": ("创作{n}首原创歌曲", "写{n}篇技术文章"),
        "process_run": ("员工通过集成门户管理申请和录取。",),
        "own_adopted": ("{n}个表单采用新的无障碍测试规范",),
        "identified": ("识别出{n}个优先改进点",),
        "bugs_fixed": ("修复线上Bug（现在{n}00个）",),
        "kept": (
            "降低线上生产Bug数量（现在{n}00个）",
            "减少客户投诉数量（目前{n}0个）",
            "降低线上事故数量（当前{n}0起）",
            "订阅用户增加到{n}000人",
        ),
    },
    "ja": {
        "events_held": ("イベントを{n}回開催する",),
        "made_counted": (
            "自分のインスト音源を{n}曲作曲する",
            "技術記事を{n}本書く",
            "イラストを{n}枚描く",
            "技術書を{n}冊執筆する",
        ),
        "bugs_fixed": ("本番のバグを修正する（現在{n}0件）",),
        "kept": ("楽曲の再生回数を{n}000回にする", "本番障害の件数を減らす（現在{n}0件）"),
    },
    "es": {
        "content_grown": ("Ampliar la biblioteca de recetas a {n}0 recetas",),
        "events_held": ("Realizar {n} eventos comunitarios", "Organizar {n} reuniones de socios"),
        "measuring": ("Medir la satisfacción de los participantes en nuestros eventos",),
        "process_run": ("El personal gestiona las solicitudes a través del portal integrado.",),
        "own_adopted": ("{n} formularios usan la nueva gobernanza de pruebas de accesibilidad",),
        "identified": ("{n} mejoras priorizadas identificadas",),
        "bugs_fixed": ("Corregir los bugs en producción (actualmente {n}00)",),
        "kept": (
            "Aumentar los suscriptores del boletín a {n}50",
            "Reducir los bugs en producción (actualmente {n}00)",
            "{n}0 clientes usan el nuevo checkout",
        ),
    },
    "pt": {
        "content_grown": ("Aumentar a biblioteca de artigos para {n}0 artigos",),
        "events_held": ("Realizar {n} eventos da comunidade",),
        "measuring": ("Medir a satisfação dos participantes dos eventos",),
        "identified": ("{n} melhorias priorizadas identificadas",),
        "kept": ("Aumentar os assinantes da newsletter para {n}50",),
    },
    "fr": {
        "content_grown": ("Porter la collection de tutoriels à {n}0 tutoriels",),
        "events_held": ("Organiser {n} rencontres de la communauté",),
        "measuring": ("Mesurer la satisfaction des participants à nos événements",),
        "process_run": ("Le personnel gère les candidatures via le portail intégré.",),
        "own_adopted": (
            "{n} formulaires utilisent la nouvelle gouvernance des tests d'accessibilité",
        ),
        "identified": ("{n} améliorations prioritaires identifiées",),
        "kept": ("Porter les abonnés de la newsletter à {n}50",),
    },
    "de": {
        "content_grown": ("Die Rezeptsammlung auf {n}0 Rezepte erweitern",),
        "events_held": ("{n} Community-Treffen veranstalten",),
        "measuring": ("Die Zufriedenheit der Teilnehmer messen",),
        "process_run": ("Das Team bearbeitet alle Supportanfragen über den neuen Helpdesk.",),
        "own_adopted": ("{n} Formulare nutzen die neuen Richtlinien für Barrierefreiheitstests",),
        "identified": ("{n} priorisierte Verbesserungen identifiziert",),
        "kept": ("Newsletter-Abonnenten auf {n}50 steigern",),
    },
}

FAMILIES = (
    "content_grown", "events_held", "measuring", "process_run", "made_counted", "own_adopted",
    "identified", "bugs_fixed", "kept",
)  # fmt: skip
KIND.update(
    {
        "content_grown": "activity",
        "events_held": "activity",
        "measuring": "activity",
        "process_run": "activity",
        "made_counted": "activity",
        "own_adopted": "activity",
        "identified": "activity",
        "bugs_fixed": "activity",
        "kept": "outcome",
    }
)


def main(argv: list[str] | None = None) -> int:
    """Print the share right per language and family (and the misses with -v)."""
    args = sys.argv[1:] if argv is None else argv
    return phrasings.main(args, TWENTY_FIFTH, FAMILIES)


if __name__ == "__main__":
    raise SystemExit(main())

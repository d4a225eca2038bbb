"""Twenty-fourth-round families of composed key results (issue 15), labels by construction.

Not shipped: a test-side generator, as tests/text/key_result_phrasings.py. The families are the
remaining five-field misses of the labelled sets after round 25's first run, largest first;
labels follow the conventions of docs/plaintext.md, never what the parser answers:

- a noun of change opening the key result after its article ("l'augmentation du score NPS de 10
  points", "la baisse de 3 points", "el aumento de la satisfacción en 10 puntos", "a redução de
  custos em 5 pontos", "la riduzione dei costi di 5 punti", "die Steigerung des Umsatzes um 10
  Punkte"): a change by the amount, as the noun without its article already reads;
- a plural without an s, a compound of "people", "men", "women", "children" ("Hire 2
  salespeople", "Recruit 4 salesmen", "Enroll 50 schoolchildren"): the counted unit;
- a Chinese wish with no number whose verb improves (改进, 改善) or makes popular
  ("让产品迅速流行"): increase, as English "Improve marketing";
- a duration held without a break after a count of what holds it, or with "sin", "sem", "sans",
  "senza", "ohne" ("Five simulated nodes run ritual 48 h without error", "Funcionar 48 horas
  sin errores"): stay above the duration;
- a key result of none whose bracket bounds which items count ("Eliminate all long-running tasks
  (>10 minutes)", "Zero slow API calls (>500 ms)"): stay below 0 of the items;
- a race named by its distance ("Complete a 10K race", "Correr una carrera de 10K"): no value;
- several clauses, the first reaching a target "to N" ("启动耗时降低至10秒，资源减少30%", "Cut
  startup time to 10 seconds, reduce resource use by 30%"): the first clause's target.

Each family carries near misses that must keep their reading, in `near_misses()`.
"""

from __future__ import annotations

from itertools import product

from tests.text.key_result_phrasings import DECREASE, INCREASE, Phrasing

# ---------------------------------------------------------------------------------------------
# 1. A noun of change after its article, then the amount: a change by that amount.

CHANGE_NOUNS = (
    ("l'augmentation du score NPS de {n} points", "fr", INCREASE, "points"),
    ("L'augmentation du taux de conversion de {n}%", "fr", INCREASE, None),
    ("la hausse du chiffre d'affaires de {n}%", "fr", INCREASE, None),
    ("la baisse du taux de churn de {n} points", "fr", DECREASE, "points"),
    ("la réduction des coûts de {n}%", "fr", DECREASE, None),
    ("la diminution des plaintes de {n}%", "fr", DECREASE, None),
    ("la baisse de {n} points", "fr", DECREASE, "points"),
    ("el aumento de la satisfacción en {n} puntos", "es", INCREASE, "puntos"),
    ("el aumento de las ventas en un {n}%", "es", INCREASE, None),
    ("la reducción de costos en {n}%", "es", DECREASE, None),
    ("la disminución de quejas en {n}%", "es", DECREASE, None),
    ("a redução de custos em {n} pontos", "pt", DECREASE, "pontos"),
    ("o aumento das vendas em {n}%", "pt", INCREASE, None),
    ("a diminuição do churn em {n} pontos", "pt", DECREASE, "pontos"),
    ("l'aumento delle vendite del {n}%", "it", INCREASE, None),
    ("la riduzione dei costi di {n} punti", "it", DECREASE, "punti"),
    ("die Steigerung des Umsatzes um {n}%", "de", INCREASE, None),
    ("die Senkung der Kosten um {n} Punkte", "de", DECREASE, "Punkte"),
    ("die Erhöhung der Zufriedenheit um {n} Punkte", "de", INCREASE, "Punkte"),
    ("eine Reduktion der Kosten um {n}%", "de", DECREASE, None),
)


def change_noun_variants() -> list[Phrasing]:
    """Return "l'augmentation du score NPS de 10 points": a change by N (relative for N%)."""
    return [
        Phrasing(
            shape.format(n=n), lang, "noun of change", way, None, None, _change(shape, n), unit
        )
        for (shape, lang, way, unit), n in product(CHANGE_NOUNS, (3, 10))
    ]


def _change(shape: str, n: float) -> dict:
    return {"amount": n, "relative": "%" in shape}


# ---------------------------------------------------------------------------------------------
# 2. A plural without an s: a compound of people, men, women, children.

PLURALS = (
    ("Hire {n} salespeople", "salespeople"),
    ("Recruit {n} salesmen", "salesmen"),
    ("Hire {n} tradespeople", "tradespeople"),
    ("Train {n} craftsmen", "craftsmen"),
    ("Enroll {n} schoolchildren", "schoolchildren"),
    ("Onboard {n} new salespeople", "salespeople"),
    ("Recruit {n} businesswomen as mentors", "businesswomen"),
    ("Hire {n} firemen", "firemen"),
)


def plural_variants() -> list[Phrasing]:
    """Return "Hire 2 salespeople": a target of N, the plural its unit."""
    return [
        Phrasing(shape.format(n=n), "en", "plural without s", INCREASE, None, n, None, unit)
        for (shape, unit), n in product(PLURALS, (2, 12))
    ]


# ---------------------------------------------------------------------------------------------
# 3. A Chinese wish with no number: a verb of improving or of making popular raises.

WISHES = (
    "改进营销",
    "改进产品设计",
    "改善客户体验",
    "改善团队沟通",
    "改進客戶服務",
    "改善產品品質",
    "营销改进",
    "让产品迅速流行",
    "让品牌快速普及",
    "使我们的应用更受欢迎",
    "讓產品流行起來",
)


# The same wish in the languages whose verb of improving already raised (the convention).
OTHER_WISHES = (
    ("Improve marketing", "en"),
    ("Mejorar el marketing", "es"),
    ("Melhorar o marketing", "pt"),
    ("Améliorer le marketing", "fr"),
    ("Migliorare il marketing", "it"),
)


def wish_variants() -> list[Phrasing]:
    """Return "改进营销", "让产品迅速流行": increase, no values."""
    wishes = [Phrasing(text, "zh", "wish to improve", INCREASE) for text in WISHES]
    return wishes + [Phrasing(t, lang, "wish to improve", INCREASE) for t, lang in OTHER_WISHES]


# ---------------------------------------------------------------------------------------------
# 4. A duration held without a break, after a count of what holds it or in another language.

HELD = (
    ("Five simulated nodes run ritual {n} h without error", "en", "hours"),
    ("{c} nodes run {n} hours without error", "en", "hours"),
    ("Run {n} h without error", "en", "hours"),
    ("{c} replicas serve traffic {n} days without downtime", "en", "days"),
    ("Funcionar {n} horas sin errores", "es", "hours"),
    ("Rodar {n} horas sem falhas", "pt", "hours"),
    ("Le service tourne {n} heures sans erreur", "fr", "hours"),
    ("Il sistema funziona {n} giorni senza errori", "it", "days"),
    ("Das System läuft {n} Stunden ohne Fehler", "de", "hours"),
    ("{c} nodes run {n} consecutive days", "en", "days"),
)


def held_variants() -> list[Phrasing]:
    """Return "Five simulated nodes run ritual 48 h without error": stay above 48 hours."""
    return [
        Phrasing(shape.format(n=n, c=3), lang, "held duration", "stay_above", None, n, None, unit)
        for (shape, lang, unit), n in product(HELD, (24, 48))
    ]


# ---------------------------------------------------------------------------------------------
# 5. None of the items, a bound in brackets saying which items count: zero of them.

NONE_OF = (
    ("Eliminate all unbounded or long-running tasks (>{n} minutes)", "en", "tasks"),
    ("Eliminate all slow queries (> {n} s)", "en", "queries"),
    ("Eliminate any stale tickets (>{n} days)", "en", "tickets"),
    ("Zero slow API calls (>{n} ms)", "en", "calls"),
    ("No stale pull requests (>{n} days)", "en", "requests"),
    ("Prevent any outages (>{n} minutes)", "en", "outages"),
    ("Zero incidentes críticos (>{n} horas)", "pt", "incidentes"),
    ("Zero falhas críticas (>{n} minutos)", "pt", "falhas"),
    ("Cero tickets abiertos (>{n} días)", "es", "tickets"),
    ("Zero incidenti critici (>{n} ore)", "it", None),
)


def none_of_variants() -> list[Phrasing]:
    """Return "Eliminate all long-running tasks (>10 minutes)": stay below 0 tasks."""
    return [
        Phrasing(shape.format(n=n), lang, "none with a bound", "stay_below", None, 0, None, unit)
        for (shape, lang, unit), n in product(NONE_OF, (2, 30))
    ]


# ---------------------------------------------------------------------------------------------
# 6. A race named by its distance: no value.

RACES = (
    ("Complete a {n}K race", "en"),
    ("Run a {n}k", "en"),
    ("Finish my first {n}K run", "en"),
    ("Complete a {n}K race - Target: Aug 30, 2025", "en"),
    ("Correr una carrera de {n}K", "es"),
    ("Completar uma corrida de {n}K", "pt"),
    ("Courir un {n}K", "fr"),
    ("Terminare una gara di {n}K", "it"),
)


def race_variants() -> list[Phrasing]:
    """Return "Complete a 10K race": the race's name, no direction and no value."""
    races = [
        Phrasing(shape.format(n=n), lang, "race name", None)
        for (shape, lang), n in product(RACES, (5, 10))
    ]
    timed = "Run a 10K in under 50 minutes"  # the race named, its time the value
    return races + [Phrasing(timed, "en", "race name", "stay_below", None, 50, None, "minutes")]


# ---------------------------------------------------------------------------------------------
# 7. Several clauses: the first clause's target, not a later clause's change "by N".

CLAUSES = (
    ("启动耗时降低至{n}秒，资源减少30%", "zh", DECREASE, "seconds"),
    ("模块具备热部署启动耗时降低至 {n} 秒级，多模块具备合并部署资源减少 30%，同时让用户需求交付效率提升 50%。", "zh", DECREASE, "seconds"),
    ("Cut startup time to {n} seconds, reduce resource use by 30%", "en", DECREASE, "seconds"),
    ("Grow weekly signups to {n}, and lift activation by 5 points", "en", INCREASE, None),
    ("Reduzir o tempo de resposta para {n} horas, e os custos em 20%", "pt", DECREASE, "hours"),
    ("Reducir el tiempo de respuesta a {n} horas, y los costos en un 20%", "es", DECREASE, "hours"),
    ("Réduire le temps de réponse à {n} heures, et les coûts de 20 %", "fr", DECREASE, "hours"),
    ("Die Antwortzeit auf {n} Stunden senken, die Kosten um 20% senken", "de", DECREASE, "hours"),
)  # fmt: skip


def clause_variants() -> list[Phrasing]:
    """Return "启动耗时降低至10秒，资源减少30%": the first clause's target, 10 seconds."""
    clauses = [
        Phrasing(shape.format(n=n), lang, "first clause", way, None, n, None, unit)
        for (shape, lang, way, unit), n in product(CLAUSES, (2, 10))
    ]
    means = "Reduce churn to 2%, by cutting onboarding time by 30%"  # the means' own change
    return clauses + [Phrasing(means, "en", "first clause", DECREASE, None, 2, None, "%")]


def twenty_fourth_round_phrasings() -> list[Phrasing]:
    """Return every twenty-fourth-round family's phrasings."""
    return (
        change_noun_variants()
        + plural_variants()
        + wish_variants()
        + held_variants()
        + none_of_variants()
        + race_variants()
        + clause_variants()
    )


# ---------------------------------------------------------------------------------------------
# Near misses: a noun that is no change, a target after a noun of change, a singular ending in
# "men", Chinese verbs that build or optimise, a clause's "使" with its own number.

NEAR_MISSES = (
    Phrasing("la note moyenne de 4,5", "fr", "near miss", INCREASE, None, 4.5),
    Phrasing("le nombre de clients à 500", "fr", "near miss", INCREASE, None, 500),
    Phrasing("l'augmentation du nombre de clients à 500", "fr", "near miss", INCREASE, None, 500),
    Phrasing("la croissance du chiffre d'affaires de 100 000 € à 150 000 €", "fr", "near miss", INCREASE, 100000, 150000, None, "€"),
    Phrasing("la hausse des ventes jusqu'à 20%", "fr", "near miss", INCREASE, None, 20, None, "%"),
    Phrasing("Augmenter le score NPS de 10 points", "fr", "near miss", INCREASE, None, None, {"amount": 10, "relative": False}, "points"),
    Phrasing("El sistema de cupones está disponible para el 60% de los usuarios", "es", "near miss", INCREASE, None, 60, None, "%"),
    Phrasing("Die Anzahl der aktiven Mitglieder pro Woche steigt von 0 auf 24.", "de", "near miss", INCREASE, 0, 24),
    Phrasing("die Erhöhung der durchschnittlichen Anzahl von Interaktionen pro Beitrag", "de", "near miss", INCREASE),
    Phrasing("The increase of NPS by 10 points", "en", "near miss", INCREASE, None, None, {"amount": 10, "relative": False}, "points"),
    Phrasing("Hire 5 people", "en", "near miss", INCREASE, None, 5, None, "people"),
    Phrasing("Hire 10 staff", "en", "near miss", INCREASE, None, 10, None, "staff"),
    Phrasing("Hire 2 sales people", "en", "near miss", INCREASE, None, 2, None, "sales people"),
    Phrasing("Collect 30 specimen", "en", "near miss", INCREASE, None, 30),
    Phrasing("Run 5 workshops without external help", "en", "near miss", INCREASE, None, 5, None, "workshops"),
    Phrasing("Ship 3 releases in 2 weeks without regressions", "en", "near miss", INCREASE, None, 3, None, "releases"),
    Phrasing("Onboard 10 clients in 30 days without churn", "en", "near miss", INCREASE, None, 10, None, "clients"),
    Phrasing("Run 48 h load test", "en", "near miss", INCREASE, None, 48),
    Phrasing("Reduce long-running tasks (>10 minutes) to 5", "en", "near miss", DECREASE, None, 5),
    Phrasing("No more than 5 incidents (>1 hour)", "en", "near miss", "stay_below", None, 5, None, "incidents"),
    Phrasing("Zero P0 incidents (site down > 30 min, payment double-charge, oversell) in launch quarter", "en", "near miss", "stay_below", None, 0, None, "incidents"),
    Phrasing("Participant reach (Target: 10,000+)", "en", "near miss", "stay_above", None, 10000),
    Phrasing("Raise a 10K seed round", "en", "near miss", INCREASE, None, 10000),
    Phrasing("Reach 10K users", "en", "near miss", INCREASE, None, 10000, None, "users"),
    Phrasing("Sell 5K tickets for the race", "en", "near miss", INCREASE, None, 5000, None, "tickets"),
    Phrasing("Complete 4 marathons this year", "en", "near miss", INCREASE, None, 4, None, "marathons"),
    Phrasing("Increase weekly active teams from 1,250 to 2,000 by 2027", "en", "near miss", INCREASE, 1250, 2000),
    Phrasing("Reduce support costs by 20%, keeping CSAT at 90%", "en", "near miss", DECREASE, None, None, {"amount": 20, "relative": True}),
    Phrasing("优化获客渠道ROI", "zh", "near miss", None),
    Phrasing("加强整体数据基础设施建设，尤其是外部和第三方数据系统", "zh", "near miss", None),
    Phrasing("加强品牌建设", "zh", "near miss", None),
    Phrasing("简化TWAP运维流程", "zh", "near miss", None),
    Phrasing("建立培训体系，改进团队能力", "zh", "near miss", None),
    Phrasing("让用户满意", "zh", "near miss", None),
    Phrasing("使用新的营销工具", "zh", "near miss", None),
    Phrasing("改善客户满意度至90%", "zh", "near miss", INCREASE, None, 90, None, "%"),
    Phrasing("通过广告动图，使广告点击率提升10%", "zh", "near miss", INCREASE, None, None, {"amount": 10, "relative": True}),
)  # fmt: skip


def near_misses() -> list[Phrasing]:
    """Return sentences the twenty-fourth-round rules must read as before."""
    return list(NEAR_MISSES)

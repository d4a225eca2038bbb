"""Tenth-round families of composed key results (issue 15), labels known by construction.

Not shipped: a test-side generator, as tests/text/key_result_phrasings.py. Each family is a
cause of the round-8 misses (docs/plaintext.md, "Tenth round"); its labels follow from the
conventions of docs/plaintext.md, never from what the parser answers:

- a cadence, "every N weeks" (also "alle 2 Wochen", "cada 2 semanas", "toutes les 2
  semaines", "ogni 2 settimane", "每 10 分钟"): when the work happens, never a value;
- "with no critical findings" is "with zero critical findings": stay below 0 findings;
- "in 95% of cases" qualifies a bound stated against "the target": stay below / above, no value;
- "Interview 25 customers about pricing": the noun after the number is counted, not the topic;
- "Spend 5 hours a week on learning": time given to work goes up;
- "within the first 2 releases": a deadline, never a value;
- "3x exercise sessions per week": a count of times before a plural and a rate counts the
  plural (sessions), it is no factor;
- "Meet 99.9% availability SLO": meeting a service objective holds a level (stay above; stay
  below for a lower-is-better measure such as latency).
"""

from __future__ import annotations

from itertools import product

from tests.text.key_result_phrasings import ABOVE, BELOW, INCREASE, Phrasing

_WORD_NUMBERS = {2: "two", 3: "three", 4: "four", 6: "six"}

# Cadences: (template, {n} the count, {p} the period in the language), periods per language.
CADENCES = {
    "en": (
        ["Write a post every {n} {p}", "Run a backup every {n} {p}", "Hold a retro every {n} {p}"],
        {"weeks": "weeks", "days": "days", "minutes": "minutes", "months": "months"},
    ),
    "de": (
        ["Einen Blogartikel alle {n} {p} veröffentlichen", "Alle {n} {p} ein Backup durchführen"],
        {"weeks": "Wochen", "days": "Tage", "months": "Monate"},
    ),
    "es": (
        ["Publicar un artículo cada {n} {p}", "Hacer una copia de seguridad cada {n} {p}"],
        {"weeks": "semanas", "days": "días", "months": "meses"},
    ),
    "pt": (
        ["Publicar um artigo a cada {n} {p}", "Realizar um backup a cada {n} {p}"],
        {"weeks": "semanas", "days": "dias", "months": "meses"},
    ),
    "fr": (
        ["Publier un article toutes les {n} {p}", "Faire une sauvegarde toutes les {n} {p}"],
        {"weeks": "semaines", "days": "jours", "months": "mois"},
    ),
    "it": (
        ["Pubblicare un articolo ogni {n} {p}", "Realizzare un backup ogni {n} {p}"],
        {"weeks": "settimane", "days": "giorni", "months": "mesi"},
    ),
    "zh": (
        ["每 {n} {p} 执行一次备份任务", "每{n}{p}发布一篇文章"],
        {"weeks": "周", "minutes": "分钟", "days": "天"},
    ),
}


def cadence_variants() -> list[Phrasing]:
    """Return an activity done every N periods, in seven languages: no value at all."""
    out = []
    for code, (templates, periods) in CADENCES.items():
        for template, (period, word), n in product(templates, periods.items(), (2, 3, 10)):
            text = template.format(n=n, p=word)
            out.append(Phrasing(text, code, f"cadence_{period}", None))
            if code == "en" and n in _WORD_NUMBERS:
                text = template.format(n=_WORD_NUMBERS[n], p=word)
                out.append(Phrasing(text, code, f"cadence_{period}_word", None))
    return out


def counted_cadence_variants() -> list[Phrasing]:
    """Return "Publish 3 posts every 2 weeks": the count is the value, the cadence is not."""
    out = []
    for verb, noun, n, every in product(
        ("Publish", "Ship", "Write"), ("posts", "videos", "case studies"), (3, 12), (2, "two")
    ):
        text = f"{verb} {n} {noun} every {every} weeks"
        out.append(Phrasing(text, "en", "counted_cadence", INCREASE, None, n, None, noun))
    return out


def without_variants() -> list[Phrasing]:
    """Return "Pass X with no Y": none of Y, as "with zero Y" (stay below 0 Y)."""
    out = []
    for verb, work, adjective, noun in product(
        ("Pass", "Complete", "Ship"),
        ("the security audit", "internal security review", "the v2 release"),
        ("critical ", "high-severity ", ""),
        ("findings", "vulnerabilities", "regressions", "blockers"),
    ):
        text = f"{verb} {work} with no {adjective}{noun}"
        out.append(Phrasing(text, "en", "with_no", BELOW, None, 0, None, noun))
    return out


# "in 95% of cases" qualifies a bound against the target, per language: (below, above).
SHARE_OF_CASES = {
    "en": (
        "{m} is under the target in {n}% of cases",
        "{m} is above the target in {n}% of cases",
        ("Page load time", "Time to first token", "Generation speed"),
    ),
    "de": (
        "{m} liegt in {n}% der Fälle unter den Zielwerten",
        "{m} liegt in {n}% der Fälle über den Zielwerten",
        ("Die Ladezeit", "Die Zeit bis zum ersten Token", "Die Generierungsgeschwindigkeit"),
    ),
}


def share_of_cases_variants() -> list[Phrasing]:
    """Return a bound against the target held in N% of cases: a direction, no value."""
    out = []
    for code, (below, above, metrics) in SHARE_OF_CASES.items():
        for metric, n in product(metrics, (90, 95, 99)):
            out.append(Phrasing(below.format(m=metric, n=n), code, "share_of_cases", BELOW))
            out.append(Phrasing(above.format(m=metric, n=n), code, "share_of_cases", ABOVE))
    return out


def about_variants() -> list[Phrasing]:
    """Return "Interview 25 customers about pricing": the noun after the number counts."""
    out = []
    for verb, (noun, unit), topic, n in product(
        ("Interview", "Survey", "Call"),
        (("customers", "customers"), ("team members", "members"), ("churned users", "users")),
        ("agile adoption challenges", "product needs and pain points", "pricing plans"),
        (15, 25),
    ):
        text = f"{verb} {n} {noun} about {topic}"
        out.append(Phrasing(text, "en", "about", INCREASE, None, n, None, unit))
    return out


def time_given_variants() -> list[Phrasing]:
    """Return "Spend 5 hours a week on learning": time given to work goes up."""
    out = []
    for verb, (amount, unit), rate, work in product(
        ("Spend", "Invest", "Dedicate"),
        (("1hr", "hours"), ("5 hours", "hours"), ("30 minutes", "minutes")),
        ("every week", "a week", "per day"),
        ("on personal projects", "on deep work"),
    ):
        text = f"{verb} {amount} {rate} {work}"
        value = float(amount.rstrip("hr").split()[0])
        out.append(Phrasing(text, "en", "time_given", INCREASE, None, value, None, unit))
    return out


def first_releases_variants() -> list[Phrasing]:
    """Return "Ship X within the first 2 releases": a deadline, never a value."""
    out = []
    for work, the, n, noun in product(
        ("Implement GDPR export/delete", "Ship SSO"),
        ("", "the "),
        (2, "two", 3),
        ("releases", "iterations", "versions"),
    ):
        out.append(Phrasing(f"{work} within {the}first {n} {noun}", "en", "first_releases", None))
    return out


def times_counted_variants() -> list[Phrasing]:
    """Return "3x exercise sessions per week": N sessions, not a factor."""
    out = []
    for lead, n, mark, (noun, unit), rate in product(
        ("", "Do ", "Run "),
        (2, 3, 4),
        ("x", "×"),
        (("exercise sessions", "sessions"), ("gym sessions", "sessions"), ("workouts", "workouts")),
        ("per week", "a week", "every week"),
    ):
        text = f"{lead}{n}{mark} {noun} {rate}"
        out.append(Phrasing(text, "en", "times_counted", INCREASE, None, n, None, unit))
    return out


def meet_objective_variants() -> list[Phrasing]:
    """Return "Meet 99.9% availability SLO": a level to hold."""
    out = []
    for verb, n, metric, objective in product(
        ("Meet", "Uphold"), (99.5, 99.9, 99.95), ("availability", "uptime"), ("SLO", "SLA")
    ):
        text = f"{verb} {n}% {metric} {objective}"
        out.append(Phrasing(text, "en", "meet_objective", ABOVE, None, n, None, "%"))
    for n in (200, 300):
        text = f"Meet the p95 latency SLO of {n}ms"
        out.append(Phrasing(text, "en", "meet_objective", BELOW, None, n, None, "ms"))
    return out


def growth_rate_variants() -> list[Phrasing]:
    """Return "Achieve 20% month-over-month growth": the target growth rate, in %."""
    out = []
    for verb, n, period in product(
        ("Achieve", "Reach", "Hit"),
        (5, 12.5, 20),
        ("month-over-month", "month over month", "MoM", "year-over-year", "week-over-week"),
    ):
        text = f"{verb} {n}% {period} growth"
        out.append(Phrasing(text, "en", "growth_rate", INCREASE, None, n, None, "%"))
    return out


def verb_noun_variants() -> list[Phrasing]:
    """Return "Publish at least one data set per team": stay above 1, the head's plural."""
    out = []
    for verb, (noun, unit), scope in product(
        ("Publish", "Deliver", "Have"),
        (("data set", "sets"), ("status update", "updates"), ("test plan", "plans"),
         ("design review", "reviews")),
        (" per team", " per sprint", ""),
    ):  # fmt: skip
        text = f"{verb} at least one {noun}{scope}"
        out.append(Phrasing(text, "en", "verb_noun", ABOVE, None, 1, None, unit))
    return out


def tenth_round_phrasings() -> list[Phrasing]:
    """Return every tenth-round family."""
    return (
        cadence_variants()
        + counted_cadence_variants()
        + without_variants()
        + share_of_cases_variants()
        + about_variants()
        + time_given_variants()
        + first_releases_variants()
        + times_counted_variants()
        + meet_objective_variants()
        + growth_rate_variants()
        + verb_noun_variants()
    )

"""What a key result measures: a result (a rate, money, a baseline, a change) or a count of outputs.

The coach's wording rules (`cairn.coach.wording`) ask these questions of the parser's reading:
`has_outcome_measure` (a measure of a result, so not an activity however it is worded),
`counted` (the value counts things, not a rate or a sum), `more_outputs` (more of the team's own
outputs: "Publish 8 posts a month, up from 4"), `compared` (measured against a named baseline).
"""

from __future__ import annotations

import re

from cairn.coach import any_language
from cairn.coach.shares import capable, part_of_whole
from cairn.coach.work_rules import RESULT_AFTER_ALL
from cairn.text import lexicon as lx
from cairn.text.key_result_parser import ParsedKeyResult, leading_verb
from cairn.text.languages import counts_by_case, localise

# Things made or held that a count without a verb names as work: "4 speaking engagements".
OUTPUT_NOUNS = frozenset(
    [
        "engagements", "talks", "workshops", "meetups", "demos", "webinars", "events", "posts",
        "articles", "videos", "courses", "releases", "features", "tutorials", "guides",
        "presentations", "campaigns", "experiments", "prototypes", "integrations", "pilots",
        "conferences", "hackathons", "trainings", "newsletters", "episodes", "studies",
        "interviews", "entries", "pieces",  # "Publish 12 long-form pieces (currently 4)"
        "paintings", "drawings", "sketches", "essays", "poems", "songs",  # "One painting a week"
    ]
)  # fmt: skip

_OUTCOME_CLAUSE = re.compile(
    r"\b(?:so that|resulting in|leading to|in order to|to (?:reach|hit|achieve|increase|grow"
    r"|raise|reduce|cut|lift|lower|drive|improve)|that (?:increases?|reduces?|grows?|cuts?"
    r"|lifts?|raises?|lowers?|drives?|improves?))\b",
    re.IGNORECASE,
)
_MEASURE_UNITS = frozenset({"%", "points", "bps", "stars", "x", *lx.TIME_UNITS.values()})
# "to reduce drift" is a purpose; "to reach 500 sign-ups" states the result it measures.
_PURPOSE = re.compile(
    r"\bto (?:reach|hit|achieve|increase|grow|raise|reduce|cut|lift|lower|drive|improve)\b", re.I
)
# "x% opt-in rate", "from X to Y": the writer means a measure and has not filled it in yet.
_UNIT_AFTER = r"(?: ?(?:%|ms|s|sec|min|mins|h|hrs?|d|days?|k|m))?"
_PLACEHOLDER = re.compile(
    rf"(?<![\w])(?:[xXyYnN] ?%|from [XYN]{_UNIT_AFTER} to [XYN]{_UNIT_AFTER}\b)"
)  # also "from Xmin to Ymin", "from X days to Y days"
# "as fast as simple text", "faster … than those they replaced": a target relative to a baseline.
_COMPARED = re.compile(
    r"\b(?:as \w+ as|(?<!rather )than|compared (?:to|with)|on par with)\b", re.IGNORECASE
)


def counted(parsed: ParsedKeyResult) -> bool:
    """Return True when the value counts things ("12 meetups", "2 PRs"), not a rate or sum."""
    unit = parsed.unit
    if unit is None and parsed.target is not None and counts_by_case(parsed.text):
        # "en az 3 öneri sunmak", "провести 5 воркшопов": work counted by an inflected noun
        return leading_verb(parsed.text) in lx.ACTIVITY_VERBS
    if unit is None or unit in _MEASURE_UNITS or unit.isupper() or not unit[0].isalpha():
        return False
    return unit.lower() not in lx.CURRENCY_WORDS


def more_outputs(parsed: ParsedKeyResult) -> bool:
    """Return True for more of the team's own outputs: "Publish 8 posts a month, up from 4"."""
    if parsed.direction != "increase" or parsed.unit and not counted(parsed):
        return False  # "sign-ups from webinars from 10% to 20%" is a rate, not output
    named = (parsed.unit or "").lower(), head_noun(parsed.metric)  # "the number of webinars"
    if named[0] == "times" and leading_verb(localise(parsed.text)) in lx.ACTIVITY_VERBS:
        return True  # "Deploy to production 50+ times (current: 20)": the work, done more often
    return any(noun in OUTPUT_NOUNS for noun in named)


_COUNT_OF = re.compile(r"^(?:the\s+)?(?:number|#|count|amount)\s+of\s+", re.IGNORECASE)
_PREPOSITION = re.compile(r"\s+(?:of|from|for|in|on|at|by|with|to|per|through|via)\s+", re.I)


def head_noun(metric: str | None) -> str:
    """Return the noun a metric names: "webinars" in "the number of webinars per quarter",
    "revenue" in "revenue from events"."""
    phrase = _PREPOSITION.split(_COUNT_OF.sub("", metric or ""), maxsplit=1)[0]
    words = phrase.lower().split()
    return words[-1] if words else ""


# A mass after a figure measures the writer's body or lift, a result (thirty-second round): "Lose
# 5 kg", "Weigh 75 kg by June", "Perder 5 kilos", "Schudnąć 5 kg", "5 Kilo abnehmen", "Squat
# 100 kg"; a mass of things handled stays a count of work ("Collect 200 kg of litter", "Envoyer
# 500 kg de dons"), unless what follows is the body's own ("5 kg of body fat").
_MASS = re.compile(
    r"\d\s?(?:kgs?|kilos?|kilo(?:gram(?:s|os|mes|mi)?)?|quilos?|lbs?)(?![A-Za-zÀ-ÿ])"  # "65kgにする"
    r"(?!\s+(?:(?:of|de|di|van|von)\s+|d'(?!ici\b))(?=\S)"
    r"(?!body\b|fat\b|grasa\b|gordura\b|graisse\b|peso\b))",
    re.IGNORECASE,
)


# A race and a time written as a clock, h:mm or mm:ss (thirty-second round): "Half marathon in
# 1:45", "Maratón en 3:59", "10 km unter 45:00", "Halbmarathon in 1:59:00": a time to beat, a
# result, as "Run a marathon in under 4 hours" is. A race alone is the writer's own doing ("Run a
# half marathon"), and a clock time is no race ("Daily stand-up at 9:30").
_RACE_TIME = re.compile(
    r"\b(?:(?:half[- ]|halb|semi[- ]?|medio\s|meia[- ]|mezza\s|halve\s|pół)?mara(?:thon|tón|tona|ton)"
    r"|triathlon|ironman|\d+\s?k(?:m)?|\d+\s?miles?)\b[^:\d]{0,24}?"
    r"\b(?:in|en|em|under|below|sub|unter|onder|poniżej|w|sotto)\s+\d{1,2}:\d{2}(?::\d{2})?\b",
    re.IGNORECASE,
)


def race_time(text: str) -> bool:
    """Return True for a race to run within a time written as a clock ("Half marathon in 1:45")."""
    return ":" in text and _RACE_TIME.search(text) is not None


def body_mass(text: str) -> bool:
    """Return True when a figure is a mass of the writer's body or lift, not of things handled."""
    return ("k" in text or "K" in text or "lb" in text or "q" in text) and bool(_MASS.search(text))


# The writer's debts paid off (after the first run of round 35): "Todas las deudas pagadas antes
# del 31 de julio 2026" (round 35), as "Pay off $20,000 in student loan debt." (round 24) is an
# outcome: "All debts paid off by July", "Todas as dívidas quitadas até julho", "Pagar todas las
# deudas antes de julio", "Alle Schulden abbezahlt". Technical debt is the team's own work ("Pay
# down tech debt in the billing module"), and a plan or a tracker for debts is a deliverable
# ("Create a debt repayment plan"): neither is read here.
_DEBT = r"(?:debts?|deudas?|dívidas?|dividas?|dettes?|schulden|loans?|préstamos?|empréstimos?)"
_DEBTS_PAID = re.compile(
    r"^(?:(?:pay|paying)\s+(?:off|down)|pagar|saldar|quitar|liquidar|rembourser|abbezahlen|tilgen"
    r"|clear)\s+(?:(?:all|todas|todos|toutes|alle|the|my|our|mis|nuestras|minhas|nossas|mes|nos"
    r"|meine|unsere|las|as|les|de|of|in|en|\$?[\d.,]+\s*(?:€|\$|k|mil|reais)?)\s+){0,4}"
    r"(?:[\w-]+\s+){0,3}?" + _DEBT + r"(?!\w)"
    r"|^(?:(?:all|todas|todos|toutes|alle|the|my|our|mis|nuestras|minhas|nossas|mes|nos|meine"
    r"|unsere|las|as|les)\s+){0,2}(?:[\w-]+\s+){0,2}?" + _DEBT + r"\s+(?:[\w-]+\s+){0,2}?"
    r"(?:paid(?:\s+off)?|pagad[oa]s?|saldad[oa]s?|quitad[oa]s?|liquidad[oa]s?|remboursée?s?"
    r"|abbezahlt|getilgt|cleared)(?!\w)",
    re.IGNORECASE,
)
_TECH_DEBT = re.compile(r"tech|técnica|tecnica|technique|technische", re.IGNORECASE)


def debts_paid(text: str) -> bool:
    """Return True for the writer's debts paid off ("Todas las deudas pagadas antes de …")."""
    return _DEBTS_PAID.search(text) is not None and _TECH_DEBT.search(text) is None


@RESULT_AFTER_ALL.rule("own body measured")
def _own_body_rule(written: str, verb: str | None) -> bool:
    """ "Lose 5 kg", "Pesar 70 kg", "Half marathon in 1:45": the writer's body or race time."""
    return body_mass(written) or race_time(written)


@RESULT_AFTER_ALL.rule("debts paid")
def _debts_paid_rule(written: str, verb: str | None) -> bool:
    """ "Todas las deudas pagadas antes del 31 de julio 2026", "All debts paid off by July"."""
    return debts_paid(written)


def has_outcome_measure(text: str, parsed: ParsedKeyResult) -> bool:
    """Return True when the sentence measures a result: a baseline, change, rate or money.

    A floor on a count of work is not one: "Certify at least 80 staff" is still an activity.
    """
    if parsed.change is not None or parsed.start is not None and parsed.direction is not None:
        return True  # a current value alone ("Fix the bugs (currently 300)") is context, no aim
    if parsed.unit and not counted(parsed):
        return True  # %, a duration or a currency measures a result; "workshops" counts work
    if parsed.direction == "stay_below":
        return True  # a limit ("No PRs merged after code freeze") is a result to keep
    if parsed.direction == "stay_above" and not counted(parsed):
        # "Organizzare almeno 6 meetup": a floor on a count of work is no level to hold
        return parsed.unit is not None or not any_language.floor_on_work(parsed.text, text)
    if _PLACEHOLDER.search(text) or _COMPARED.search(text) and not parsed.measurable:
        return True
    if part_of_whole(text) and leading_verb(text) not in lx.ALL_VERBS or capable(text):
        return True  # "Across the last 10 PRs, ≥8 had no bugs", "X is capable of running 8 …"
    clause = _OUTCOME_CLAUSE.search(text)
    if clause and _PURPOSE.match(text, clause.start()):
        return any(ch.isdigit() for ch in text[clause.start() :])
    return clause is not None


def compared(text: str) -> bool:
    """Return True when the sentence measures against a named baseline ("than last year")."""
    return _COMPARED.search(text) is not None

"""Set apart what a key result says beside its measure, before the values are read.

Real key results carry asides: a baseline in parentheses ("Reach 80 weekly users (up from
15)"), a restatement ("Increase ARR from $12M to $18M (+50%)"), a qualifier ("have 15 repeat
(3+ times) customers"), a label ("Ticket volume: reduce …"), a second sentence ("Add 3 pages.
At least two of which are mobile.") or a far goal (", towards a goal of less than 4 seconds").
`prepare` returns the text whose values count, the baseline an aside states, and notes on
what was set apart when the reading is a guess.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from functools import lru_cache

from cairn.text import lexicon as lx
from cairn.text.change_nouns import noun_as_verb, romance_noun_as_verb
from cairn.text.comparison_clauses import signed_money, without_comparison
from cairn.text.counted_times import counted_times
from cairn.text.factor_phrases import nordic_factor
from cairn.text.floor_words import romance_floors
from cairn.text.frequencies import frequency_as_times
from cairn.text.goal_lead_ins import without_goal_lead_in
from cairn.text.hyphen_bounds import spaced_bounds, sub_bounds
from cairn.text.language_words import BASELINE_WORDS
from cairn.text.languages import language_of, localise_as
from cairn.text.none_qualifiers import qualifies_none
from cairn.text.nordic_words import nordic_bounds
from cairn.text.numeric_dates import without_numeric_dates
from cairn.text.percentage_points import points_as_pp
from cairn.text.score_pairs import one_scale
from cairn.text.stated_targets import stated_target
from cairn.text.tokens import WIDE_SIGNS, normalise, tokenize
from cairn.text.two_unit_durations import one_unit_durations, unit_after_number

_NUMBER = r"[-+]?[$€£]?\d[\d,.]*\s?(?:%|[kmb]\b|x\b)?"
_DIGIT = re.compile(r"\d")
_VALUE_DIGIT = re.compile(r"\d(?!\d*(?:st|nd|rd|th)\b)")  # not an ordinal: "1st", "22nd"
_BOUNDED_FIRST = re.compile(r"(?:≥|>=|at least )\s*[$€£]?\d|[$€£]?\d[\d,.]*\s*[kKmMbB]?\+")
# After the first run of round 37: a floor and a number word opening an aside ("(at least three
# new issuers)"), the sentence outside with no number: the aside's bounded count, as with digits
_BOUNDED_WORD = re.compile(
    r"(?:at least|minimum(?: of)?)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty)\s+[a-z]",
    re.IGNORECASE,
)
_PAREN = re.compile(r"\s*\(([^()]*)\)")
_BRACKET = re.compile(r"\[([^\[\]]*)\]")
# "(up from 15)", "(currently 17)", "(from 41)", "(baseline: 32,000 in Q4)", "(was 40%)"
# "(current: 2/quarter)": a rate after the number. "(текущий: 35)": BASELINE_WORDS.
# The number may carry a currency code before it ("EUR 12B"), a unit glued after it ("12ms",
# "40h") and, in Turkish, the percent sign before it ("%17").
_BASELINE = re.compile(
    # after the fixes of rounds 35 and 36: "(starting from 145)", as "(from 145)"
    rf"^(?:(?:up|down)\s+from|starting\s+from|from|currently|current|baseline|today|now|was|vs\.?|versus"
    rf"|{BASELINE_WORDS})\s*(?:[:：]\s*)?"  # one way to split the spaces (linear)
    r"(?:(?:为|為|是|新增|已有|已经|已經|已)\s*)?"  # twenty-fifth round: "（当前新增 1）", "（目前为 3）"
    rf"(?:the\s+current\s+|a\s+baseline\s+of\s+)?(?:about\s+|around\s+|approx\.?\s+|roughly\s+)?"
    r"(?:averaging\s+|an\s+average\s+of\s+)?"  # "(currently averaging 4/quarter)": fifteenth round
    # thirty-second round: "(actual: 30.000 €)", "(atual: R$ 50.000)": a currency after the
    # number or "R$" before it, as the key result writes its own value; "(actuellement 30 000 €)"
    rf"(?P<num>(?:(?-i:[A-Z]{{3}})\s?|%|R\$\s?)?(?:\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}}){{1,4}}"
    rf"|{_NUMBER}(?<!\s)(?:[^\W\d_]+\b)?)(?:\s[€£¥])?)"
    r"(?:\s?/\s?\w+)?"
    r"(?:\s?[-–]\s?\d[\d.,]*%?)?"  # "(vs 40-50 atual)": a range, read as its first number
    # twenty-second round: a word with an apostrophe ("(vs 30% aujourd’hui)", round 19)
    r"(?:\s+(?:/\s*)?\w+(?:['’]\w+)*)*"
    # fifteenth round: "(currently 61%, weighed by inference cost)": a note after a comma
    r"(?:,[^()]*)?$",
    re.IGNORECASE,
)
# After the first run of round 37: another language's "from" and a number alone in the aside
# ("300k usuários ativos (de 200k)", as "(from 200k)"); a word after the number ("(de 20
# planejados)": of 20 planned) or a second number ("(de 14 dias para 7 dias)") is no start.
_BARE_FROM = re.compile(rf"^(?:de|da|dal|del|von|van|dari)\s+(?P<num>{_NUMBER}(?<!\s))$", re.I)
# Twentieth round: a baseline in a last clause after a comma, when a value comes before it
# ("通过率提升至85%,当前值为78%", "20% deals, turun dari 80%", "Reach 85%, currently 78%"): only
# after a word of "current" or "down/up from" ("…, from 3 regions" names which items count).
_TRAILING = re.compile(
    r"[,，]\s*(?:currently|current|(?:up|down)\s+from|当前值为|当前值|当前为|当前|目前为|目前"
    r"|turun\s+dari|naik\s+dari|saat\s+ini)\s*[:：]?\s*"
    rf"(?P<num>{_NUMBER})\s*[.。]?\s*$",
    re.IGNORECASE,
)
# "Target: 10,000+" inside a parenthesis that holds the only value of the key result.
_TARGET_LABEL = re.compile(r"^(?:target|goal|aim)\s*:\s*", re.IGNORECASE)
# "Ticket volume [ASPIRATIONAL]: Reduce …" — a label before a sentence that starts with a word.
_LABEL = re.compile(r"^(?P<label>[A-Za-z][^:.!?\d]{0,60}):\s+(?=[A-Za-z])")
# "Zero oversells:", "No data loss:": a label that states a count of nothing is the measure.
_NONE_LABEL = re.compile(r"^(?:zero|no|none)\s", re.IGNORECASE)
# ", towards a goal of less than 4 seconds": a later goal, not the key result's own value.
_FAR_GOAL = re.compile(r",?\s+(?:towards|toward|with a view to)\s+(?:a|the|our)\s+goal\b.*$", re.I)
# "… within 5 minutes of expiry to keep storage below 2TB": a purpose, not the measure,
# when the words before it state a value of their own.
_PURPOSE = re.compile(
    r",?\s+(?:in order to|so as to|so that|to (?:keep|ensure|maintain|guarantee|stay))\b.*$",
    re.IGNORECASE,
)
# Nineteenth round: "Increase the share of work … — measured across four output types: …",
# "…, measured over 3 regions": how the key result is measured, after a break; no value.
_MEASURED_HOW = re.compile(
    r"\s*(?:[,;—–(]|\s-)\s*measured\s+(?:across|over|on|in|by|through|using)\b.*$", re.I
)
# A plural, then "of/with more than N <period>": the period qualifies the items counted.
_PERIOD_QUALIFIER = re.compile(
    r"(?<=[^\W\d_]s)\s+((?:de|of|con|com|with|di|avec)\s+(?:más de|mais de|plus de|più di"
    r"|more than|over|at least|al menos|pelo menos|au moins)\s+\d+(?:[.,]\d+)?\s*"
    r"(?:años?|anos?|ans?|anni|anno|years?|meses|mes|mês|months?|mois|mesi|días|dias"
    r"|days?|jours?|giorni|semanas?|weeks?|semaines?|settimane)\b)",
    re.IGNORECASE,
)
_PURPOSE_WORDS = re.compile(
    r"\b(?:in order to|so as to|so that|to keep|to ensure|to maintain|to guarantee|to stay)\b"
)
# Thirteenth round: "… vs 2025", "frente a 2024", "em relação a 2025": the year compared with,
# never a target (a year is a period's name, not the measure's value).
_VERSUS_YEAR = re.compile(
    r",?\s+(?:vs\.?|versus|frente a|em relação a|en relación (?:a|con)|compared (?:to|with))"
    r"\s+(?:(?:Q[1-4]|H[12]|FY)\s*)?(?:19|20)\d\d\b",
    re.IGNORECASE,
)
_VERSUS_WORDS = ("vs", "versus", "frente a", "relação a", "relación", "compared")
# ", including identifying up to three KPIs", ", e.g. hotfixes": detail after the measure.
_DETAIL = re.compile(r",?\s+(?:including|such as|e\.g\.|for example)\b.*$", re.IGNORECASE)
# "Viable conversation rate (3+ members within 24 hours)", "Mean agreement (tier ≥ 2)": a
# statistic named outside whose parenthesis says which items it counts, not its target.
_TARGET_WORD = re.compile(r"^\s*(?:target|goal|aim)\b", re.IGNORECASE)
_STATISTIC = re.compile(
    r"^(?:(?:mean|average|avg|median)\b.*|.*\b(?:rate|ratio|share|percentage|proportion))$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[a-z0-9%)\"'])\.\s+(?=[A-Z])")
_STRETCH = re.compile(r"^\s*(?:\(stretch(?: goal)?\)|stretch(?: goal)?\s*:)\s*", re.IGNORECASE)
# Seventeenth round: "Strive to reduce ten percent of …", "Aim to cut 10% of costs": an aim
# before the key result's own verb; the verb after "to" is read as the leading verb.
_AIM = re.compile(
    r"^\s*(?:strive|aim|try|seek|endeavou?r|aspire)\s+to\s+(?=(?P<verb>[a-z]+)\b)", re.IGNORECASE
)
# "from a 3 to a 1", "from the current 40%": the article or "current" before a value.
_BEFORE_VALUE = re.compile(
    r"\b(from|to) (?:an? |the |our )?(?:current |present |existing |baseline |today's )?"
    r"(?:level |value |rate )?(?:of )?(?=[-+$€£]?\d|(?-i:[A-Z]{3}) ?\d)",
    re.IGNORECASE,
)
# "twice as many", "by a factor of 2", "3 times as many": a multiple written in words.
_MULTIPLE_WORDS = [
    (re.compile(r"\btwice (?=as\b)", re.IGNORECASE), "2x "),
    (re.compile(r"\b(?:by )?a factor of (\d+(?:\.\d+)?)\b", re.IGNORECASE), r"by \1x"),
    (re.compile(r"\b(\d+(?:\.\d+)?) times (?=as\b|more\b)", re.IGNORECASE), r"\1x "),
    # "by a total of 10%": a change, as "by 10%"
    (re.compile(r"\bby a total of (?=[-+$€£]?\d)", re.IGNORECASE), "by "),
]
# a unit word may follow each number: "(from 14 days to 7 days)", "(de 14 dias para 7 dias)"
_FROM_TO = re.compile(
    rf"\bfrom\s+(?P<start>{_NUMBER}(?:\s?[^\W\d_]+)?)\s+to\s+(?:<|under|below|above|>)?\s*"
    rf"(?P<end>{_NUMBER}(?:\s?[^\W\d_]+)?)",
    re.I,
)


# "(0–1)", "(0.0-1.0)", "(1-5)", "(0–100)": the scale a score is given on.
_SCALE = re.compile(r"^[01](?:\.0+)?\s*[-–—]\s*(?:1|5|10|100)(?:\.0+)?$")
_APPROX = re.compile(r"(?<![^\s(:])~\s?(?=[-+$€£]?\d)")
_AND_A_HALF = re.compile(r"\b(\d+) and a half\b")
# "1m20s", "2h30m": one duration written in two units.
_COMPOUND_TIME = re.compile(r"\b(\d+)(h|m)(\d+)(m|s)\b")


def _seconds(match: re.Match) -> str:
    """Return "1m20s" as "80 seconds" and "2h30m" as "150 minutes"."""
    big, small = int(match.group(1)), int(match.group(3))
    return f"{big * 60 + small} {'minutes' if match.group(2) == 'h' else 'seconds'}"


@dataclass(frozen=True)
class Prepared:
    """The text whose values count, a baseline stated aside, and reading notes."""

    text: str
    baseline: str | None = None
    notes: tuple[str, ...] = field(default=())
    # An aside restating the key result from its baseline: "(reduce from 2.5% to <1%)".
    restated: tuple[str, str] | None = None


# Inline code holding a letter and a digit: an identifier or a setting, not a value to reach.
# Tenth round: "with no (critical) findings" reads as "with zero …", a count to stay at 0: only
# before a plural that ends the phrase ("with no downtime", "with no more than 3 …", "with no
# loss" are left as written).
_NOT_IN_PHRASE = r"(?!(?:more|less|fewer|than|longer|later|other|further|and|or|of|in|on|at|for|to|across|from|during|by|with)\b)"
_WITH_NO = re.compile(
    rf"\b(with)\s+no\s+(?=(?:{_NOT_IN_PHRASE}[\w-]+\s+){{0,2}}{_NOT_IN_PHRASE}[a-z-]*[^s\W]s"
    r"(?:\s*$|\s*[.,;]|\s+(?:in|on|at|during|for|by|within|across|from|before|after)\b))",
    re.IGNORECASE,
)
# Tenth round: "3x exercise sessions per week", "2x gym sessions a week": a count of times
# before a plural and a rate is a count of the plural, not a factor ("Grow sign-ups 3x",
# "2x pipeline coverage" are left as written).
_TIMES_COUNTED = re.compile(
    r"(?<![\w.])(\d+)\s?[x×]\s+(?=(?:[a-z-]+\s+){0,2}[a-z-]*[^s\W]s\s+"
    r"(?:per|a|an|each|every)\s+(?:day|week|month|sprint|quarter|year)\b)",
    re.IGNORECASE,
)
# … after work that passes or is done ("Pass", "Complete", "Ship" …), not after a finished
# state ("Launched …, with no regressions") nor a condition ("runs failing with no jobs")
_WORK_DONE = re.compile(
    r"^(?:pass|complete|ship|deliver|release|launch|finish|conduct|perform|execute|migrate"
    r"|deploy|clear)\b",
    re.IGNORECASE,
)


def _with_zero(match: re.Match) -> str:
    before = match.string[: match.start()]
    if "," in before or before.rstrip().lower().endswith("ing"):
        return match.group(0)
    return f"{match.group(1)} zero "


_CODE = re.compile(r"`([^`]*[A-Za-z][^`]*)`")


def _code_name(match: re.Match) -> str:
    """Return inline code as one word when it holds a digit: "T=1001" → "T_1001"."""
    code = match.group(1)
    if not _DIGIT.search(code):
        return match.group(0)
    return re.sub(r"[^\w.]+", "_", code.strip()).strip("_")


@lru_cache(maxsize=8192)
def prepare(text: str) -> Prepared:
    """Return the key result text with asides set apart (see the module docstring)."""
    notes: list[str] = []
    low = text.lower()
    main = _STRETCH.sub("", text) if "stretch" in low else text
    if " to " in low and (aim := _AIM.match(main)) and aim["verb"].lower() in lx.ALL_VERBS:
        main = main[aim.end() :]  # "Strive to reduce 10% of mistakes": reduce by 10%
    if "goal" in low or "meta" in low or "obje" in low or "obiet" in low or "aim" in low:
        main = without_goal_lead_in(main)  # "Nossa meta é ultrapassar 2.000 estrelas" (round 32)
    if "&" in main and ";" in main:  # "30.000&euro;", "R&amp;D", "&lt; 200ms": HTML entities
        main = html.unescape(main)
    if not main.isascii():  # "（当前17%）", "۲٫۵٪": wide parentheses, Persian and Arabic digits
        main = main.translate(WIDE_SIGNS)
    if main[:1] in "FfHhTt":  # "Fördubbla …", "Halvera …": Double, Halve
        main = nordic_factor(main)
    main = without_numeric_dates(main)  # "até 29/07", "by 7/29", "bis 29.07.": a deadline
    main = romance_floors(main)  # "em ao menos 5 atrativos": at least 5
    main = nordic_bounds(main)  # "minst 500", "från 5% till 3%": at least 500, from 5% to 3%
    if "t-" in low or "o-" in low:  # "at-least 20 tests", "no-less-than 90%": the bound spaced
        main = spaced_bounds(main)
    if "b-" in low:  # "sub-200ms", "sub-second": under
        main = sub_bounds(main)
    if " in " in low or " of " in low:  # "Reduction in Cyber-incidents": the noun as its verb
        main = noun_as_verb(main)
    if main[:1] in "BbRrDd":  # "Baisse du taux de …", "Redução de custos": the noun as its verb
        main = romance_noun_as_verb(main)
    if "+/" in main:  # "+/- 200ms": a tolerance band, as "±"
        main = re.sub(r"\+\s?/\s?[-−]\s?", "± ", main)
    if "~" in main:  # "by ~20%", "(from ~4h)": an approximate number is the number
        main = _APPROX.sub("", main)
    if "`" in main:  # "`T=1001`", "`waypoints_total = 5`": code, one name, no value
        main = _CODE.sub(_code_name, main)
    if "[" in main:
        main = _BRACKET.sub(lambda m: m.group(1) if _is_number(m.group(1)) else " ", main)
    restated, baseline = None, None
    # "— current 0 → target 3", "… ≥4 days/week → target 30 teams", "…older than 6 months:
    # above 92%": a baseline or a qualifier beside a target stated last (fifteenth round)
    if (":" in main or ">" in main or "→" in main) and (stated := stated_target(main)):
        main, baseline, note = stated
        notes += [note] if note else []
    if "(" in main:  # each step runs only when its sign is there: most sentences have none
        restated = _restatement(main)
        main, paren_baseline = _parentheses(main, notes)
        baseline = baseline or paren_baseline
    if baseline is None and ("," in main or "，" in main):
        main, baseline = _trailing_baseline(main)  # "…提升至85%,当前值为78%": a baseline
    if ". " in main:
        main = _first_sentence(main, notes)
    if any(word in low for word in _VERSUS_WORDS) and (versus := _VERSUS_YEAR.search(main)):
        notes.append(f"read '{versus.group().strip(' ,')}' as what is compared with — check")
        main = main[: versus.start()] + main[versus.end() :]
    if "quivalent" in main or "tương đương" in main or "相当于" in main or "equivale" in main:
        main = without_comparison(main)  # "— tương đương gấp đôi baseline ~15%": compared with
    if ("$" in main or "€" in main or "£" in main) and ("+" in main or "-" in main):
        main = signed_money(main)  # "AOV +€10": a change by €10
    if any(word in low for word in ("including", "such as", "e.g.", "for example")):
        main = _DETAIL.sub("", main)
    if "measured" in low:  # "— measured across four output types: …": how, not how much
        main = _MEASURED_HOW.sub("", main)
    if _DIGIT.search(main) and (qualifier := _PERIOD_QUALIFIER.search(main)):
        # twenty-second round: "renovaciones de contratos de más de 1 año", "customers with over
        # 2 years": a duration that says which items count, not the key result's value
        notes.append(f"read '{qualifier.group(1)}' as which items count, not as a target — check")
        main = main[: qualifier.start(1)] + main[qualifier.end() :]
    if _PURPOSE_WORDS.search(low) and (purpose := _PURPOSE.search(main)):
        if _DIGIT.search(main[: purpose.start()]):
            main = main[: purpose.start()]  # "… within 5 minutes, to keep storage below 2TB"
        elif _DIGIT.search(purpose.group()):  # "Reduce spend to keep margin above 40%"
            notes.append(
                f"read the value of '{purpose.group().strip(' ,')}' as the measure — check"
            )
    if "goal" in low and _DIGIT.search(_FAR_GOAL.sub("", main)):
        main = _FAR_GOAL.sub("", main)
    if ":" in main and (label := _LABEL.match(main)) and _DIGIT.search(main[label.end() :]):
        if _NONE_LABEL.match(label["label"]):  # "Zero oversells: …" is the measure
            notes.append(f"read '{label['label']}' as the measure, what follows as detail — check")
            main = label["label"]
        else:
            main = _in_label_language(main, main[label.end() :])
    if "from" in low or "to " in low:
        main = _BEFORE_VALUE.sub(r"\1 ", main)
    if _DIGIT.search(main):
        if unit_after_number(main):  # "1h 30m", "1h30", "from 2 h to 30 min"; "3 p.p.": 3 pp
            main = points_as_pp(one_unit_durations(main))
        main = one_scale(main)  # "from 4.2/5 to 4.6/5": the scale of the pair said once
        main = _COMPOUND_TIME.sub(_seconds, main)
        if " and a half" in main:  # "11 and a half NPS": 11.5
            main = _AND_A_HALF.sub(r"\1.5", main)
    if "twice" in low or "factor" in low or "times" in low or "a total of" in low:
        for pattern, replacement in _MULTIPLE_WORDS:
            main = pattern.sub(replacement, main)
    if "x " in low or "× " in low:  # "Minimálne 2× preteky": two races (round 34)
        main = counted_times(main)
    if "x/" in low or "x " in low or "× " in low:  # "3x/semana": three times a week
        main = frequency_as_times(main)
    if "x " in low or "× " in low:  # "3x exercise sessions per week": 3 sessions
        main = _TIMES_COUNTED.sub(r"\1 ", main)
    if "with no " in low and _WORK_DONE.match(main):
        main = _WITH_NO.sub(_with_zero, main)  # "Pass the audit with no critical findings"
    main = re.sub(r"\s+", " ", main).strip(" ;,")
    return Prepared(main, baseline, tuple(notes), restated)


def _restatement(text: str) -> tuple[str, str] | None:
    """Return (start, end) of "from A to B" inside a parenthesis, if one says so, or of a
    progress count "(0/5 complete)" (0 of the 5 the key result names are done)."""
    for group in _PAREN.finditer(text):
        inside = group.group(1)
        if not text.isascii() or _OTHER_FROM.match(inside):  # "(de 14 dias para 7 dias)"
            inside = localise_as(inside, language_of(text))
        if match := _FROM_TO.search(inside) or _PROGRESS.match(inside):
            return match["start"], match["end"]
        if ("→" in inside or "->" in inside) and (match := _ARROW_PAIR.match(inside)):
            return match["start"], match["end"]
    return None


# Thirty-second round: an aside that is only "A → B" ("Lose 5 kg (82 → 77 kg)") restates a
# move as "(from 82 kg to 77 kg)" does.
_ARROW_PAIR = re.compile(
    rf"^\s*(?P<start>{_NUMBER}(?:\s?[^\W\d_]+)?)\s*(?:→|->)\s*(?P<end>{_NUMBER}(?:\s?[^\W\d_]+)?)\s*$",
    re.IGNORECASE,
)


# an aside opening with another language's "from" before a number
_OTHER_FROM = re.compile(r"\s*(?:de|desde|von|van|dari|da|dal|del)\s+\d", re.I)


_PROGRESS = re.compile(
    r"^\s*(?P<start>\d+)\s*/\s*(?P<end>\d+)\s+"
    r"(?:complete|completed|done|finished|shipped|launched|live)\s*$",
    re.IGNORECASE,
)


def _is_number(text: str) -> bool:
    """Return True for "[1,000]" or "[20%]": a placeholder around a value."""
    return re.fullmatch(rf"\s*{_NUMBER}\s*", text) is not None


# "top 3", "level 2", "Phase 4": a number in a name (cairn.text.names), no value of its own
_NAMED_NUMBER = re.compile(
    r"\b(?:top|tier|level|phase|stage|version|sprint|round|wave)\s+\d+\b", re.I
)


def _in_label_language(line: str, rest: str) -> str:
    """Return what follows a label, read in the whole line's language when its own words tell
    none or another one (thirty-second round: "Tasso di conversione: dal 2% al 4%", "Taux d'attrition : de 5 % à
    3 %": "dal … al" and "de … à" are from–to only in the language the label names)."""
    language = language_of(line)
    if language is not None and language_of(rest) != language:
        return localise_as(rest, language)
    return rest


def _trailing_baseline(text: str) -> tuple[str, str | None]:
    """Return the text without a last clause that states a baseline after a value, and it."""
    trailing = _TRAILING.search(text)
    if trailing is None or not _DIGIT.search(text[: trailing.start()]):
        return text, None
    return text[: trailing.start()], trailing.group("num")


def _parentheses(text: str, notes: list[str]) -> tuple[str, str | None]:
    """Return the text without asides in parentheses, and a baseline one of them states."""
    baseline = None
    outside = _PAREN.sub(" ", text).lower()

    def states_baseline(inner: str) -> re.Match | None:
        match = _BASELINE.match(inner.strip()) or _BARE_FROM.match(inner.strip())
        return None if match is None or _other_items(match, outside) else match

    for group in _PAREN.finditer(text):
        if match := states_baseline(group.group(1)):
            baseline = match.group("num")
    if baseline is not None:
        text = _PAREN.sub(lambda m: " " if states_baseline(m.group(1)) else m.group(0), text)
    groups = list(_PAREN.finditer(text))
    if not groups:
        return text, baseline
    outside = _PAREN.sub(" ", text)
    # "1st deal closed (≥$2M GMV)", "Optimize top 3 endpoints (≥25% faster each)": an ordinal
    # or a number in a name is no value outside
    valued = _VALUE_DIGIT.search(_NAMED_NUMBER.sub(" ", outside))
    targets = [g.group(1) for g in groups if _TARGET_LABEL.match(g.group(1).strip())]
    if targets and _DIGIT.search(outside):  # "Cost to raise $1 (Target: $0.15 or less)"
        if _restated_target(_TARGET_LABEL.sub("", targets[0]), outside):
            return outside, baseline  # "Launch in 2 new markets (target: 2.0)": said twice
        return _TARGET_LABEL.sub("", targets[0].strip()) + " : " + outside, baseline
    if valued:
        dropped = [g.group(1) for g in groups if _DIGIT.search(g.group(1))]
        if dropped and not _FROM_TO.search(dropped[0]) and any(_restates(d) for d in dropped):
            notes.append(f"read without ({dropped[0]}) — check")
        return outside, baseline

    if _STATISTIC.match(outside.strip(" :-")) and not targets:
        defined = next((g.group(1) for g in groups if _DIGIT.search(g.group(1))), "")
        if defined and "%" not in defined and not _TARGET_WORD.match(defined):
            notes.append(f"read ({defined}) as the definition of the measure, not a target — check")
            return outside, baseline

    qualifiers = [g.group(1) for g in groups if qualifies_none(outside, g.group(1))]
    if qualifiers:  # "Eliminate all long-running tasks (>10 minutes)": which tasks count
        notes.append(
            f"read ({qualifiers[0].strip()}) as which items count, not as a target — check"
        )
        return outside, baseline

    # The only numbers are inside: "Participant reach (Target: 10,000+)" reads its content;
    # a bare "(4)" after a name ("the Staked (4) podcast") is a count of it, not a target.
    def inside(match: re.Match) -> str:
        inner = match.group(1).strip()
        if not _DIGIT.search(inner):
            if _BOUNDED_WORD.match(inner):
                return " " + str(inner)  # "(at least three new issuers)": the bounded count
            return " "  # "(competitor research, feedback synthesis)": words, not the value
        if _BOUNDED_FIRST.match(inner):
            return " " + inner  # "(50+ techniques from all 8 experts, …)": the bounded count
        if inner.isdigit() or len(re.findall(r"\d[\d,.]*", inner)) > 1 and "," in inner:
            return " "  # "(4)", "(10 custom roles, 50 granular permissions)": a spec
        if _SCALE.match(inner):
            return " "  # "confidence scoring (0.0-1.0)", "rating (1–5)": the scale, not a target
        return " " + _TARGET_LABEL.sub("", inner)

    return _PAREN.sub(inside, text), baseline


# "(from 3 teams)": the plural noun after a "from" aside's number
_FROM_NOUN = re.compile(r"^from\s+\S+\s+([a-z][a-z-]+s)\b", re.IGNORECASE)


def _other_items(match: re.Match, outside: str) -> bool:
    """Return True for "(from 3 teams)" beside "Reach 12 partner integrations": a plural noun
    the key result does not name counts other items (where they come from), not its start."""
    noun = _FROM_NOUN.match(match.group(0))
    if noun is None:
        return False
    word = noun.group(1).lower()
    if word in lx.TIME_UNITS or word in lx.MEASURE_UNITS or word in lx.CURRENCY_WORDS:
        return False
    return re.search(rf"\b{re.escape(word)}\b", outside) is None


def _restated_target(target: str, outside: str) -> bool:
    """Return True when "(target: N)" repeats a number the sentence already states: an OKR
    tool's export ("$3.1 million in new revenue (target: 3100000.0)") adds it to every row."""
    values = [t.value for t in tokenize(normalise(target)) if t.kind == "num"]
    if len(values) != 1:
        return False
    stated = [t.value for t in tokenize(normalise(outside)) if t.kind == "num"]
    return any(v is not None and abs(v - values[0]) < 1e-9 * max(1.0, abs(v)) for v in stated)


def _restates(inner: str) -> bool:
    """Return True for an aside that states a second measure rather than a qualifier."""
    return bool(re.search(r"\b(?:from|to|reduce|increase|cut|grow)\b", inner, re.IGNORECASE))


def _first_sentence(text: str, notes: list[str]) -> str:
    """Return the first sentence when it states a value; later sentences are detail."""
    parts = _SENTENCE_END.split(text, maxsplit=1)
    if len(parts) == 2 and _DIGIT.search(parts[0]):
        if _DIGIT.search(parts[1]):
            notes.append(
                f"read the first sentence; '{parts[1].strip()}' is taken as detail — check"
            )
        return parts[0]
    return text

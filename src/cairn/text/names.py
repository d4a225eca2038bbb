"""Tell the numbers that are part of a name from the numbers that are values.

"SOC 2", "Tier 1", "#1", "spec §16", "modules Odoo 17", "1:1 meetings", "30-day retention",
"for one trigger": the tokeniser reads them as numbers first, then `mark_names` turns them
into words so that they are never taken for a key result's values.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from cairn.text import lexicon as lx
from cairn.text.count_subjects import state_subject_end
from cairn.text.race_names import race_name

if TYPE_CHECKING:
    from cairn.text.tokens import Token


def mark_names(tokens: list[Token]) -> None:
    """Turn numbers that are part of a name ("SOC 2", "Tier 1", "#1") into words."""
    for i, token in enumerate(tokens):
        if token.kind == "num" and token.text.lower() in _PLAN_NAMES:
            token.kind = "word"  # "Fully fund my 401k with $19,500": a plan's name, no value
            continue
        if token.kind == "num" and token.text[-1:] in ("k", "K") and race_name(tokens, i):
            token.kind = "word"  # "Complete a 10K race": the race's name, no value
            continue
        if token.kind == "num" and token.text.lower() in _STATUS_CODES:
            token.kind = "word"  # "real 404s", "no more 500s": HTTP status codes, not seconds
            continue
        if token.kind != "num" or token.unit:
            continue
        after = tokens[i + 1 : i + 4]
        if (
            _reference(tokens, i, after)
            or _product_version(tokens, i, after)
            or _ratio_name(tokens, i)
            or _named_year(tokens, i)
            or _year_before_singular(tokens, i)
        ):
            token.kind = "word"  # "spec §16", "(11 §2)", "modules Odoo 17": names
            continue
        if len(after) >= 2 and after[0].text == "-" and after[1].low in lx.TIME_UNITS:
            bound = i > 0 and tokens[i - 1].text in ("<", "<=", "≤", ">", ">=", "≥")
            if bound or len(after) == 3 and after[2].low in lx.LIMIT_NOUNS:  # "7-day SLA"
                token.unit = lx.TIME_UNITS[after[1].low]
                after[0].consumed = after[1].consumed = True
            else:
                token.kind = "word"  # "30-day retention": an adjective, not a value
        elif len(after) >= 2 and after[0].text == "-" and _adjective_noun(after[1]):
            token.kind = "word"  # "4-level multisig", "a 3-tier cache": an adjective
        elif i and (tokens[i - 1].low in lx.NAME_WORDS or tokens[i - 1].text == "#"):
            if after[:1] and after[0].text == "+" and tokens[i - 1].text != "#":
                continue  # "at maturity level 3+", "tier 2+": a level to reach or pass
            if not _leading_verb_count(tokens, i, after):
                token.kind = "word"
        elif (
            token.low == "one"
            and after
            and after[0].kind == "word"
            and _singular(after)
            and not _bounded(tokens[max(0, i - 2) : i])  # "at least one workflow" counts
            and [t.low for t in after[:2]] != ["or", "more"]  # "one or more tasks" counts
            and not _cadence(after)  # "One painting a week": one each week, a count
            and state_subject_end(tokens, i) is None  # "One outcome record is published"
        ):
            token.kind = "word"  # "for one common trigger", "within one release": an article


# HTTP status codes written as plurals: "real 404s", "no 500s" (not 404 seconds).
# Twenty-third round: retirement plans named by their section of the tax code (401k, 403b).
_PLAN_NAMES = frozenset(["401k", "403b", "457b", "401ks"])
_STATUS_CODES = frozenset(
    f"{code}s" for code in (200, 301, 302, 400, 401, 403, 404, 410, 429, 500, 502, 503, 504)
)


def _leading_verb_count(tokens: list[Token], i: int, after: list[Token]) -> bool:
    """Return True for a name word that is the sentence's verb, counting a plural: "Release 4
    new workshops" (but "Release 4.2 ships", "Phase 2 done" are names)."""
    verb = tokens[i - 1]
    return (
        i == 1
        and "." not in tokens[i].text  # "Release 4.2": a version
        and verb.low in lx.ALL_VERBS
        and verb.text[:1].isupper()
        and any(t.kind == "word" and _plural_word(t.low) for t in after)
    )


def _plural_word(low: str) -> bool:
    """Return True for a word that reads as a plural noun ("workshops", not "status")."""
    return low.endswith("s") and not low.endswith(("ss", "us", "is")) and len(low) > 3


def _ratio_name(tokens: list[Token], i: int) -> bool:
    """Return True for "1:1" (one-on-one) meetings: a name, not two values."""
    return (
        i + 2 < len(tokens)
        and tokens[i].text == "1"
        and tokens[i + 1].text == ":"
        and tokens[i + 2].text == "1"
        and tokens[i + 1].start == tokens[i].end
        and tokens[i + 2].start == tokens[i + 1].end
    ) or (
        i >= 2
        and tokens[i - 1].text == ":"
        and tokens[i - 2].kind == "word"
        and tokens[i - 2].text == "1"
    )


def _reference(tokens: list[Token], i: int, after: list[Token]) -> bool:
    """Return True for a section reference: "§16", "11 §2" (the number before a "§")."""
    return bool(i and tokens[i - 1].text == "§" or after and after[0].text == "§")


def _product_version(tokens: list[Token], i: int, after: list[Token]) -> bool:
    """Return True for a version after a product name: "for Odoo 17", "on Django 5.2", "MySQL
    8.0 → 8.4 upgrades" (then the new version is a name too).

    The name is one capitalised word after a lower-case one, and nothing follows the number:
    "Net Promoter Score 40" (two capitalised words) and "NPS 40" (an acronym) stay values.
    """
    if i < 2:
        return False
    name, before = tokens[i - 1], tokens[i - 2]
    capitalised = name.kind == "word" and name.text[:1].isupper() and not name.text.isupper()
    upgrade = len(after) > 1 and after[0].text == "→" and after[1].kind == "num"
    if upgrade and capitalised and "." in tokens[i].text:
        after[1].kind = "word"
        return True
    if after and after[0].kind in ("word", "num"):
        return False
    return (
        capitalised
        and name.text[1:].islower()
        and name.low.isalpha()
        and before.kind == "word"
        and before.text[:1].islower()
        and name.low not in _MEASURED_NAMES
    )


_MEASURED_NAMES = frozenset(["score", "rating", "index", "grade", "rank"])
# Words before a number that say what it is, even written with a capital ("Grow Users To 2000").
_NOT_NAMES_WORDS = "to by from at of in on for with than over under above below about around until"
_NOT_NAMES_WORDS += " before after de do da del des du di dal von bis"
_NOT_NAMES = lx.PARTICLES | frozenset(_NOT_NAMES_WORDS.split())


def _unit_word(token: Token) -> bool:
    """Return True for a unit written after a number ("2024 ms", "2030 USD")."""
    low = token.low
    return low in lx.MEASURE_UNITS or low in lx.TIME_UNITS or low in lx.CURRENCY_WORDS


def _year(token: Token) -> bool:
    """Return True for a plain four-digit number that reads as a plan's year (2015–2040; "SLA
    2000", "MTTR 2000 ms" are values)."""
    return len(token.text) == 4 and token.text.isdigit() and 2015 <= int(token.text) <= 2040


def _named_year(tokens: list[Token], i: int) -> bool:
    """Return True for a year that is part of a name: after an acronym ("CMAP 2024", "PPA
    2024-2027") or a capitalised name word inside the sentence ("Vision 2030", "Plano
    Plurianual 2024 - 2027"), and the second year of such a range. A year is never the value
    of the plan it names; "Reach 2025 customers" and "Grow NPS to 2000" stay values."""
    if not i or not _year(tokens[i]) or i + 1 < len(tokens) and _unit_word(tokens[i + 1]):
        return False
    name = tokens[i - 1]
    if name.text in ("-", "–", "—", "/") and i >= 2:
        first = tokens[i - 2]
        return first.kind == "word" and _year(first) and first.end >= name.start - 1
    if name.kind != "word" or not name.text.isalpha() or name.low in _NOT_NAMES:
        return False
    if name.text.isupper():
        return len(name.text) >= 2
    return i >= 2 and name.text[0].isupper() and name.text[1:].islower()


# After the first run of round 37: a year between a word and a singular noun phrase names which
# one ("Submit 2020 project proposal for …", "Complete 2024 budget plan"): no count; a plural
# ("Publish 2020 blog posts", "Reach 2025 customers") or a bound before it stays a value.
_OF_WORDS = frozenset(["for", "of", "to", "in", "on", "with", "by", "and", "from", "at"])
# a preposition before the year ("Aprovado o orçamento de 2025 pelo conselho", "the plan for 2025
# approved"): the earlier rules decide, as before
_BEFORE_YEAR_VALUE = _OF_WORDS | frozenset(
    [
        "than",
        "de",
        "da",
        "do",
        "del",
        "di",
        "du",
        "des",
        "dos",
        "das",
        "em",
        "en",
        "a",
        "à",
        "para",
        "por",
        "pour",
        "per",
        "von",
        "van",
        "für",
        "seit",
        "desde",
    ]
)


def _year_before_singular(tokens: list[Token], i: int) -> bool:
    """Return True for a year after a word and before a singular noun ("Submit 2020 project
    proposal")."""
    if not i or not _year(tokens[i]) or tokens[i - 1].kind != "word":
        return False
    if _bounded(tokens[max(0, i - 2) : i]) or tokens[i - 1].low in _BEFORE_YEAR_VALUE:
        return False
    nouns = 0
    for token in tokens[i + 1 : i + 5]:
        if token.kind != "word" or token.low in _OF_WORDS:
            break
        low = token.low
        if not low.isalpha() or not token.text.islower() or _unit_word(token):
            return False
        if low.endswith("s") and not low.endswith("ss"):
            return False
        nouns += 1
    return nouns > 0


def _bounded(before: list[Token]) -> bool:
    """Return True when the words before a number bound it: "at least", "minimum of", ">=" """
    lows = [t.low for t in before]
    return lows[-2:] in (["at", "least"], ["minimum", "of"]) or lows[-1:] in ([">="], ["min"])


def _adjective_noun(token: Token) -> bool:
    """Return True for the singular noun of "4-level", "3-tier", "10-person" (not "5-star")."""
    low = token.low
    return (
        token.kind == "word"
        and low.isalpha()
        and not low.endswith("s")
        and low not in lx.MEASURE_UNITS
        and low not in lx.CURRENCY_WORDS
        and low not in lx.NUMBER_STARTS
        and low not in _COUNT_SUFFIXES
    )


_COUNT_SUFFIXES = lx.PARTICLES | {"off", "time", "on"}  # "no more than 1-off delay": a count


def _singular(after: list[Token]) -> bool:
    """Return True when the noun after "one" is singular ("one release", "one common trigger")."""
    for token in after:
        if token.kind != "word" or token.low in lx.TIME_UNITS:
            return False
        if token.low in ("business", "working", "calendar", "full"):
            continue  # "one business day": a duration
        return not token.low.endswith("s")
    return False


# Sixteenth round: "one <thing> a/per/every <period>" is a count at a cadence ("One painting a
# week from February - December", "Publish one video per week"), not an article.
_CADENCE_WORDS = frozenset(["a", "per", "every", "each"])
_PERIODS = frozenset(["day", "week", "month", "quarter", "year", "weekday", "weekend"])


def _cadence(after: list[Token]) -> bool:
    """Return True for "<noun> a week", "<noun> per month" right after "one"."""
    if len(after) >= 2 and after[1].kind == "rate":  # "a week" already read as one rate
        return after[0].kind == "word"
    words = [t.low for t in after[:3]]
    return len(words) == 3 and words[1] in _CADENCE_WORDS and words[2] in _PERIODS

"""How a key result is worded: activity or outcome, vague, compound, or like another one."""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from cairn.text import lexicon as lx
from cairn.text.key_result_parser import ParsedKeyResult, leading_verb, parse_key_result
from cairn.text.tokens import normalise, tokenize

# "Rollout of the new CRM", "Migration to AWS": work named by a noun.
ACTIVITY_NOUNS = frozenset(
    [
        "launch", "rollout", "roll-out", "migration", "implementation", "redesign", "release",
        "delivery", "completion", "creation", "development", "introduction", "setup", "set-up",
        "go-live", "kick-off", "kickoff", "rebuild", "rewrite", "publication", "deployment",
    ]
)  # fmt: skip
_OUTCOME_CLAUSE = re.compile(
    r"\b(?:so that|resulting in|leading to|in order to|to (?:reach|hit|achieve|increase|grow"
    r"|raise|reduce|cut|lift|lower|drive|improve)|that (?:increases?|reduces?|grows?|cuts?"
    r"|lifts?|raises?|lowers?|drives?|improves?))\b",
    re.IGNORECASE,
)
_MEASURE_UNITS = frozenset({"%", "points", "bps", "stars", *lx.TIME_UNITS.values()})
_JOINERS = re.compile(r"\s+(?:and|&|as well as|plus|while|whilst)\s+|\s*;\s*", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+\S+(?:\s+\S+)?\s+and\b", re.IGNORECASE)
_STOP = frozenset("the a an of per for in on to at by with our and or from".split())  # noqa: SIM905


def is_activity(text: str, parsed: ParsedKeyResult | None = None) -> bool:
    """Return True when the key result names work to do rather than a change to see."""
    parsed = parsed or parse_key_result(text)
    return _names_work(text) and not has_outcome_measure(text, parsed)


def _names_work(text: str) -> bool:
    """Return True when the sentence starts with an activity verb or an activity noun."""
    if leading_verb(text) in lx.ACTIVITY_VERBS:
        return True
    words = normalise(text).lower().split()
    return bool(words) and words[0] in ACTIVITY_NOUNS


def has_outcome_measure(text: str, parsed: ParsedKeyResult) -> bool:
    """Return True when the sentence measures a result: a baseline, bound, rate or money."""
    if parsed.start is not None or parsed.change is not None:
        return True
    if parsed.direction in ("stay_above", "stay_below"):
        return True
    if parsed.unit and (parsed.unit in _MEASURE_UNITS or not parsed.unit.islower()):
        return True  # %, a duration or a currency measures a result; "workshops" counts work
    return bool(_OUTCOME_CLAUSE.search(text))


def vague_word(text: str) -> str | None:
    """Return the first vague word ("improve", "world-class", "faster"), if any."""
    for word in normalise(text).lower().split():
        word = word.strip(".,;:!?()'\"")
        if word in lx.VAGUE_WORDS:
            return word
    return None


def is_compound(text: str) -> bool:
    """Return True when "and" (or "&", ";", "while") joins two measures or two actions."""
    parts = _JOINERS.split(_BETWEEN.sub("between", text))
    for left, right in pairwise(part.strip() for part in parts):
        if parse_key_result(left).measurable and parse_key_result(right).measurable:
            return True
        if _is_action(left) and _is_action(right):
            return True
    return False


def _is_action(part: str) -> bool:
    """Return True for a clause that starts with a verb and has an object."""
    verb = leading_verb(part)
    return verb is not None and verb in lx.ALL_VERBS and len(part.split()) > 1


@lru_cache(maxsize=8192)
def content_words(text: str) -> frozenset[str]:
    """Return the stemmed words of a sentence without numbers; "sign-ups" and "signups" meet."""
    tokens = tokenize(normalise(text))
    words = {_stem(t.low.replace("-", "")) for t in tokens if t.kind == "word"}
    return frozenset(words - _STOP)


def _stem(word: str) -> str:
    """Return a crude stem that makes plurals and verb forms meet."""
    for suffix in ("ing", "ed", "es", "s", "e"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def similarity(a: str, b: str) -> float:
    """Return the Jaccard similarity (0–1) of two sentences' content words."""
    words_a, words_b = content_words(a), content_words(b)
    if not words_a or not words_b:
        return 0.0
    return len(words_a & words_b) / len(words_a | words_b)


def same_measure(a: ParsedKeyResult, b: ParsedKeyResult) -> bool:
    """Return True when two key results move the same metric in the same direction."""
    if not a.metric or not b.metric or a.direction != b.direction:
        return False
    return content_words(a.metric) == content_words(b.metric)

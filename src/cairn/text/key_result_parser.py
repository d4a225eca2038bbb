"""Read a key result sentence: direction, start, target, change, unit and metric.

"Cut first-reply time from 18 hours to 4 hours" gives decrease, 18 → 4 hours, metric
"first-reply time"; "Grow weekly sign-ups by 15%" gives a relative change of 15 that still
needs a baseline. The rules are general (see docs/plaintext.md for the conventions); the
labelled set in tests/text/kr_sentences.json measures how well they do.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from cairn.text import lexicon as lx
from cairn.text.asides import prepare
from cairn.text.baselines import (
    baseline_value,
    complete,
    plain_numbers,
    restated_move,
    restated_pair,
    restated_start,
    tidy,
)
from cairn.text.count_units import GAINING_VERBS
from cairn.text.directions import (
    DECREASE,
    DIRECTIONS,
    INCREASE,
    STAY_ABOVE,
    STAY_BELOW,
    read_direction,
    zero_reached,
)
from cairn.text.languages import language_of, notation_notes
from cairn.text.measuring import baseline_unit
from cairn.text.metric import read_metric
from cairn.text.qualifiers import definite_set_notes, relative_bound, selection_notes
from cairn.text.sentence import Sentence, normalise
from cairn.text.time_unit_metrics import time_unit_of
from cairn.text.tokens import Token
from cairn.text.trailing_values import trailing_note, trailing_value
from cairn.text.trends import convert, limit_in_timeframe, none_of
from cairn.text.unit import read_unit
from cairn.text.value_patterns import read_values

# The direction names are part of this module's API.
__all__ = ["DECREASE", "DIRECTIONS", "INCREASE", "STAY_ABOVE", "STAY_BELOW", "Change"]
__all__ += ["ParsedKeyResult", "json_number", "leading_verb", "parse_key_result"]

_VERB_PREPOSITIONS = frozenset(["at", "to", "with", "for", "on", "in", "into", "across"])


@dataclass(frozen=True)
class Change:
    """A change stated without a baseline: 12 relative (%) or 3 absolute (days)."""

    amount: float
    relative: bool

    def as_dict(self) -> dict:
        """Return {"amount", "relative"} for JSON."""
        return {"amount": json_number(self.amount), "relative": self.relative}


@dataclass(frozen=True)
class ParsedKeyResult:
    """What a key result sentence says about its measure."""

    text: str
    direction: str | None = None
    start: float | None = None
    target: float | None = None
    change: Change | None = None
    unit: str | None = None
    metric: str | None = None
    # How an ambiguous sentence was read ("read 'within 1 week' as a limit — check").
    notes: tuple[str, ...] = ()

    @property
    def measurable(self) -> bool:
        """Return True when the sentence names a target, bound or change."""
        return self.target is not None or self.change is not None

    def as_dict(self) -> dict:
        """Return the JSON fields of `cairn parse --json`, without findings."""
        return {
            "text": self.text,
            "direction": self.direction,
            "start": json_number(self.start),
            "target": json_number(self.target),
            "change": self.change.as_dict() if self.change else None,
            "unit": self.unit,
            "metric": self.metric,
        }


def json_number(value: float | None) -> float | int | None:
    """Return value as an int when it is whole, so JSON shows 40000 rather than 40000.0."""
    if value is None or not float(value).is_integer() or abs(value) >= 1e15:
        return value
    return int(value)


@lru_cache(maxsize=8192)
def parse_key_result(text: str) -> ParsedKeyResult:
    """Return the direction, values, unit and metric stated by a key result sentence."""
    prepared = prepare(text)
    sentence = Sentence(normalise(prepared.text), language_of(prepared.text), prepared.text)
    verb_at = _verb_index(sentence)
    verb = moving_base(sentence.tokens[verb_at].low) if verb_at >= 0 else None
    values = read_values(sentence, verb, verb_at)
    notes = list(prepared.notes) + notation_notes(prepared.text, sentence.language)
    limit = None if values.clause is not None else none_of(sentence)
    if values.clause is None and (limit := limit or limit_in_timeframe(sentence, verb_at)):
        values.target, values.clause, values.bound = limit.token, limit.index, limit.bound
        sentence.tokens[limit.index] = limit.token  # this sentence's own list; tokens stay shared
        notes += [limit.note] if limit.note else []
    notes += selection_notes(sentence.tokens) + definite_set_notes(sentence.tokens)
    if verb_at < 0 and values.clause is not None and (last := trailing_value(sentence.tokens)):
        notes.append(trailing_note(sentence.tokens, last))
    if (relative := relative_bound(sentence, verb_at)) is not None:
        clause = " ".join(t.text for t in sentence.tokens[relative:])
        notes.append(f"read '{clause}' as which items count, not as a target — check")
    metric = read_metric(sentence, verb_at, values)
    start, target, change = plain_numbers(values)
    start = convert(start, values.start, values.target, sentence)
    restated = restated_start(prepared.restated, target)
    unit_read = values.target.unit if values.target else None
    moved = None
    if restated is None and start is None and change is None and prepared.restated:
        moved = restated_move(prepared.restated, target, unit_read, sentence.language)
    if moved is not None:  # "Lose 5 kg (82 → 77 kg)": the 5 kg moved, from 82 to 77
        (start, target), values.bound = moved, None
        restated = start
    pair = None
    if start is None and target is None and change is not None:
        pair = restated_pair(prepared.restated, sentence.language)
    aside_unit = None
    if pair is not None:  # "by 50% (from 14 days to 7 days)": the aside restates the change
        start, target, aside_unit = pair
        change, values.bound = None, None
    elif prepared.restated and restated is None:
        notes.append(f"read without the aside 'from {' to '.join(prepared.restated)}' — check")
    base = baseline_value(prepared.baseline, sentence.language) if prepared.baseline else restated
    if start is None and target is not None and base is not None:
        start, change, values.bound = base, None, None
    elif start is None and target is None and change is None and prepared.baseline:
        start = base  # "降低线上生产Bug数量（现在100个）": the current value, no target (measuring)
        aside_unit = aside_unit or baseline_unit(prepared.baseline)
    direction = read_direction(sentence, values, verb, verb_at, metric, start, target)
    floor = values.bound == STAY_ABOVE  # "Income outside of work salary > 0": above zero
    if target == 0 and start is None and change is None and direction in (INCREASE, STAY_ABOVE):
        direction = direction if floor else STAY_BELOW  # "Achieve zero support tickets"
    elif direction == DECREASE and target == 0 and start is None and change is None:
        # "Achieve 0 P0/P1 bugs": zero reached, then held (round 16)
        direction = STAY_BELOW if zero_reached(sentence, values, verb) else direction
    start, target = complete(direction, values, start, target, change)
    if start is not None and target is not None:
        change = None
    unit = aside_unit or read_unit(sentence, values)
    if unit is None and target is not None and change is None:
        unit = time_unit_of(text, metric)  # "连续盈利月份 >24": months (round 34)
    return ParsedKeyResult(
        text=text,
        direction=direction,
        start=tidy(start),
        target=tidy(target),
        change=Change(tidy(change[0]), change[1]) if change else None,
        unit=unit,
        metric=metric,
        notes=tuple(notes),
    )


def _verb_index(sentence: Sentence) -> int:
    """Return the index of the leading verb, or -1 when the sentence does not start with one."""
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if token.kind != "word":
            return -1
        nxt = tokens[i + 1 : i + 3]
        if nxt and nxt[0].text in ("+", "&"):
            return -1  # "Boost + Verified Breeder V1 shipped": names joined, not a verb
        if token.low in lx.ALL_VERBS or token.low == "halve" or token.low in lx.FACTOR_WORDS:
            return i
        if moving_base(token.low) != token.low:
            return i  # "cutting hospital readmission rates by 30%": a gerund of moving
        if token.low not in lx.FILLERS:
            return i if _looks_like_verb(token, nxt) else -1
    return -1


def _looks_like_verb(token: Token, following: list[Token]) -> bool:
    """Return True for an unknown leading word followed by a number or "the" ("Answer 95% …"),
    or by a preposition and a number ("Speak at 8 conferences")."""
    if token.text.isupper() or not following:
        return False
    nxt = following[0]
    if nxt.low in _VERB_PREPOSITIONS and len(following) > 1 and following[1].kind == "num":
        return True
    if [t.low for t in following[:2]] == ["at", "least"]:
        return True  # "Export at least one file" ("Latency > 300ms" names a metric)
    return nxt.kind == "num" or nxt.low in ("the", "a", "an", "our", "all")


def moving_base(word: str) -> str:
    """Return the verb of moving a number that an English gerund is made from ("cutting": cut,
    "reducing": reduce, "growing": grow), else the word itself. Only verbs that move a number
    up or down: "building", "running" or "hiring" stay as written."""
    if not word.endswith("ing") or len(word) < 6:
        return word
    stem = word[:-3]
    for base in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
        if base in lx.INCREASE_VERBS or base in lx.DECREASE_VERBS:
            return base
    return word


@lru_cache(maxsize=8192)
def leading_verb(text: str) -> str | None:
    """Return the lower-cased verb a key result sentence starts with, if any."""
    sentence = Sentence(normalise(text))
    at = _verb_index(sentence)
    if at < 0:
        return None
    verb = sentence.tokens[at].low
    return GAINING_VERBS.get(verb, verb)  # "Získejte 400 zákazníků": get (count_units)

"""A sentence with one value: a relative change of its metric ("Grow paid seats 25%", "Cut 20% of cloud
spend", "Aumentar 20% as vendas") or its target, and a share of items ("em 100% das ações")."""

from __future__ import annotations

import re

from cairn.text import lexicon as lx
from cairn.text.directions import DECREASE, INCREASE
from cairn.text.held_durations import held_after_count
from cairn.text.paid_amounts import paid_debt
from cairn.text.qualifiers import main_numbers
from cairn.text.sentence import Sentence, Values
from cairn.text.tokens import Token


def read_single(sentence: Sentence, values: Values, verb: str | None) -> None:
    """Read a sentence with one value: a percentage change or a target."""
    main = main_numbers(sentence.tokens)
    if not main:
        return
    first = held_after_count(sentence.tokens, main) or main[0]  # "Five nodes run 48 h without"
    values.clause = sentence.tokens.index(first)
    if first.factor:
        return
    if first.text[:1] in "+-":  # "Time to hire -20%", "NPS +10 points": a signed change
        values.change, values.trend = first, INCREASE if first.text[0] == "+" else DECREASE
        return
    before = sentence.tokens[values.clause - 1].low if values.clause else ""
    if before not in lx.VALUE_CONNECTORS and paid_debt(sentence, first):
        values.change, values.trend = first, DECREASE  # "Pay off $20,000 in student loan debt"
        return
    changes = lx.INCREASE_VERBS | lx.DECREASE_VERBS
    stated_change = first.unit == "%" and verb in changes and before not in lx.VALUE_CONNECTORS
    if stated_change and (
        _metric_precedes_index(sentence, values.clause)
        or _share_of_metric(sentence, first)
        or _metric_follows_verb(sentence, values.clause, verb)
        or _share_in_metric(sentence, values.clause, verb)
    ):
        values.change = first  # "Grow paid seats 25%", "Cut 20% of cloud spend"
        return
    values.target = first


# Thirteenth round: the languages that write a change's share right after its verb, with no
# preposition, and the metric after it: "Giảm 75% thời gian xử lý", "Incrementar 15% el
# conocimiento de marca", "Aumentar 20% as vendas" (and "↓ 30% incidentes", read as "reduce").
_SHARE_AFTER_VERB = frozenset(["vi", "es", "pt"])


def _metric_follows_verb(sentence: Sentence, at: int, verb: str | None) -> bool:
    """Return True for a change verb, then N%, then the metric's words: a relative change."""
    tokens = sentence.tokens
    if at < 1 or tokens[at - 1].low != verb or at + 1 >= len(tokens):
        return False
    if sentence.language not in _SHARE_AFTER_VERB and not (at == 1 and tokens[0].text in _ARROWED):
        return False
    after = tokens[at + 1]
    if after.low == "a" and sentence.language in ("pt", "es"):
        # "Reduzir 20% a taxa de cancelamento": the Portuguese article (also when the words
        # shared with Spanish tell the language as Spanish); "a 20%" would be a target
        return at + 2 < len(tokens) and tokens[at + 2].kind == "word"
    return after.kind == "word" and after.low not in lx.VALUE_CONNECTORS


_ARROWED = frozenset(["increase", "reduce"])


# Twenty-third round: "in" and its forms after a change verb's N%, then the metric: "Grow 20% in
# number of customers", "crescer 30% no tráfego orgânico", "crescere del 20% nel fatturato",
# "um 20% wachsen im Umsatz": the change of the metric named after "in" ("to 20% in Q3" and
# "Reach 20% in market share" keep their target: no change verb right before the share).
_IN_THE = frozenset(["in", "no", "na", "nos", "nas", "em", "en", "nel", "nella", "nei", "im"])


# a period after "in" says when, not what ("Grow 20% in Q3", "Reduce 10% in the next quarter")
_NOT_METRIC = lx._words(
    "q1 q2 q3 q4 h1 h2 fy ytd this next year years quarter quarters month months week "
    "weeks days line total"
)


def _share_in_metric(sentence: Sentence, at: int, verb: str | None) -> bool:
    """Return True for a change verb, N%, then "in <metric>": a relative change."""
    tokens = sentence.tokens
    if at < 1 or at + 2 >= len(tokens) or tokens[at + 1].low not in _IN_THE:
        return False
    if tokens[at - 1].low != verb and tokens[at - 1].low not in ("de", "del", "um", "un"):
        return False
    after = (
        tokens[at + 3] if tokens[at + 2].low == "the" and at + 3 < len(tokens) else tokens[at + 2]
    )
    return after.kind == "word" and after.low not in _NOT_METRIC


# "of" in English, Portuguese, Spanish and French: "Reduzir 60% dos custos operacionais"
_OF = frozenset(["of", "dos", "das", "do", "da", "de", "del", "des", "du"])


def _share_of_metric(sentence: Sentence, number: Token) -> bool:
    """Return True for a change verb's "N% of <metric>": the share of it to cut or add."""
    at = sentence.tokens.index(number)
    return at + 1 < len(sentence.tokens) and sentence.tokens[at + 1].low in _OF


# Eleventh round: the plural "of the" after "em N%" (Portuguese) and "en N%" (Spanish), which
# read as "by": "Implementada a plurianualidade em 100% das ações" is done in that share of the
# actions (as English "in 100% of services"), not a change of 100%; "em 20% de forma" is not.
_OF_THE_ITEMS = frozenset(["dos", "das"])


_OF_THE_ITEMS_ES = frozenset(["los", "las"])


def share_of_items(sentence: Sentence, match: re.Match) -> bool:
    """Return True for "em N% dos/das <items>", "en N% de los <items>": a share of items."""
    tokens = sentence.tokens
    at = sentence.index(match.start()) + 1
    if sentence.language not in ("pt", "es") or not tokens[at].text.endswith("%"):
        return False  # "em"/"en" before a number reads as "by" in these two languages only
    after = [t.low for t in tokens[at + 1 : at + 3]]
    return bool(after) and (
        after[0] in _OF_THE_ITEMS
        or (after[0] == "de" and after[1:] and after[1] in _OF_THE_ITEMS_ES)
        or (after[0] == "de" and after[1:] and _bare_plural(tokens[at + 2]))
    )


def _bare_plural(token: Token) -> bool:
    """Return True for a lower-case plural after "de" with no article (sixteenth round): "en
    100% de servicios intangibles" is a share of services as "de los servicios"; "en 20% de
    forma sostenida" (a singular) stays a change."""
    return token.kind == "word" and token.text.islower() and token.low.endswith("s")


def _metric_precedes_index(sentence: Sentence, at: int) -> bool:
    """Return True when a word other than the verb comes before token at."""
    words = [t for t in sentence.tokens[:at] if t.kind == "word"]
    return len(words) > 1

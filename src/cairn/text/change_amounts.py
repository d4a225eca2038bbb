"""A change by an amount in English carries no unit (the written convention, round 12 and 13).

"Reduce average length of stay by 0.5 days", "Reduce weight by 10 kilograms": the key result
moves its metric by an amount; the unit is the metric's, which the sentence does not name, so
Cairn shows none (as "N Wochen weniger", "新規ユーザーを1000人増やす" in the fourteenth round).
Left as labelled in older sets: points ("by 5 points", an open question between rounds), a
currency (the amount is money whatever the metric), and a bounded amount ("by >= 200 hours",
"grows by 5+ entries"), which the labels keep with its unit.
"""

from __future__ import annotations

from cairn.text import lexicon as lx
from cairn.text.sentence import Sentence
from cairn.text.tokens import Token

_KEPT = frozenset(["%", "points", "$", "€", "£", "¥", "₹"]) | frozenset(lx.CURRENCY_WORDS.values())


def amount_unit(sentence: Sentence, change: Token | None, unit: str | None) -> str | None:
    """Return None for the unit of an English "by N <unit>" change, else `unit` unchanged."""
    if unit is None or change is None or unit in _KEPT or sentence.language not in (None, "en"):
        return unit
    tokens = sentence.tokens
    at = next((i for i, token in enumerate(tokens) if token is change), -1)
    if at < 1 or tokens[at - 1].low != "by":
        return unit  # "by >= 200 hours": a bound stands between "by" and the amount
    if at + 1 < len(tokens) and tokens[at + 1].text == "+":
        return unit  # "grows by 5+ entries"
    return None

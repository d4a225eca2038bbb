"""A duration held without a break (issue 15, rounds 12 and 24): "30 consecutive days", "7 days
in a row", "10 days straight", "12 weeks without an outage", and in the other languages "48 horas
sin errores", "72 horas sem falhas", "48 heures sans erreur", "30 giorni senza errori", "48
Stunden ohne Fehler": a streak to keep at least that long (stay above).

Twenty-fourth round: the duration is the key result's measure even after a count of the things
that hold it ("Five simulated nodes run ritual 48 h without error": 48 hours, the five nodes are
the sample), and a lone "h" right before "without" (or a streak word) is hours, as after a bound.
"""

from __future__ import annotations

from cairn.text import lexicon as lx
from cairn.text.tokens import Token

STREAK = frozenset(["consecutive", "straight", "uninterrupted", "successive"])
WITHOUT = frozenset(["without", "sin", "sem", "sans", "senza", "ohne", "zonder", "utan", "uden"])
_TIMED = frozenset(lx.TIME_UNITS.values())


def held_duration(tokens: list[Token], at: int) -> bool:
    """Return True for the duration at tokens[at] held without a break (see above)."""
    token = tokens[at]
    after = [t.low for t in tokens[at + 1 : at + 5]]
    timed = token.unit in _TIMED
    if after[:1] and after[0] in STREAK:
        return timed or after[1:2] != [] and after[1] in lx.TIME_UNITS
    if not timed or not after:
        return False
    return after[:3] == ["in", "a", "row"] or after[0] == "straight" or after[0] in WITHOUT


def held_after_count(tokens: list[Token], main: list[Token]) -> Token | None:
    """Return a held duration that follows a plain count among the main numbers ("Five nodes
    run 48 h without error"), or None."""
    if len(main) < 2 or main[0].unit is not None:
        return None
    at = {id(token): i for i, token in enumerate(tokens)}  # not tokens.index: linear, not n²
    for token in main[1:]:
        where = at.get(id(token))
        if held_duration(tokens, tokens.index(token) if where is None else where):
            return token
    return None

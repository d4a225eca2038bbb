"""A race named by its distance (issue 15, twenty-fourth round): "Complete a 10K race", "Run a
5k", "Correr una carrera de 10K", "Completar uma corrida de 10K", "Courir un 10K".

"10K" there names the race, as "401k" names a plan: no value to reach. Only a distance written
with "k" after an article or a possessive, before a noun of racing ("a 10K race", "my first 5K
run") or right after a verb of running ("Run a 10K"), or after a noun of racing and "de"/"di"
("una carrera de 10K"). "Raise a 10K seed round", "Reach 10K users" and "Run 3 10K races" (a
count of races) keep their numbers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cairn.text.tokens import Token

_DISTANCE = re.compile(r"^\d{1,3}(?:[.,]\d)?[kK]$")
_RACE_NOUNS = frozenset(
    ["race", "races", "run", "fun", "trail", "marathon", "relay", "lauf", "rennen", "course"]
    + ["carrera", "corrida", "gara", "corsa", "prova"]
)
_DETERMINERS = frozenset(
    ["a", "an", "my", "one", "first", "another", "our", "un", "une", "una", "uma", "um", "ein"]
    + ["einen", "mein", "meinen", "il", "la", "mon", "ma", "mi", "meu", "minha"]
)
_RUN_VERBS = frozenset(
    ["run", "jog", "walk", "race", "complete", "finish", "courir", "correr", "correre"]
    + ["laufen", "terminer", "terminar", "completar", "finir"]
)
_LINKS = frozenset(["de", "di", "da", "du", "by", "of"])  # "gara di 10K" reads "gara by 10K"


def race_name(tokens: list[Token], i: int) -> bool:
    """Return True for the distance at tokens[i] naming a race (see above)."""
    if not _DISTANCE.match(tokens[i].text) or i == 0:
        return False
    before = tokens[i - 1].low
    after = tokens[i + 1].low if i + 1 < len(tokens) else ""
    if before in _DETERMINERS:
        return after in _RACE_NOUNS or i >= 2 and tokens[i - 2].low in _RUN_VERBS
    return before in _LINKS and i >= 2 and tokens[i - 2].low in _RACE_NOUNS

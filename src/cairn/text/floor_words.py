"""Romance floors right before a count, wherever they stand (after the first run of round 38).

"ISA calculado com dados reais em ao menos 5 atrativos." read an increase: Portuguese "ao
menos" was no floor, and a floor in the middle of a short sentence whose language is not told
("Firmar como mínimo 10 contratos", "Progetto attivo in almeno 5 scuole") was left untranslated.
Portuguese "ao menos", "pelo menos", "no mínimo"; Spanish "al menos", "como mínimo", "por lo
menos"; French "au moins"; Italian "almeno", "come minimo" right before a number read as "at
least", as Swedish "minst" does (`nordic_words`): a floor, stay above; where the sentence's
language is told, its `words` table reads them (Portuguese "ao menos" added). Only before a digit:
"pelo menos, 20" and "al menos el 95%" stay with `languages.bound_through_article`, "ao menos
uma vez" (at least once) is no count; nor the second number of a pair ("de 25 para pelo menos
55/100", which `languages` reads as from 25 to at least 55).
"""

from __future__ import annotations

import re

from cairn.text.languages import language_of

# not the second number of a pair ("de 25 para pelo menos 55/100": `languages` reads it)
_FLOOR = re.compile(
    r"(?<!\w)(?<!para )(?<!até )(?<!hasta )(?<!\ba )(?<!\bà )(?<!\bal )(?<!\bto )(?:ao\s+menos|pelo\s+menos|no\s+m[ií]nimo|al\s+menos|como\s+m[ií]nimo"
    r"|por\s+lo\s+menos|au\s+moins|almeno|come\s+minimo)\s+(?=[$€£]?\d)",
    re.IGNORECASE,
)
# searched in the lower-cased text first: most key results have none of these words
_MARKS = ("menos", "nimo", "moins", "almeno", "minimo")


def romance_floors(text: str) -> str:
    """Return "Firmar como mínimo 10 contratos" as "Firmar at least 10 contratos" when the
    sentence's language is not told."""
    low = text.lower()
    if not any(mark in low for mark in _MARKS):
        return text
    if not _FLOOR.search(text) or language_of(text) is not None:
        return text  # a language told reads its own floors (its `words` table)
    return _FLOOR.sub("at least ", text)

"""A key result's score in a blockquote below it (twenty-first round, issue 15).

A team lead's quarterly page writes each key result as a "* **Résultat clé** : …" bullet and,
right below it, a blockquote "> **Résultat** 30 % En place chez OCTO." (then retrospective
lines: "> **Arrêter** …", "> **Commencer** …"). Quotes are context, so the score was lost. A
quoted line labelled as the result or the score ("Résultat", "Result", "Resultado", "Ergebnis",
"Score") that opens with a percentage, right after a marked key result, is that key result's
score; the rest of the quote stays context. A quote after anything else, a result without a
percentage, or a key result with a score of its own read as before.
"""

from __future__ import annotations

import re

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import _KEY_RESULT

_RESULT = re.compile(
    r"^(?:r[ée]sultats?|results?|resultados?|risultato|ergebnis|score|puntuaci[óo]n|pontua[çc][ãa]o)"
    r"\s*[:：]?\s*(\d{1,3}(?:[.,]\d+)?)\s*%",
    re.I,
)


def quoted_results(lines: list[Line]) -> list[Line]:
    """Return the lines, each marked key result given the score quoted right below it."""
    above: Line | None = None
    for line in lines:
        if not line.quote:
            above = line
            continue
        if above is None or line.label is None or above.score is not None:
            continue
        if (found := _RESULT.match(line.text)) and _KEY_RESULT.match(above.text):
            above.score = float(found.group(1).replace(",", ".")) / 100
        above = None
    return lines

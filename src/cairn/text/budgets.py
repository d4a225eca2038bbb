"""A budget kept, with no number: a ceiling at the budget (nineteenth round).

"Wir halten das Wartungsbudget ein", "wir halten uns an das monatliche Wartungsbudget" (round
17), "Ensure incidents remain below the error budget" (round 12), "Stay within the budget",
"Mantener el gasto dentro del presupuesto": spending, or an error budget's use, stays below the
budget. The budget is the limit, so the key result stays below it, with no value of its own.
A budget raised, defined or presented ("Increase the marketing budget", "Define the budget")
is no ceiling: a verb or word of keeping must come before it.
"""

from __future__ import annotations

import re

# German compounds end in the word ("Wartungsbudget", "Projektbudget").
_BUDGET = re.compile(r"(?:budget|budgets|kostenrahmen|presupuesto|orçamento|orcamento)$")
_KEYS = ("udget", "rahmen", "presupuesto", "orçamento", "orcamento")
# Verbs of keeping (the German, Spanish and Portuguese ones are "keep" once localised) and the
# prepositions of a level kept under; German "einhalten" is written apart ("halten … ein").
_KEEPING = frozenset(
    ["keep", "keeps", "stay", "stays", "remain", "remains", "stick", "sticks", "within", "below"]
    + ["under", "inside", "dentro", "einhalten", "eingehalten", "einzuhalten", "ein"]
)


def budget_kept(words: list[str]) -> bool:
    """Return True when a word of keeping comes before a budget in the lower-cased words."""
    joined = " ".join(words)
    if not any(key in joined for key in _KEYS):
        return False  # most sentences name no budget: one scan of the text, no regex
    kept = False
    for word in words:
        if word in _KEEPING:
            kept = True
        elif _BUDGET.search(word) is not None:
            return kept or "eingehalten" in words or words[-1] == "ein"
    return False

"""A number of times after a floor word is a count, not a factor (round 34).

"Minimálne 2× preteky Behaj lesmi" (at least two races), "alespoň 2× týdně běhat", "Mindestens
3× Wettkämpfe", "Go running at least 2× a week": "N×" right after a floor word counts times, it
does not multiply (as "Grow revenue 2×" or "at least 3× faster builds" do). Read only when the
floor word opens the key result, or when a period follows the count ("2× a week": 2 times a
week); never before a comparative ("3× faster", "2× mehr", "2× más"), and never when nothing
follows ("Grow revenue at least 2×": a factor). Before a period ("a week", "týdně", "weekly")
the count is of times ("2 times a week"). The Slovak and Czech floor words, of languages
the tables do not read, are written "at least"; the others stay as written.
`cairn.text.asides.prepare` calls it before "3x/week" is read as a frequency.
"""

from __future__ import annotations

import re

_OWN_FLOORS = (
    "at least|a minimum of|minimum|min\\.?|mindestens|wenigstens|al menos|como mínimo|au moins"
    "|almeno|pelo menos|no mínimo|co najmniej|minstens|ten minste|ít nhất|en az"
)
_FOREIGN_FLOORS = "minimálne|minimálně|aspoň|alespoň|najmenej|nejméně|nejmene"
_COMPARATIVES = (
    "faster|more|higher|better|bigger|larger|quicker|cheaper|less|fewer|smaller|lower|longer"
    "|mehr|höher|schneller|besser|größer|más|mayor|mejor|plus|più|mais|viac|víc|více|vyšší"
    "|rýchlejšie|rychlejší|rychleji|lepší|lepšie|więcej|szybciej|lepiej"
)
_PERIOD = (
    "(?:(?:a|an)\\s+(?:day|week|month)|weekly|daily|monthly|wöchentlich"
    "|täglich|monatlich|týdně|týždenne|denně|denne|měsíčně|mesačne)\\b"
)
_AFTER = (
    rf"(?=\s+(?!(?:{_COMPARATIVES})\b)[^\W\d])"  # a word follows, not a comparative
    r"(?!\s*(?:/|per\b|por\b|par\b|pro\b|each\b|every\b|al\b|à))"  # "3×/week": a frequency
)
_OPENING = re.compile(
    rf"^(\W{{0,4}})({_OWN_FLOORS}|{_FOREIGN_FLOORS})\s+(\d+)\s?[x×]{_AFTER}", re.IGNORECASE
)
_BEFORE_PERIOD = re.compile(
    rf"(?<!\w)({_OWN_FLOORS}|{_FOREIGN_FLOORS})\s+(\d+)\s?[x×](?=\s+{_PERIOD})", re.IGNORECASE
)
_FOREIGN = re.compile(rf"^(?:{_FOREIGN_FLOORS})$", re.IGNORECASE)


def counted_times(text: str) -> str:
    """Return "at least 2 preteky" for "Minimálne 2× preteky", "at least 2 times a week" for
    "at least 2× a week"; other text as it is."""
    text = _BEFORE_PERIOD.sub(lambda m: f"{_floor(m.group(1))} {m.group(2)} times", text)
    return _OPENING.sub(lambda m: f"{m.group(1)}{_floor(m.group(2))} {m.group(3)}", text)


def _floor(word: str) -> str:
    return "at least" if _FOREIGN.match(word) else word

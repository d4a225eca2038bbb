"""Turkish case endings on numbers, read as the English words the key result rules know.

Turkish writes "to", "from", "under" and "more than" as endings on the number or the noun after
it ("%95'e" to 95%, "3 güne" to 3 days, "100'den fazla" more than 100), and an amount right
before the verb is the change ("2 saat azaltmak" reduces by 2 hours). Used by
`cairn.text.languages` after the numbers are written the English way.
"""

from __future__ import annotations

import re
from functools import cache

from cairn.text.language_words import LANGUAGES

_NUM = r"[-+]?[$€£¥₹]?\d[\d.,]*"
# Turkish writes a case ending on the number or the noun after it: "%95'e" (to 95%), "5
# adam/ay'dan" (from 5 person-months), "3'ün altında" (under 3), "100'den fazla" (more than 100).
_TR_TIME = "saniye|dakika|saat|gün|hafta|ay|yıl"
_TR_NP = rf"({_NUM}%?(?:\s+[^\s'\d%][^\s']*)?)"
_TURKISH_CASES = [
    (re.compile(rf"{_TR_NP}'(?:[dt][ae]n)\s+(?:fazla|çok)(?!\w)"), r"more than \1"),
    (re.compile(rf"{_TR_NP}'(?:[dt][ae]n)\s+az(?!\w)"), r"less than \1"),
    (re.compile(rf"{_TR_NP}(?:'\w+)?\s+alt(?:ında|ına|inda|ina)(?!\w)"), r"under \1"),
    (re.compile(rf"{_TR_NP}(?:'\w+)?\s+(?:üzerinde|üzerine|üstünde|üstüne)(?!\w)"), r"over \1"),
    (re.compile(rf"{_TR_NP}'(?:[dt][ae]n)(?!\w)"), r"from \1"),
    # "3 güne", "4 saate", "2 haftaya": the ending on the unit after the number (to 3 days)
    (re.compile(rf"(?<![\w'])({_NUM}%?)\s+({_TR_TIME})y?[ae](?!\w)"), r"to \1 \2"),
    (re.compile(rf"{_TR_NP}'(?:y?[ae])(?!\w)"), r"to \1"),
    (re.compile(rf"(?<!\w)ilk\s+({_NUM})\s+(\w+)\s+(?:içinde|içerisinde|boyunca)(?!\w)"),
     r"within the first \1 \2"),
    (re.compile(rf"(?<!\w)({_NUM})\s+(\w+)\s+(?:içinde|içerisinde)(?!\w)"), r"within \1 \2"),
    (re.compile(r"(?<!\w)(\d{1,2})\.\s+(?:ayın|ayin)\s+sonuna\s+kadar(?!\w)"),
     r"by the end of month \1"),
    (re.compile(r"'(?:[iıuüae]n|[iıuü]|y?[ae]|[dt][ae]|n?[iıuü]n)(?!\w)"), ""),
    (re.compile(r"(?<=[\d%])'\w+"), ""),  # "%80'inin" (of 80%): the number's own ending
]  # fmt: skip

_CHANGE = frozenset(["increase", "reduce"])


def turkish_cases(text: str) -> str:
    """Return Turkish text with its case endings on numbers as English prepositions."""
    for pattern, english in _TURKISH_CASES:
        text = pattern.sub(english, text)
    if (amount := _turkish_amount()).search(text):
        text = amount.sub(r"by \1 ", text)  # "2 saat azaltmak": by 2 hours ("2 saate": to 2)
    return text


@cache
def _turkish_amount() -> re.Pattern:
    """A number (and its unit) right before a Turkish verb of change, with no case ending: the
    amount of the change ("Yanıt süresini 2 saat azaltmak" reduces it by 2 hours)."""
    verbs = [v for v, english in LANGUAGES["tr"]["verbs"].items() if english in _CHANGE]
    units = "|".join(sorted(set(LANGUAGES["tr"]["units"]), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w.,'%])(?<!to )(?<!from )(?<!by )(?<!than )(?<!under )(?<!over )"
        rf"({_NUM}%?(?:\s(?:{units}))?)\s+"
        rf"(?=(?:{'|'.join(sorted(verbs, key=len, reverse=True))})(?!\w))",
        re.IGNORECASE,
    )

"""Percentage points as the languages abbreviate or spell them (twenty-seventh round).

A change in a share is often written in percentage points, and each language has its short form:
"p.p." (Portuguese, Spanish, Italian, Polish and, after them, English: "Aumentar a conversão em 3
p.p.", "Zwiększyć konwersję o 3 p.p.", "Increase retention by 3 p.p."), Russian "п.п." / "п. п.",
Ukrainian "в.п." (відсоткових пунктів), and spelt forms the word tables did not hold: Polish
"punkty procentowe" / "punktów procentowych" / "punkt procentowy", Russian "процентных пункта",
Ukrainian "відсоткових пункти", Swedish "procentenheter", Norwegian "prosentpoeng", Danish
"procentpoint", Czech "procentní body", Vietnamese "điểm phần trăm". Each reads as "pp" after
its number: an absolute change in "%" (docs/plaintext.md, "percentage points/pp are absolute
changes in %").

Only right after a number: "p.p." elsewhere is left as written, and so is "pp." for pages ("a
20 pp. report": no dot between the two p's) and a plain "punkty" (points, "3 punkty NPS").
"""

from __future__ import annotations

import re

_POINTS = re.compile(
    r"(?<=\d)\s?(?:p\.\s?p\.?|п\.\s?п\.?|в\.\s?п\.?"
    r"|punkt(?:y|ów|u)?\s+procentow(?:e|ych|y|ego)"
    r"|процентн(?:ых|ого|ый|ые)\s+пункт(?:а|ов|ы)?"
    r"|відсотков(?:их|ого|ий|і)\s+пункт(?:и|ів|а)?"
    r"|procentenhet(?:er)?|prosentpoeng|procentpoint|procentní(?:ch)?\s+bod(?:y|ů)?"
    r"|điểm\s+phần\s+trăm)(?![^\W\d_])",
    re.IGNORECASE,
)


def points_as_pp(text: str) -> str:
    """Return the text with percentage points after a number written "pp"."""
    return _POINTS.sub(" pp", text)  # (asides.prepare asks two_unit_durations.unit_after_number)

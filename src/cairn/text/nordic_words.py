"""Swedish, Danish and Norwegian bounds and pairs around a number (twenty-seventh round).

The Nordic languages have no word table (`language_words`); a few of their key results were
read through the English rules with their Swedish plurals ("Nå 20 kunder", `counted_nouns`) and
"Öka … med 20%" (`value_marks`). Their bounds and pairs were not: "Nå minst 500 aktiva kunder"
(at least), "Högst 3 incidenter per kvartal" (at most), "över 99,9%" (above), "Minska churn från 5% till 3%", "Reducer
svartiden fra 48 til 24 timer" (from … to), "Håll svarstiden under 2 timmar" (hours). Each reads
as its English words, only right before a number ("minst en gång", "från början" stay), and a
pair only when "till"/"til" follows the first number ("fra 5 e 10" is Italian: between).
Their time units after a number are in `lexicon.TIME_UNITS` ("timmar", "minuter", "dagar",
"veckor", "minutter", "dage", "uger" …; "timer" is left out: an English word).
"""

from __future__ import annotations

import re

_N = r"[-+$€£]?\d[\d.,]*\s?%?"
_BOUND = re.compile(
    r"(?<!\w)(?:(minst|mindst)|(högst|højst|høyst|över))\s+(?=[-+$€£]?\d)", re.IGNORECASE
)
_PAIR = re.compile(
    rf"(?<!\w)(?:från|fra)\s+({_N}(?:\s?[^\W\d_]+)?)\s+(?:till|til)\s+(?=[-+$€£]?\d)",
    re.IGNORECASE,
)
# searched in the lower-cased text, case as written: its first letters let the search skip ahead
_MARKS = re.compile(r"minst|mindst|högst|højst|høyst|över|från|fra ")


def nordic_bounds(text: str) -> str:
    """Return "minst 500", "högst 3", "från 5% till 3%" as "at least 500", "at most 3",
    "from 5% to 3%"."""
    if not _MARKS.search(text.lower()):
        return text
    text = _PAIR.sub(r"from \1 to ", text)
    return _BOUND.sub(
        lambda m: (
            "at least " if m.group(1) else "above " if m.group(2).lower() == "över" else "at most "
        ),
        text,
    )

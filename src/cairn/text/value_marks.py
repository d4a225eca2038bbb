"""Marks of a value that read the same whatever the sentence's language (twentieth round).

Read by `cairn.text.any_language` (a short sentence whose language the tables cannot tell) and
by `cairn.text.script_targets` (CJK):

- an arrow after a percentage is its change: "Time-to-first-value 50% ↓", "… support ticket 가
  50% ↓" (down 50%), "Activation rate 20% ↑" (up 20%);
- Italian "oltre" right before a number is "over" (a floor): "NPS oltre 70";
- Norwegian and Danish "maks" right before a number is "max" (a ceiling): "Puls maks 190";
- Spanish and Portuguese "inferior a" / "superior a", Italian "inferiore a" / "superiore a",
  French "inférieur à" / "supérieur à" right before a number are "below" / "above", when the
  sentence has too few common words to tell its language ("Latencia comando-a-atuacao inferior
  a 2 segundos", written without accents; after the fixes of rounds 35 and 36);
- a Swedish verb of change opening the sentence, its amount after "med": "Öka den organiska
  trafiken med 20%" (increase by 20%), "Minska kundtappet med 5%"; Norwegian and Danish "Øke …
  med", "Reduser/Reducer … med" (twenty-seventh round).

Every step tests a plain key word before its regex (the parse's speed, SPEC §7).
"""

from __future__ import annotations

import re

_ARROW = re.compile(r"(\d[\d.,]*\s?%)\s*([↓↑])")
_ARROW_WORDS = {"↓": "down", "↑": "up"}
_OLTRE = re.compile(r"(?<!\w)oltre(?=\s+[-+]?\d)", re.IGNORECASE)
_MAKS = re.compile(r"(?<!\w)maks\.?(?=\s*[-+]?\d)", re.IGNORECASE)
_RELATIVE = re.compile(
    r"(?<!\w)(inferior|superior|inferiore|superiore|inférieure?|supérieure?|inferieure?"
    r"|superieure?)\s+(?:a|à)(?=\s+[-+]?\d)",
    re.IGNORECASE,
)
_SWEDISH_VERBS = {"öka": "Increase", "minska": "Reduce", "höj": "Increase", "sänk": "Reduce"}
# twenty-seventh round: Norwegian and Danish ("Øke konverteringen med 3 prosentpoeng", "Reducer
# churn med 10%")
_SWEDISH_VERBS |= {"øke": "Increase", "øg": "Increase", "reduser": "Reduce", "reducer": "Reduce"}
_SWEDISH_VERBS |= {"senke": "Reduce", "sænk": "Reduce"}
_SWEDISH = re.compile(
    r"^\s*(Öka|Minska|Höj|Sänk|Øke|Øg|Reduser|Reducer|Senke|Sænk)\b(.*?)\bmed(?=\s+[-+]?\d)",
    re.IGNORECASE,
)


def value_marks(text: str) -> str:
    """Return text with the marks above written in the English words the rules read."""
    if "↓" in text or "↑" in text:
        text = _ARROW.sub(lambda m: f"{_ARROW_WORDS[m.group(2)]} {m.group(1)}", text)
    if "ltre" in text:
        text = _OLTRE.sub("over", text)
    if "aks" in text:  # Norwegian, Danish, Polish "maks 190": at most (twenty-first round)
        text = _MAKS.sub("max", text)
    if "erior" in text or "érieur" in text or "erieur" in text:
        text = _RELATIVE.sub(lambda m: "below" if "inf" in m.group(1).lower() else "above", text)
    if " med " in text and text.lstrip()[:1] in "ÖöMmHhSsØøRr":
        text = _SWEDISH.sub(lambda m: f"{_SWEDISH_VERBS[m.group(1).lower()]}{m.group(2)}by", text)
    return text

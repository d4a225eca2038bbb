"""A key result that opens with an article and a noun of change (issue 15, twenty-fourth round).

"l'augmentation du score NPS de 10 points", "la baisse de 3 points", "el aumento de las ventas
en 10 puntos", "a redução de custos em 5 pontos", "die Steigerung des Umsatzes um 10 %": the
article adds nothing; without it the noun leads as its verb would ("Augmentation du score NPS de
10 points" was already a change by 10 points). Only an article right before one of the nouns
below is dropped, and only at the start: "la note de 4,5" or "le nombre de clients à 500" keep
theirs.
"""

from __future__ import annotations

import re

_ARTICLES = {
    "fr": r"l'|la\s|le\s|une\s|un\s",
    "es": r"el\s|la\s|un\s|una\s",
    "pt": r"a\s|o\s|um\s|uma\s",
    "it": r"l'|la\s|il\s|lo\s|un'|una\s|un\s",
    "de": r"die\s|der\s|das\s|eine\s|ein\s",
}
_NOUNS = {
    "fr": "augmentation|hausse|croissance|progression|baisse|réduction|diminution",
    "es": "aumento|incremento|crecimiento|reducción|disminución",
    "pt": "aumento|crescimento|redução|diminuição",
    "it": "aumento|incremento|crescita|riduzione|diminuzione|calo",
    "de": "steigerung|erhöhung|senkung|reduktion|reduzierung|verringerung|zunahme|anstieg"
    "|rückgang|wachstum",
}
_LEADING = {
    language: re.compile(rf"^\s*(?:{_ARTICLES[language]})\s*(?=(?:{nouns})\b)", re.IGNORECASE)
    for language, nouns in _NOUNS.items()
}


def without_leading_article(text: str, language: str) -> str:
    """Return text without the article before a noun of change that opens it."""
    pattern = _LEADING.get(language)
    if pattern is None:
        return text
    return pattern.sub("", text, count=1)


# Twenty-sixth round: an English noun of change, no article, before "in" or "of", and no number
# ("Reduction in Cyber-incidents", "Growth of the user base", "Improvement in code quality"): the
# noun is its verb, as with a number ("Reduction in churn by 5%" is already a decrease by 5%).
# Only before "in"/"of": "Reduction plan approved", "Growth team hired" name a thing.
_ENGLISH_NOUNS = {
    "reduction": "reduce",
    "reductions": "reduce",
    "decrease": "decrease",
    "decline": "decrease",
    "increase": "increase",
    "growth": "grow",
    "improvement": "improve",
    "improvements": "improve",
    "enhancement": "enhance",
}
_ENGLISH_LEADING = re.compile(
    rf"^(\s*)({'|'.join(_ENGLISH_NOUNS)})\s+(?:in|of)\s+(?=\S)", re.IGNORECASE
)


def noun_as_verb(text: str) -> str:
    """Return "reduce Cyber-incidents" for "Reduction in Cyber-incidents" (no number), else text."""
    match = _ENGLISH_LEADING.match(text)
    if match is None or any(c.isdigit() for c in text):
        return text
    return f"{match.group(1)}{_ENGLISH_NOUNS[match.group(2).lower()]} {text[match.end() :]}"


# After the first run of round 37: a French, Spanish, Portuguese or Italian noun of change
# opening the key result before "of" ("du", "des", "de", "del", "do", "dei" …) and no number
# ("Baisse du taux de recherches sans mises en relations", "Redução de custos"): the noun is its
# verb, as "Hausse du taux …" and English "Reduction in Cyber-incidents" already read. Only
# before "of": "Baisse de 20 % du churn" has a number and reads as before; "Réduction plan"
# names a thing.
_ROMANCE_NOUNS = {
    "baisse": "Baisser",
    "réduction": "Réduire",
    "diminution": "Diminuer",
    "reducción": "Reducir",
    "disminución": "Disminuir",
    "redução": "Reduzir",
    "diminuição": "Diminuir",
    "riduzione": "Ridurre",
    "diminuzione": "Diminuire",
}
_ROMANCE_OF = r"du|des|de\s+la|de\s+l['’]|d['’]|de|del|dels|de\s+los|de\s+las|do|da|dos|das|dei|della|delle|degli|dello"
_ROMANCE_LEADING = re.compile(
    rf"^(\s*)({'|'.join(_ROMANCE_NOUNS)})\s+(?=(?:{_ROMANCE_OF})\b|d['’])", re.IGNORECASE
)


def romance_noun_as_verb(text: str) -> str:
    """Return "Baisser du taux de …" for "Baisse du taux de …" (no number), else text."""
    match = _ROMANCE_LEADING.match(text)
    if match is None or any(c.isdigit() for c in text):
        return text
    return f"{match.group(1)}{_ROMANCE_NOUNS[match.group(2).lower()]} {text[match.end() :]}"

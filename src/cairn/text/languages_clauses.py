"""A verb of change inside a sentence that is still the key result's verb (fourteenth round).

Spanish, Portuguese, French, Italian and German key results are also written as a sentence
whose subject is the means and whose object is the metric: "A automação reduz o tempo de
resposta em 30%", "El nuevo proceso reduce los costes en un 15%", "Le chatbot réduit le temps
de réponse de 30%", "Die Automatisierung senkt die Antwortzeit um 30%" (round 12: "AI-assisted
Sales aumenta conversion rate em 25%"). A verb that raises or lowers, followed by a few words
(the metric) and then only "by N%", moves the number: it is read as the key result's verb, as
English "The automation reduces response time by 30%" is. A verb followed by anything else
stays a clause's verb ("… usuários que aumentam o uso …").
"""

from __future__ import annotations

import re

__all__ = ["third_person", "verb_before_object_amount"]

# Third-person forms the verb tables do not hold (they hold infinitives and imperatives), and
# the form they do: "reduz" → "reduzir". Rewritten only before a metric and "by N%".
_THIRD_PERSON = {
    "pt": {"reduz": "reduzir", "diminui": "diminuir", "aumenta": "aumentar", "melhora": "melhorar",
           "eleva": "elevar"},
    "es": {"incrementa": "incrementar", "mejora": "mejorar"},
    "fr": {"réduit": "réduire", "diminue": "diminuer", "augmente": "augmenter",
           "améliore": "améliorer"},
    "it": {"riduce": "ridurre", "diminuisce": "diminuire", "migliora": "migliorare"},
    "de": {"verringert": "verringern", "verbessert": "verbessern", "verkürzt": "verkürzen"},
}  # fmt: skip
_FORMS = {
    code: re.compile(rf"(?<=\w )({'|'.join(forms)})(?!\w)", re.IGNORECASE)
    for code, forms in _THIRD_PERSON.items()
}

# The words of the metric (no number among them), then "by N%" ending the sentence; "by" is
# the tables' English for "em", "en", "um", French "de" and Italian "del"/"di" are not yet read.
_OBJECT_AMOUNT = re.compile(
    r"\s+(?:[^\W\d_][\w'’-]*\s+){1,6}(?:by|de|del|di)\s+[-+]?\d[\d.,]*\s?%\s*[.!]?\s*$",
    re.IGNORECASE,
)


def third_person(text: str, language: str) -> str:
    """Return text with a third-person verb of change before a metric and "by N%" written in
    the form the tables read ("A automação reduz o tempo … by 30%" → "… reduzir …")."""
    pattern = _FORMS.get(language)
    if pattern is None or "%" not in text:
        return text
    for match in pattern.finditer(text):
        if verb_before_object_amount(text, match.end()):
            infinitive = _THIRD_PERSON[language][match.group(1).lower()]
            return f"{text[: match.start()]}{infinitive}{text[match.end() :]}"
    return text


def verb_before_object_amount(text: str, end: int) -> bool:
    """Return True when the text after a verb ending at `end` is a metric and "by N%"."""
    return _OBJECT_AMOUNT.match(text, end) is not None

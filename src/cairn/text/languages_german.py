"""German key results written as whole sentences (fourteenth round, issue 15).

The German tables (`cairn.text.language_words_germanic`) read a key result whose verb ends it or opens
it ("Umsatz um 20% steigern"). People also write the change as a sentence, which this module
turns into that shape before the tables run:

- a modal or a passive with a participle: "Die Anzahl der Leads soll um 10% gesteigert
  werden", "Der Umsatz wird um 10% gesenkt", "Die Ladezeit muss auf 2 Sekunden gesenkt
  werden" → "… um 10% steigern" (the verb then ends the sentence, as the tables expect);
- "N% weniger X" → "N% fewer X" ("N% mehr X" is `percent_more`'s);
- a change by an amount, "N <Nomen> weniger / mehr" ("Von der Idee zum Release vergehen
  4 Wochen weniger", "Es nehmen 4 Kunden mehr teil") → "reduce/increase … by N Wochen": a
  change of N that keeps its unit (the third label decision, seventeenth round: time units in
  English, "weeks", other nouns as written, "Kunden");
- "darf N nicht übersteigen / überschreiten" → "höchstens N" (a ceiling), "nicht weniger als"
  → "mindestens" and "nicht mehr als" → "höchstens" (the tables read "weniger als" alone as
  "less than", the negation lost).

`SENTENCE_MARKERS` are common words of such sentences that English does not write (modals,
auxiliaries, "nicht", "mehr", "weniger", participles): they count as German evidence, so that
"Die Kosten sollen um 15% gesenkt werden" is told German without "ä", "ö" or "ü".
"""

from __future__ import annotations

import re

__all__ = ["SENTENCE_MARKERS", "german_sentence"]

# Participles of the change verbs, and the infinitive the German tables know.
_PARTICIPLES = {
    "gesteigert": "steigern",
    "erhöht": "erhöhen",
    "verbessert": "verbessern",
    "vergrößert": "vergrößern",
    "ausgebaut": "ausbauen",
    "angehoben": "anheben",
    "verdoppelt": "verdoppeln",
    "gesenkt": "senken",
    "reduziert": "reduzieren",
    "verringert": "verringern",
    "verkürzt": "verkürzen",
    "minimiert": "minimieren",
    "abgebaut": "abbauen",
    "halbiert": "halbieren",
}
_AUXILIARIES = "soll|sollen|muss|müssen|wird|werden|sollte|sollten"
# "… soll um 10% gesteigert werden", "… wird um 10% gesenkt": the participle ends the clause,
# "werden" (and a full stop) after it at most.
_PASSIVE = re.compile(
    rf"\s(?:{_AUXILIARIES})\s+(.+?)\s+({'|'.join(_PARTICIPLES)})(?:\s+werden)?\s*([.!]?)\s*$",
    re.IGNORECASE,
)
# "15% weniger Fehler": fewer, a relative change down.
_PERCENT_FEWER = re.compile(r"(\d\s?%)\s+weniger(?!\s+als)\b", re.IGNORECASE)
# "4 Wochen weniger", "4 Kunden mehr": a change by 4 (not "mehr als", a bound).
_AMOUNT = re.compile(
    r"(?<![\d.,%])(\d[\d.,]*)\s+([^\W\d_][\w-]*)\s+(weniger|mehr)(?!\s+als)\b[.!]?", re.IGNORECASE
)
_CEILING = re.compile(
    r"\b(?:darf|dürfen|soll|sollen|sollte)\s+([-+]?[$€£]?\d[\d.,]*\s?%?(?:\s+[^\W\d_]+)?)\s+"
    r"nicht\s+(?:übersteigen|überschreiten)\b",
    re.IGNORECASE,
)
# Nineteenth round: "ein Nettowachstum von 0.8 FTE", "ein Rückgang von 10%": a change of N, as
# "growth of", "a reduction of" (the noun may close a compound: "Umsatzwachstum").
_CHANGE_NOUNS = {"wachstum": "growth", "zuwachs": "growth", "senkung": "reduction"}
_CHANGE_NOUNS |= {"rückgang": "reduction"}
_CHANGE_OF = re.compile(
    rf"(\w*?({'|'.join(_CHANGE_NOUNS)}))\s+von\s+(?=[-+]?[$€£]?\d)", re.IGNORECASE
)
_NOT_LESS = re.compile(r"\bnicht\s+weniger\s+als\b", re.IGNORECASE)
_NOT_MORE = re.compile(r"\bnicht\s+mehr\s+als\b", re.IGNORECASE)

_MARKERS = (
    "soll sollen muss müssen wird werden sollte sollten darf dürfen nicht mehr weniger "
    "anzahl gibt nehmen teil dauert vergehen sich "
)
SENTENCE_MARKERS = frozenset(_MARKERS.split()) | frozenset(_PARTICIPLES)


def german_sentence(text: str) -> str:
    """Return a German key result written as a sentence in the shape the tables read."""
    low = text.lower()
    if "nicht" in low:
        if "übersteigen" in low or "überschreiten" in low:
            text = _CEILING.sub(r"höchstens \1", text)
        text = _NOT_LESS.sub("mindestens", _NOT_MORE.sub("höchstens", text))
    if "weniger" in low or "mehr" in low:
        text = _PERCENT_FEWER.sub(r"\1 fewer", text)
        if (amount := _AMOUNT.search(text)) is not None:
            verb = "reduce" if amount.group(3).lower() == "weniger" else "increase"
            rest = f"{text[: amount.start()]} {text[amount.end() :]}".strip()
            text = f"{verb} {rest} by {amount.group(1)} {amount.group(2)}"
    if "wachs" in low or "senkung" in low or "gang" in low:
        text = _CHANGE_OF.sub(
            lambda m: f"{m.group(1)} {_CHANGE_NOUNS[m.group(2).lower()]} of ", text
        )
    if (passive := _PASSIVE.search(text)) is not None:
        infinitive = _PARTICIPLES[passive.group(2).lower()]
        text = f"{text[: passive.start()]} {passive.group(1)} {infinitive}{passive.group(3)}"
    return text

"""Floors and ceilings written in words rather than signs (twenty-second round, issue 15).

- A verb of exceeding that opens (or, where the verb ends the sentence, closes) a key result is a
  floor: "Superar una recaudación de 10,000 dólares" (round-22 label), "Exceed 10,000 sign-ups",
  "Dépasser 500 clients actifs", "500 Kunden übertreffen"; as "Customer satisfaction exceeds
  96%" already was (round 12). Denied ("no debe superar", "must not exceed") it is a ceiling,
  which the language tables and `value_patterns` mostly read before this ("Latencia no debe
  superar 500 ms", too short to be told Spanish, is read here).
- "Only" right before the value is a ceiling: "Nur 10% der Neueinstellungen verlassen das
  Unternehmen …" (round-19 label), "Only 2 P1 incidents per quarter", "Solo 5% de los clientes
  cancelan".

Neither applies when the sentence states a start, a change or a bound of its own.
"""

from __future__ import annotations

import re

from cairn.text.sentence import Sentence
from cairn.text.tokens import Token

__all__ = ["STAY_ABOVE", "STAY_BELOW", "word_bound"]

STAY_ABOVE, STAY_BELOW = "stay_above", "stay_below"

_EXCEED = (
    "exceed surpass superar sobrepasar ultrapassar dépasser depasser superare oltrepassare"
    " übertreffen überschreiten übersteigen overtreffen overschrijden przekroczyć prześcignąć"
    " melampaui melebihi vượt aşmak превысить превзойти"
)
_INFINITIVES = frozenset(_EXCEED.split())
# third persons, read only when denied ("Ninguna región supera el 15%": a ceiling)
_EXCEEDS = (
    "exceeds surpasses supera superan sobrepasa ultrapassa ultrapassam dépasse dépassent"
    " überschreitet übersteigt"
)
_EXCEEDING = _INFINITIVES | frozenset(_EXCEEDS.split())
_ONLY = (
    "only nur lediglich solo sólo solamente únicamente somente apenas seulement soltanto"
    " tylko jedynie alleen slechts hanya chỉ sadece yalnızca только лишь"
)
_ONLY_WORDS = frozenset(_ONLY.split())
_ANY_WORD = re.compile(
    r"(?<![^\W\d_])(?:"
    + "|".join(sorted(_EXCEEDING | _ONLY_WORDS, key=len, reverse=True))
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
_NEGATIONS = frozenset(
    ["no", "not", "never", "nicht", "nie", "niemals", "não", "nao", "ne", "pas", "non", "nunca"]
    + ["ninguna", "ninguno", "nenhum", "nenhuma", "aucun", "aucune", "kein", "keine", "none"]
)
_ARTICLES = frozenset(["the", "il", "lo", "el", "le", "la", "los", "las", "o", "os", "der", "die"])


def word_bound(sentence: Sentence, target: Token | None, verb: str | None) -> str | None:
    """Return the bound a word sets on the target: a floor for a verb of exceeding at either
    end of the sentence, a ceiling for one denied ("no debe superar") or for "only" right
    before the value; else None."""
    if target is None or _ANY_WORD.search(sentence.text) is None:
        return None  # the usual case: no word of either kind (one search in C)
    tokens = sentence.tokens
    at = next((i for i, t in enumerate(tokens) if t is target), -1)
    before = at - 1 if at > 0 and tokens[at - 1].low not in _ARTICLES else at - 2
    if before >= 0 and tokens[before].low in _ONLY_WORDS:
        return STAY_BELOW  # "Only 2 P1 incidents", "Solo il 4% dei clienti abbandona"
    before = next((i for i in range(at) if tokens[i].low in _EXCEEDING), -1)
    if before >= 0 and any(t.low in _NEGATIONS for t in tokens[max(0, before - 3) : before]):
        return STAY_BELOW  # "No debe superar los 500 ms", "Latencia no debe superar 500 ms"
    if before == 0 and tokens[0].low in _INFINITIVES or verb in _INFINITIVES:
        return STAY_ABOVE  # "Superar los 500 clientes activos", "Exceed 10,000 sign-ups"
    words = [t for t in tokens[at + 1 :] if t.kind == "word"]
    if words and words[-1].low in _EXCEEDING:  # "500 Kunden übertreffen": the verb ends it
        denied = any(t.low in _NEGATIONS for t in words)  # "… nicht überschreiten"
        return STAY_BELOW if denied else STAY_ABOVE
    return None

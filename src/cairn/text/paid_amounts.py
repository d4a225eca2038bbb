"""Amounts paid off and times improved: changes whose way down the verb alone does not say.

Twenty-third round (issue 15), from the first runs of rounds 23 and 24:

- a debt paid off by an amount ("Pay off $20,000 in student loan debt", "Quitar R$ 5.000 do
  empréstimo", "5.000 € Schulden tilgen") is a decrease of the debt by that amount, not a
  target of 20,000; a payment with no debt named ("Pay $500 to the landlord") stays a target;
- a time improved by an amount ("Die Marathonzeit um 15 Minuten verbessern", "Mejorar mi
  tiempo en 10 minutos") goes down, as English "Improve 5k time by 2 minutes" already does:
  the languages' tables write their verb of improving as "increase", so the verb as written
  is read here.

Both read words of the sentence, a set look-up each (no scan per word).
"""

from __future__ import annotations

from cairn.text.lexicon import _words
from cairn.text.sentence import Sentence
from cairn.text.tokens import Token

# Verbs of paying a debt off, in the languages of the tables (the first word or the last).
_PAYING = _words(
    "pay repay quitar pagar liquidar amortizar saldar rembourser ripagare estinguere saldare "
    "tilgen abbezahlen zurückzahlen aflossen afbetalen spłacić splatit"
)
_DEBTS = _words(
    "debt debts loan loans mortgage dívida dívidas empréstimo empréstimos financiamento deuda "
    "deudas préstamo préstamos hipoteca dette dettes prêt prêts crédit debito debiti prestito "
    "prestiti mutuo schulden kredit darlehen hypothek schuld schulden lening leningen hypotheek "
    "dług długi kredyt"
)


def paid_debt(sentence: Sentence, amount: Token) -> bool:
    """Return True for a currency amount paid off a debt the sentence names."""
    if amount.unit is None or amount.unit == "%" or amount.unit.isalpha():
        return False  # a currency sign ("$", "R$", "€"), not a count or a share
    words = [t.low for t in sentence.tokens if t.kind == "word"]
    if not words or not any(w in _DEBTS for w in words):
        return False
    source = sentence.source.split()
    first = source[0].lower().strip(".,:;") if source else ""
    last = source[-1].lower().strip(".,:;!") if source else ""
    return first in _PAYING or last in _PAYING


# Verbs of improving as written, in the languages whose tables read them as "increase".
_IMPROVING = _words(
    "verbessern verbessert verbessere mejorar mejora melhorar melhore améliorer améliore "
    "migliorare migliora verbeteren verbeter poprawić poprawa iyileştirmek geliştirmek"
)
_TIMES = frozenset(["seconds", "minutes", "hours", "ms", "microseconds"])


def improved_time(sentence: Sentence, change: Token | None) -> bool:
    """Return True for a time improved by an amount of time: a change down."""
    if change is None or change.unit not in _TIMES:
        return False
    words = sentence.source.lower().replace(".", " ").split()
    return bool(words) and (words[0] in _IMPROVING or words[-1] in _IMPROVING)

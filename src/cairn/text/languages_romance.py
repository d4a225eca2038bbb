"""Phrasings of Portuguese, Spanish, Italian, French and German that the rewrite into English
words reads before and after its word tables (twelfth round, issue 15).

"40% mais solicitações" is "40% more requests" (a relative change); "al menos el 95%" and
"pelo menos, 20" bound the number after the article or the comma; Italian "di"/"del" before a
number is "of" after a verb that reaches or keeps a level ("Ottenere un NPS di 50"), "by" after
a verb of change ("Ridurre i costi di 500 euro"). Used by `cairn.text.languages`.
"""

from __future__ import annotations

import re
from functools import cache

from cairn.text.language_words import PERCENT_MORE

__all__ = ["bound_through_article", "italian_of", "percent_more"]


def percent_more(text: str, language: str) -> str:
    """Return text with "N% mais/más/mehr/in più" written "N% more" ("40% mais solicitações")."""
    if language not in PERCENT_MORE or "%" not in text:
        return text
    return _percent_more(language).sub(r"\1 more ", text)


@cache
def _percent_more(language: str) -> re.Pattern:
    more = r"\s+".join(PERCENT_MORE[language].split())
    return re.compile(rf"(\d\s?%)\s+{more}(?:\s+(?:de|di))?(?!\w)", re.IGNORECASE)


# A bound, then an article or a comma before its number: "at least el 95%", "at least, 20".
_BOUND_ARTICLE = re.compile(
    r"\b(at least|at most|no more than|more than|less than)\s*(?:,\s*|\s(?:el|la|los|las|il|lo"
    r"|o|a|os|as|le|les)\s+)(?=[-+]?[$€£¥]?\d)"
)


def bound_through_article(text: str) -> str:
    """Return text (in English bound words) with the article or comma after a bound dropped."""
    if "at " not in text and "than" not in text:
        return text
    return _BOUND_ARTICLE.sub(r"\1 ", text)


_ITALIAN_OF = re.compile(r"(?<!\w)(?:di|del)\s+(?=[-+]?[$€£¥]?\d)", re.IGNORECASE)
_MOVES = frozenset(["increase", "reduce", "double", "halve"])


def italian_of(text: str, verbs: set[str]) -> str:
    """Return Italian text with "di"/"del" before a number written "of" when the sentence's
    verbs (`verbs`, as English verbs) reach or keep a level and none moves a number."""
    if not verbs & {"reach", "keep"} or verbs & _MOVES or not _ITALIAN_OF.search(text):
        return text
    return _ITALIAN_OF.sub("of ", text)


# Thirty-second round: Italian elides the article before a number said with a vowel ("sotto
# l'1%", "all'8%", "dell'11%", "nell'80% dei casi", "dall'8% al 5%"): the article and its
# preposition are read as written in full ("sotto il 1%", "al 8%", "del 11%"), so the bound or
# the from–to around them is read as for any other number.
_ELIDED = re.compile(r"(?<!\w)(l|all|dell|nell|sull|dall)['’](?=\d)", re.IGNORECASE)
_FULL = {"l": "il", "all": "al", "dell": "del", "nell": "nel", "sull": "sul", "dall": "dal"}


def italian_elision(text: str) -> str:
    """Return Italian text with an article elided before a number written in full."""
    if "'" not in text and "’" not in text:
        return text
    return _ELIDED.sub(lambda m: _FULL[m.group(1).lower()] + " ", text)

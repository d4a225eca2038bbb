"""Dates written in digits as a deadline: when, never a value (after the first run of round 38).

"Pitch deck + one-pager + demo do ISA prontos e ensaiados até 29/07." read a target of 29:
a day and a month in digits (dd/mm, mm/dd, dd.mm., dd.mm.yyyy, d-m) after a deadline word of
Portuguese, Spanish, French, Italian, German, Dutch or English ("até 29/07", "hasta el 15/08",
"avant le 30/09", "entro il 30/09", "bis 29.07.", "vóór 1-9", "by 7/29") is the deadline, as
"by June 30" and "até 13/07/2026" already were. So is such a date closing the sentence with no
deadline word when it cannot be a score: a day past 12 before its month ("Site lançado 29/07")
or a full dd.mm.yyyy. The deadline is taken out before the sentence is read, so a count
elsewhere still reads ("5 clientes até 29/07": 5 clientes).

Not a date: a fraction or a score ("Cut costs by 1/3", "até 1/3 dos clientes", "4/5 or
higher", "NPS 9/10"), a decimal or a range ("bis 2.5 Sekunden", "voor 3-5 klanten").
"""

from __future__ import annotations

import re

# The deadline words of each language, one named group each: the month is written in its words.
_DEADLINE = (
    r"(?P<pt>até(?:\s+(?:o\s+)?dia)?|antes\s+d[eo]|no\s+dia|em)"
    r"|(?P<es>hasta(?:\s+el)?(?:\s+día)?|antes\s+del?|para\s+el|a\s+más\s+tardar\s+el)"
    r"|(?P<fr>avant\s+le|d'ici\s+(?:le|au)|jusqu'au|pour\s+le|au\s+plus\s+tard\s+le)"
    r"|(?P<it>entro\s+(?:il|l')?|prima\s+del|per\s+il)"
    r"|(?P<de>bis(?:\s+(?:zum|spätestens))?|vor\s+dem|spätestens(?:\s+(?:am|zum))?|am)"
    r"|(?P<en>vóór|voor|uiterlijk|tot|op"  # Dutch, whose month names English spells alike
    r"|by|before|until|till|due(?:\s+on)?|on|no\s+later\s+than)"
)
# The months as `timeframes` reads them after a day ("29 de julho", "29. Juli", "29 July").
_MONTHS = {
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro"
    " dezembro",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre"
    " diciembre",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre"
    " dicembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "en": "January February March April May June July August September October November December",
}
_DAY_BEFORE_MONTH = {"pt": "{} de {}", "es": "{} de {}"}  # "29. Juli" would end a sentence
_YEAR = r"(?:19|20)\d{2}"
# A day and a month in digits: slashes (dd/mm, mm/dd, with a year), dots (dd.mm., dd.mm.yyyy,
# dd.mm) or a hyphen (d-m).
_DAY_MONTH = (
    rf"(?P<a>\d{{1,2}})(?:/(?P<b>\d{{1,2}})(?:/(?:{_YEAR}|\d{{2}}))?"
    rf"|\.(?P<c>\d{{2}})(?:\.(?:{_YEAR})?)?|-(?P<d>\d{{1,2}})(?:-{_YEAR})?)"
)
# What may follow a date: the end, punctuation, another deadline word; not a word that makes
# the pair a share of something ("1/3 dos clientes") or a unit ("2.5 Sekunden").
_AFTER = r"(?=\s*$|[.,;:!?)\]](?:\s|$)|\s+[–—-]\s|\s+\((?!\d))"
_AFTER_DEADLINE = re.compile(
    rf"(?<![\w/.])(?:{_DEADLINE})\s+(?P<date>{_DAY_MONTH}){_AFTER}", re.IGNORECASE
)
# Closing the sentence with no deadline word: dd/mm with a day past 12, or dd.mm.yyyy.
_BARE_END = re.compile(
    rf"(?<![\w/.,])(?P<date>(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})|\d{{1,2}}\.\d{{2}}\.{_YEAR})"
    r"\s*[.!]?\s*$"
)
_SIGN = re.compile(r"\d[/.-]\d")


def _day_month(a: int, b: int) -> bool:
    """Return True when a and b are a day and a month, in either order."""
    return (1 <= a <= 31 and 1 <= b <= 12) or (1 <= a <= 12 and 1 <= b <= 31)


def _deadline(match: re.Match) -> bool:
    """Return True when a number pair after a deadline word is a date, not a fraction."""
    a = int(match["a"])
    b = int(match["b"] or match["c"] or match["d"])
    if not _day_month(a, b):
        return False
    date = match["date"]
    if match["b"] and date.count("/") == 1 and a < b <= 12:
        return False  # "by 1/3", "em 1/3": a fraction, a change ("Cut costs by 1/3")
    if match["c"] and date.count(".") == 1:
        return b <= 12 and len(match["c"]) == 2  # "bis 29.07" (no dot after): two digits
    return True


def without_numeric_dates(text: str) -> str:
    """Return the text without a deadline written in digits ("até 29/07", "by 7/29",
    "bis 29.07.", "Site lançado 29/07"); the text as it was when it has none."""
    if not _SIGN.search(text):
        return text
    for match in reversed(list(_AFTER_DEADLINE.finditer(text))):
        if _deadline(match):
            text = text[: match.start("date")] + _in_words(match) + text[match.end() :]
    if (bare := _BARE_END.search(text)) and _bare(bare):
        text = text[: bare.start()].rstrip() + text[bare.end("date") :]
    return text


def _in_words(match: re.Match) -> str:
    """Return the date of a deadline with its month in the deadline word's language ("até
    29/07": "29 de julho"); English reads a month first when both could be ("by 7/4": 4 July)."""
    language = next(name for name in _MONTHS if match[name])
    a = int(match["a"])
    b = int(match["b"] or match["c"] or match["d"])
    if b > 12 or (language == "en" and match["b"] and a <= 12 and b <= 31):
        a, b = b, a  # "by 7/29": July 29
    month = _MONTHS[language].split()[b - 1]
    return _DAY_BEFORE_MONTH.get(language, "{} {}").format(a, month)


def _bare(match: re.Match) -> bool:
    """Return True for dd/mm with a day past 12 (no score is above its maximum), or dd.mm.yyyy."""
    if match["a"] is None:
        return True
    a, b = int(match["a"]), int(match["b"])
    return 12 < a <= 31 and 1 <= b <= 12

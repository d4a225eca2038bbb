"""Words after a number that read the same in every language the tables know (eighteenth round).

`cairn.text.languages.localise` rewrites a sentence in its language's words, but a short key
result ("Sälj för 100 miljoner.", "10 000 € MRR", "Verkaufe 100 Millionen") has too few common
words to tell its language. What comes right after a number is told without the language:

- a scale word of the Germanic, Romance or Nordic languages is the English one: Swedish
  "miljoner", German "Millionen", Italian "milioni", Dutch "miljoen", Danish and Norwegian
  "millioner" (a million), "miljarder", "Milliarden", "miliardi", "miljard" (a billion),
  "tusen", "Tausend", "duizend", "mila" (a thousand). Only right after a digit: "Mila" alone
  is a name;
- a currency sign written after its number ("10 000 €", "250 £", "300 ₽", "50 zł") is the sign
  before it, as English writes it ("€10000"), the spaces that group thousands removed, and the
  dots that group thousands and a decimal comma read as such ("2.500 €" is €2500, "0,05 €"
  €0.05; thirty-second round). The dollar is left as it is: English writes it before its number.

Every step tests a plain key word before its regex (the parse's speed, SPEC §7).
"""

from __future__ import annotations

import re

from cairn.text.value_marks import value_marks

_MILLION = "miljoner|miljon|millionen|milioni|milione|miljoenen|miljoen|millioner|miljoonaa"
_BILLION = "miljarder|miljard|milliarden|milliarde|miliardi|miliardo|miljarden|milliarder|milliards"
_THOUSAND = "tusen|tausend|duizend|mila|tuhatta"
_SCALE_RE = re.compile(
    rf"(?<=\d) ?(?:(?P<m>{_MILLION})|(?P<b>{_BILLION})|(?P<t>{_THOUSAND}))(?![\w])", re.I
)

_SIGNS = {"€": "€", "£": "£", "₽": "RUB", "zł": "PLN"}
_CURRENCY_AFTER_RE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?: \d{3})+(?:[.,]\d+)?|\d[\d.,]*\d|\d)\s?(€|£|₽|zł)(?!\w)"
)


def any_language(text: str) -> str:
    """Return text with scale words and currencies after a number written as English does."""
    # plain key words first (every scale word holds one), then the regex
    if (
        "mil" in text
        or "Mil" in text
        or "tus" in text
        or "aus" in text
        or "uiz" in text
        or "tuh" in text
    ):
        text = _SCALE_RE.sub(_english_scale, text)
    if "€" in text or "£" in text or "₽" in text or "zł" in text:
        text = _CURRENCY_AFTER_RE.sub(_currency_before, text)
    return value_marks(text)  # "50% ↓", "NPS oltre 70", "Öka … med 20%" (twentieth round)


def _english_scale(match: re.Match) -> str:
    if match.group("m"):
        return " million"
    return " billion" if match.group("b") else " thousand"


# Thirty-second round: a number before a trailing sign is written the continental way, so dots
# that group thousands ("2.500 €", "1.250.000 €") and a decimal comma of one or two digits
# ("0,05 €", "2.500,50 €") are read as such ("2.500 €" was €2.5). Read on the number alone.
_DOT_GROUPS_RE = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?")
_DECIMAL_COMMA_RE = re.compile(r"\d+,\d{1,2}")


def _currency_before(match: re.Match) -> str:
    sign = _SIGNS[match.group(2)]
    number = match.group(1).replace(" ", "")
    if _DOT_GROUPS_RE.fullmatch(number) or _DECIMAL_COMMA_RE.fullmatch(number):
        number = number.replace(".", "").replace(",", ".")
    return f"{sign}{number}" if len(sign) == 1 else f"{number} {sign}"

"""Numbers written as words in other languages, read as digits (twelfth round, issue 15).

"vinte e cinco por cento" is 25 %, "novecentos e sessenta reais" 960 reais, "mil e duzentos"
1200, "treinta y cinco talleres" 35 talleres, "Zwei Schlüsselpositionen" 2 Schlüsselpositionen.
The parts of a number (`NUMBER_PARTS`) join larger to smaller, with the language's "and"
("e", "y") or a space, and "mil" multiplies what comes before it ("dois mil e quinhentos");
parts that do not join so are two numbers. Read only in lower case (a capital is a name: "Lean
Seis Sigma", "Sete Lagoas"), except the first word of the sentence before a lower-case word
(German, whose nouns take capitals: before any word). A number stands before a word or ends
the sentence. A lone article ("um", "una", "eins"), Spanish "dos" (Portuguese "of the"), and
"cento", "ciento", "mil" alone ("por cento" is per cent; "5 mil" is a scale after digits) stay
words. Used by `cairn.text.languages` before any other rewriting.
"""

from __future__ import annotations

import re
from functools import cache

from cairn.text.language_words import LANGUAGES
from cairn.text.number_words import NUMBER_JOINS, NUMBER_PARTS

_NOT_ALONE = frozenset(["um", "uma", "un", "una", "uno", "eins", "dos", "cento", "ciento", "mil"])


def read_number_words(text: str, language: str) -> str:
    """Return text with its numbers written as words in `language` written as digits."""
    pattern = _pattern(language)
    if pattern is None:
        return text
    return pattern.sub(lambda m: _digits(m, language), text)


@cache
def _pattern(language: str) -> re.Pattern | None:
    parts = NUMBER_PARTS.get(language)
    if parts is None:
        return None
    words = "|".join(sorted(parts, key=len, reverse=True))
    join = NUMBER_JOINS.get(language)
    between = rf"\s+(?:{join}\s+)?" if join else r"\s+"
    # a capital only as the sentence's first word (after list markup)
    first = rf"^[\s*\-•]*(?:{_titled(parts)})"
    return re.compile(
        rf"(?<![\w'])(?<!\d\s)(?:{first}|(?:{words}))(?:{between}(?:{words}))*"
        r"(?=\s+[^\W\d]|\s*[.;,!]?\s*$)"
    )


def _titled(parts: dict[str, int]) -> str:
    return "|".join(sorted((w[0].upper() + w[1:] for w in parts), key=len, reverse=True))


def _digits(match: re.Match, language: str) -> str:
    """Return the matched number words as digits, or as written when they are no number."""
    text = match.group(0)
    lead = len(text) - len(text.lstrip(" \t*-•"))
    words = text[lead:].split()
    if words == ["dos"] and language == "es" and _spanish_two(match):
        return "2"  # "Adquirir dos competidores", "en dos puntos"
    if words[0][0].isupper() and language not in ("de", "nl"):
        after = match.string[match.end() :].lstrip()
        if after[:1].isupper():
            return text  # "Seis Sigma": a name
    parts = NUMBER_PARTS[language]
    join = NUMBER_JOINS.get(language)
    out: list[str] = []
    segment: list[str] = []
    for word in words:
        low = word.lower()
        if low == join:
            segment.append(word)
            continue
        if segment and _value([w.lower() for w in segment if w.lower() != join] + [low], parts):
            segment.append(word)
            continue
        out.extend(_written(segment, parts, join))
        segment = [word]
    out.extend(_written(segment, parts, join))
    return text[:lead] + " ".join(out)


# Thirteenth round: Spanish "dos" is two after a verb, a preposition or an article, or at the
# start; Portuguese "dos" ("of the") follows a noun ("a taxa dos clientes").
_BEFORE_TWO = frozenset(
    [
        "en",
        "de",
        "con",
        "por",
        "para",
        "a",
        "los",
        "las",
        "sus",
        "nuestros",
        "nuestras",
        "entre",
        "unos",
        "unas",
        "al",
        "menos",
        "mínimo",
    ]
)


def _spanish_two(match: re.Match) -> bool:
    """Return True for a Spanish "dos" that counts (see _BEFORE_TWO)."""
    before = match.string[: match.start()].split()
    if not before:
        return True
    word = before[-1].lower().strip("*-•")
    return not word or word in _BEFORE_TWO or word in LANGUAGES["es"]["verbs"]


def _written(segment: list[str], parts: dict[str, int], join: str | None) -> list[str]:
    """Return a segment of number words as its digits, or as written when it is no number."""
    if not segment:
        return []
    trailing = []
    while segment and segment[-1].lower() == join:
        trailing.insert(0, segment.pop())
    numbers = [w.lower() for w in segment if w.lower() != join]
    if len(numbers) == 1 and numbers[0] in _NOT_ALONE:
        return segment + trailing
    value = _value(numbers, parts)
    return ([str(value)] if value is not None else segment) + trailing


def _value(words: list[str], parts: dict[str, int]) -> int | None:
    """Return the number the words name, None when they do not join into one number."""
    total, current, last = 0, 0, None
    for word in words:
        value = parts.get(word)
        if value is None:
            return None
        if value == 1000:
            if last == 1000:
                return None
            total += (current or 1) * 1000
            current, last = 0, 1000
            continue
        if last is not None and not _joins(last, value):
            return None
        current += value
        last = value
    return total + current


def _joins(last: int, value: int) -> bool:
    """Return True when `value` may follow `last` inside one number ("vinte e cinco")."""
    if last == 1000:
        return value < 1000
    if last >= 100:
        return value < 100
    if last >= 20 and last % 10 == 0:
        return value < 10
    return False

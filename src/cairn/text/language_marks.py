"""A key result's verb, marked where a language's rules find it and put first, as English does;
a number with the English word the rules read after it ("5000 €" → "€5000", "3 days")."""

from __future__ import annotations

import re

VERB_MARK = "\x02"
_MARKED_VERB = re.compile(f"{VERB_MARK}([^{VERB_MARK}]+){VERB_MARK}")


def verb_first(text: str) -> str:
    """Return text with the first marked verb at its start (where English puts it)."""
    match = _MARKED_VERB.search(text)
    if match is None:
        return text
    verb = match.group(1)
    if text[: match.start()].strip(" *\"'«»„“:-"):
        text = f"{verb} {text[: match.start()]}{text[match.end() :]}"
    return text.replace(VERB_MARK, "")


def number_with(number: str, english: str) -> str:
    """Return a number with the English word after it, or a currency before it ("€5000")."""
    if english in ("€", "$", "£", "¥", "R$"):
        return f"{english}{number.strip()}"
    return f"{number.strip()} {english}"

"""Text cells a spreadsheet program would run as formulas: neutralised on export, restored on import.

OWASP's rule for CSV injection: a cell beginning with = + - @ tab or carriage return gets a
single quote in front, so Excel and LibreOffice show it as text. A cell that already begins
with quotes before such a character gets one more, so `restore` (one quote off when quotes
precede such a character) gives back exactly what was written: export → import → export is
byte-identical. Other cells, numbers among them, are untouched.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
_QUOTED = re.compile(r"'+[=+\-@\t\r]")


def neutralise(text: str) -> str:
    """Return the text with a "'" in front when a spreadsheet could read it as a formula."""
    if text.startswith(TRIGGERS) or _QUOTED.match(text):
        return "'" + text
    return text


def restore(text: str) -> str:
    """Return the text neutralise was given: one leading "'" removed before quotes or a trigger."""
    return text[1:] if _QUOTED.match(text) else text


def neutralise_row(row: Mapping[str, object], numbers: Collection[str]) -> dict[str, object]:
    """Return a row with every text cell neutralised, except the columns holding numbers."""
    return {
        name: neutralise(value) if isinstance(value, str) and name not in numbers else value
        for name, value in row.items()
    }

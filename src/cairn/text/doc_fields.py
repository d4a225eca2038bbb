"""A key result's field table: two columns, a field's name and its value (issue 15, ninth round).

"### KR 1.2: Reach 40 teams" over "| Field | Value |" / "| Owner | Ana |" / "| Status | Done |", or
a header-less "| | |" / "| **Owner** | Ana |" table, reports on the key result above as field
bullets do ("- Owner: Ana"). `field_rows` rewrites such a table into those bullets (owner,
status, score and progress; the other fields, a target or a baseline, go blank: they describe).
"""

from __future__ import annotations

import re

from cairn.text.outline_words import OWNER_WORD, PROGRESS_WORD, SCORE_WORD, STATUS_WORD

_REPORTED = (
    ("Owner", re.compile(rf"^(?:{OWNER_WORD}|assignee|lead)$", re.I)),
    ("Status", re.compile(rf"^{STATUS_WORD}$", re.I)),
    ("Score", re.compile(rf"^{SCORE_WORD}$", re.I)),
    ("Progress", re.compile(rf"^{PROGRESS_WORD}$", re.I)),
)


def _name(cell: str) -> str:
    return " ".join(cell.replace("*", "").replace("_", " ").split()).rstrip(":：").strip()


def _reported(cell: str) -> str | None:
    """Return "Owner", "Status", "Score" or "Progress" for a cell naming that field."""
    name = _name(cell)
    return next((word for word, pattern in _REPORTED if pattern.match(name)), None)


def field_rows(header: list[str], rows: list[list[str]]) -> tuple[str, list[str]] | None:
    """Return the header's and the rows' lines of a two-column field table; None for others.

    Every row has a short name (four words at most) in its first cell, and one of them (or the
    header's) names an owner, a status, a score or a progress. A header row naming a field
    ("| Owner | Ana |" first) is a row too.
    """
    if len(header) != 2 or len(rows) < 2 or any(len(row) != 2 for row in rows):
        return None
    if any(not _name(row[0]) or len(_name(row[0]).split()) > 4 for row in rows):
        return None
    head = _reported(header[0])
    found = [_reported(row[0]) for row in rows]
    if head is None and not any(found):
        return None
    first = f"- {head}: {header[1].strip()}" if head and header[1].strip() else ""
    lines = [
        f"- {word}: {row[1].strip()}" if word and row[1].strip() else ""
        for word, row in zip(found, rows, strict=True)
    ]
    return first, lines

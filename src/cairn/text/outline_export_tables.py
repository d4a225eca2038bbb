"""Grid tables, as pandoc writes a Word table (thirty-second reader round, part B, issue 15).

    +--------------------+------------------------------------+
    | Objective          | Key results                        |
    +====================+====================================+
    | Make deploys       | - Cut failed deploys from 12% to   |
    | boring             |   3%                               |
    |                    | - Halve median build time          |
    +--------------------+------------------------------------+

A grid table with a header ("+===+" under its first row) is written as the pipe table the reader
knows, on the table's first lines (the rest blank, so the line count holds): each cell's lines
joined, a cell's list items ("- …", "* …", "• …", "1. …") and paragraphs (split by a blank line
inside the cell) joined by "<br>" (the key results of a cell, cairn.text.doc_joined_cells), a
wrapped line going on with a space. A table whose rows do not split into its columns, or with no
header, is left as it is.
"""

from __future__ import annotations

import re

_BORDER = re.compile(r"^[ \t]*\+(?:[-=:]{1,400}\+){1,20}[ \t]*$")
_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_ITEM = re.compile(r"^(?:[-*+•]|\d{1,2}[.)])[ \t]+(?=\S)")


def grid_tables(lines: list[str]) -> None:
    """Rewrite each headed grid table of `lines` as a pipe table, in place."""
    i = 0
    while i < len(lines):
        if not _BORDER.match(lines[i]):
            i += 1
            continue
        end = i + 1
        while end < len(lines) and (_BORDER.match(lines[end]) or _ROW.match(lines[end])):
            end += 1
        table = _read(lines[i:end])
        if table is not None:
            rows = [_pipe(table[0]), "|" + "---|" * len(table[0])] + [_pipe(r) for r in table[1:]]
            lines[i:end] = rows + [""] * (end - i - len(rows))
        i = end


def _pipe(cells: list[str]) -> str:
    return "| " + " | ".join(cell.replace("|", "/") for cell in cells) + " |"


def _read(block: list[str]) -> list[list[str]] | None:
    """The table's rows of cells, the header first; None for no headed grid table."""
    if len(block) < 3 or not _BORDER.match(block[-1]):
        return None
    columns = block[0].strip().count("+") - 1
    rows: list[list[list[str]]] = []
    current: list[list[str]] | None = None
    header = 0
    for line in block[1:]:
        if _BORDER.match(line):
            if current is not None:
                rows.append(current)
                current = None
            if "=" in line and not header:
                header = len(rows)
            continue
        parts = line.strip()[1:-1].split("|")
        if len(parts) != columns:
            return None
        if current is None:
            current = [[] for _ in range(columns)]
        for cell, part in zip(current, parts, strict=True):
            cell.append(part.strip())
    if header != 1 or len(rows) < 2:
        return None
    return [[_cell(cell) for cell in row] for row in rows]


def _cell(lines: list[str]) -> str:
    """A cell's text: its items and paragraphs joined by "<br>", wrapped lines by a space."""
    parts: list[str] = []
    open_part = False
    for line in lines:
        if not line:
            open_part = False
            continue
        item = _ITEM.match(line)
        if item or not open_part or not parts:
            parts.append(line[item.end() :] if item else line)
            open_part = True
        else:
            parts[-1] += " " + line
    return "<br>".join(parts)

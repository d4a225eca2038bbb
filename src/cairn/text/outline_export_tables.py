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

A database exported to CSV (Notion, Airtable, a sheet saved as CSV) and pasted: a comma-separated
header naming an objective column and a key-result column, in either order ("Key result,
Objective,Status", "Name,Objective,Key Results"), over two rows or more with as many cells each
(quotes read as CSV quotes them), is written as the tab-separated rows of a pasted sheet, the
objective's column first (cairn.text.outline_sheet_rows reads them). A line of prose with commas
names no such columns and stays as it is.
"""

from __future__ import annotations

import csv
import re

from cairn.text.outline_words import KEY_RESULT_COLUMN, OBJECTIVE_COLUMN

_BORDER = re.compile(r"^[ \t]*\+(?:[-=:]{1,400}\+){1,20}[ \t]*$")
_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$")
_OBJECTIVE = re.compile(rf"{OBJECTIVE_COLUMN}\s*[:：]?", re.I)
_KEY_RESULT = re.compile(rf"{KEY_RESULT_COLUMN}\s*[:：]?", re.I)
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


def csv_rows(lines: list[str]) -> None:
    """Rewrite each pasted CSV table naming objective and key-result columns as tab-separated
    rows, the objective's column first, in place."""
    i = 0
    while i < len(lines):
        header = _csv(lines[i]) if "," in lines[i] and len(lines[i]) < 400 else None
        order = _columns(header) if header else None
        if header is None or order is None:
            i += 1
            continue
        end = i + 1
        while end < len(lines) and (row := _csv(lines[end])) and len(row) == len(header):
            end += 1
        if end - i < 3:
            i = end
            continue
        for k in range(i, end):
            cells = _csv(lines[k])
            assert cells is not None
            lines[k] = "\t".join(cells[c].strip().replace("\t", " ") for c in order)
        i = end


def _csv(line: str) -> list[str] | None:
    if "," not in line:
        return None
    try:
        return next(csv.reader([line]))
    except (csv.Error, StopIteration):
        return None


def _columns(header: list[str]) -> list[int] | None:
    """The header's columns, the objective's first; None without objective and key results."""
    if not 2 <= len(header) <= 12:
        return None
    objective = [k for k, c in enumerate(header) if _OBJECTIVE.fullmatch(c.strip())]
    if len(objective) != 1 or not any(_KEY_RESULT.fullmatch(c.strip()) for c in header):
        return None
    return objective + [k for k in range(len(header)) if k != objective[0]]

"""Fingerprints of what an import reads: SHA-256 of the content, normalised.

A document saved again by another editor (CRLF line endings, trailing spaces, a final blank
line, a byte-order mark) or a spreadsheet saved again as XLSX or CSV (12 read as 12.0, a
trailing empty column) keeps its fingerprint, so importing it again is recognised.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Sequence
from dataclasses import replace

from cairn.text.plan import Plan
from cairn.text.sheet_files import Cell, Sheet

_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def normalise_text(text: str) -> str:
    """Return the text with LF line endings, no trailing whitespace and no trailing blank lines."""
    lines = [line.rstrip() for line in _LINE_BREAK.split(text.removeprefix("\ufeff"))]
    return "\n".join(lines).rstrip("\n")


def text_fingerprint(text: str) -> str:
    """Return the SHA-256 (hex) of a text or Markdown document, normalised."""
    return _sha256(normalise_text(text))


def _cell_text(cell: Cell) -> str:
    """Return a cell as text: 12, 12.0 and "12 " read the same."""
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, float) and math.isfinite(cell) and cell.is_integer():
        return str(int(cell))
    return str(cell).rstrip()


def _row_text(cells: Sequence[Cell]) -> list[str]:
    """Return a row's cells as text without the empty cells at its end."""
    texts = [_cell_text(cell) for cell in cells]
    while texts and not texts[-1]:
        texts.pop()
    return texts


def sheet_fingerprint(sheet: Sheet) -> str:
    """Return the SHA-256 (hex) of a spreadsheet's header and rows, cell by cell."""
    rows = [_row_text(sheet.header)] + [_row_text(cells) for _, cells in sheet.rows]
    return _sha256(json.dumps(rows, ensure_ascii=False, separators=(",", ":")))


def plan_fingerprint(plan: Plan) -> str:
    """Return the SHA-256 (hex) of what a plan creates (its cycle name aside)."""
    data = replace(plan, cycle=None).as_dict()
    return _sha256(json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")))

"""Sheets pasted as tab-separated text (issue 15, twenty-fourth round).

A spreadsheet of OKRs copied into a text box keeps its cells apart with tabs: a header row
("Objective<TAB>Key results<TAB>Owner") over rows whose first cell is left blank under the
objective's own row (the sheet's merged cells), or id columns ("OKR 1<TAB>Make deploys boring",
"KR 1.1<TAB>Cut failed deploys …"). Read as they stand, the tabs were spaces: the header was a
line of prose and the ids ran into the titles. A run of tab-separated lines under a header
naming the objective's column first and a key results' column is written as the Markdown table
it is (read by the table reader, blank cells included); a line whose first cell is an
objective's or key result's id alone has its id set apart with a colon. A tab-separated
schedule ("Step<TAB>Owner") names no such columns and stays as it is.
"""

from __future__ import annotations

import re

from cairn.text.outline_words import KEY_RESULT_COLUMN, OBJECTIVE_COLUMN

_OBJECTIVE_CELL = re.compile(rf"(?:{OBJECTIVE_COLUMN}|okrs?)\s*[:：]?", re.I)
_KEY_RESULT_CELL = re.compile(rf"{KEY_RESULT_COLUMN}\s*[:：]?", re.I)
# "OKR 1", "O2", "KR 1.1", "Objective 3": an id alone in its cell
_ID_CELL = re.compile(
    rf"^(\t{{0,8}})((?:{OBJECTIVE_COLUMN}|okr|{KEY_RESULT_COLUMN})\s*[#\-]?\s*\d{{1,2}}(?:[.\-]\d{{1,2}}){{0,2}})\t+(?=\S)",
    re.I | re.M,
)


def sheet_rows(text: str) -> str:
    """Return the text with a pasted sheet's rows written as a Markdown table, or its id cells
    set apart from the titles; any other text as it is."""
    if "\t" not in text:
        return text
    text = _ID_CELL.sub(lambda m: f"{m.group(1)}{m.group(2)}: ", text)
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        cells = lines[i].rstrip().split("\t")
        if not _header(cells):
            out.append(lines[i])
            i += 1
            continue
        width = len(cells)
        out += [_row(cells, width), "|" + " --- |" * width]
        i += 1
        while i < len(lines) and "\t" in lines[i]:
            out.append(_row(lines[i].rstrip("\r\n ").split("\t"), width))
            i += 1
    return "\n".join(out)


def _header(cells: list[str]) -> bool:
    """Return True for a header row: the objective's column first, a key results' one after."""
    if not 2 <= len(cells) <= 12 or not _OBJECTIVE_CELL.fullmatch(cells[0].strip()):
        return False
    return any(_KEY_RESULT_CELL.fullmatch(c.strip()) for c in cells[1:])


def _row(cells: list[str], width: int) -> str:
    cells = [c.strip().replace("|", "\\|") for c in cells[:width]]
    cells += [""] * (width - len(cells))
    return "| " + " | ".join(cells) + " |"

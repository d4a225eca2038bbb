"""HTML tables in a Markdown OKR document, read as its Markdown tables are (issue 15, twelfth round).

"<table>" / "<th>Objective 目标</th><th>Key Results 关键结果</th>" / "<td rowspan=6>O1 …</td>" /
"<td rowspan=2>KR1: …</td>": each row becomes the line of OKRs a Markdown table row would
(`cairn.text.markdown_okr_tables`), written on the line of its "<tr>"; a cell spanning rows leaves that
column blank in the rows below (a blank objective cell continues the objective above). A table
without objective and key result columns (a schedule, a price list) is blanked as a Markdown
one is, unless its rows are marked ("O1: …"). The table's other lines are blanked.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Callable

_OPEN = re.compile(r"<table\b", re.I)
_CLOSE = re.compile(r"</table\s*>", re.I)
_ROW = re.compile(r"<tr\b[^>]*>", re.I)
# one cell: its kind, attributes and content, up to its end tag or the next cell or row
_CELL = re.compile(
    r"<(t[hd])\b([^>]*)>(.*?)(?=</t[hd]\s*>|<t[hd]\b|<tr\b|</tr\s*>|</table\s*>|$)", re.I | re.S
)
_ROWSPAN = re.compile(r"\browspan\s*=\s*[\"']?(\d{1,3})", re.I)
_COLSPAN = re.compile(r"\bcolspan\s*=\s*[\"']?(\d{1,2})", re.I)
# tags inside a cell other than line breaks and sub/superscripts (read by doc_clean): dropped
_INNER_TAG = re.compile(r"<(?!/?(?:br|sub|sup)\b)[^<>]{1,80}>", re.I)

Rows = Callable[[list[str], list[list[str]]], list[str]]


def html_tables(lines: list[str], rows: Rows) -> None:
    """Rewrite each HTML table of `lines` in place as OKR lines (`rows`: the Markdown tables' reader)."""
    i = 0
    while i < len(lines):
        if "<" in lines[i] and _OPEN.search(lines[i]):
            end = next((j for j in range(i, len(lines)) if _CLOSE.search(lines[j])), None)
            if end is None:
                return
            _rewrite(lines, i, end, rows)
            i = end + 1
        else:
            i += 1


def _rewrite(lines: list[str], start: int, end: int, rows: Rows) -> None:
    """Rewrite the table on lines start..end (inclusive)."""
    text = "\n".join(lines[start : end + 1])
    offsets = [0]
    for line in lines[start:end]:
        offsets.append(offsets[-1] + len(line) + 1)
    starts = [m.start() for m in _ROW.finditer(text)]
    grid: list[tuple[int, bool, list[str]]] = []  # (line index, a header row, cells)
    spans: dict[int, int] = {}  # column -> rows still covered by a cell above
    for n, at in enumerate(starts):
        chunk = text[at : starts[n + 1] if n + 1 < len(starts) else len(text)]
        cells: list[str] = []
        header = False
        column = 0
        for match in _CELL.finditer(chunk):
            while spans.get(column, 0) > 0:  # a cell above spans this row: blank here
                spans[column] -= 1
                cells.append("")
                column += 1
            header = header or match.group(1).lower() == "th"
            content = html.unescape(_INNER_TAG.sub("", match.group(3)))
            content = " ".join(content.split())
            rowspan = _ROWSPAN.search(match.group(2))
            colspan = _COLSPAN.search(match.group(2))
            for k in range(int(colspan.group(1)) if colspan else 1):
                cells.append(content if k == 0 else "")
                if rowspan and int(rowspan.group(1)) > 1:
                    spans[column] = int(rowspan.group(1)) - 1
                column += 1
        while any(spans.get(c, 0) > 0 for c in range(column, column + 20)):
            if spans.get(column, 0) > 0:
                spans[column] -= 1
            cells.append("")
            column += 1
        grid.append((start + bisect.bisect_right(offsets, at) - 1, header, cells))
    for j in range(start, end + 1):
        lines[j] = ""
    if not grid:
        return
    first = 1 if grid[0][1] else 0
    head = grid[0][2] if first else []
    width = max(len(cells) for _, _, cells in grid)
    body = [cells + [""] * (width - len(cells)) for _, _, cells in grid[first:]]
    if not head:
        return  # no header row: nothing names the columns
    for (index, _, _), line in zip(grid[first:], rows(head, body), strict=True):
        if line:
            lines[index] = line if not lines[index] else f"{lines[index]}\x1f{line}"

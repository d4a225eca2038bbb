"""A table whose header names the objective and whose rows are its key results (issue 15,
twenty-fifth round).

"| O1：保障服务质量，提升系统稳定性 | 1月KA | 2月KA | 3月KA |" over "| KR1：建立值班机制… | … |"
rows: the header's first cell is the objective (an id and its title, "Objective 2: …", "目标1：…",
or a bare "Objective" / "O" under the objective's heading), each row's first cell one of its key
results ("KR1：…", "KR 1.1 …", "关键结果1：…", "主要な結果1：…", "Resultado clave 1: …"); the
other columns are months, quarters, key actions, owners or progress, never key results. A header
whose objective repeats the heading right above it ("## O: 保障服务质量…") names no second
objective. `cairn.text.markdown_okr_tables` reports the rows' owner, status and score columns.
"""

from __future__ import annotations

import re

from cairn.text.outline_words import KEY_RESULT_WORD, OBJECTIVE_COLUMN, OBJECTIVE_WORD

_ID = r"\s*[#\-]?\s*(?:\d{1,2}(?:[.\-]\d{1,2})?)?"
# "Objective", "O", "O1", "目标", "Objective 2": the label alone
_BARE = re.compile(rf"^{OBJECTIVE_COLUMN}{_ID}\s*[:：.]?$", re.I)
# "O1：…", "Objective 2: …", "Objective 1 – …", "目标1：…", "O: …": the label, then the title
_TITLED = re.compile(rf"^{OBJECTIVE_WORD}{_ID}\s*(?:[:：)]|\s[\-–—.]|\.)\s*(\S.{{0,300}})$", re.I)
# "KR1：…", "KR 1.1 …", "关键结果1：…": a key result's id, then its text
_KEY_RESULT = re.compile(
    rf"^{KEY_RESULT_WORD}\s*[#\-]?\s*\d{{1,2}}(?:[.\-]\d{{1,2}}){{0,2}}\s*[:：.)\-–—]?\s*(?<=[\s:：])(\S.{{0,400}})$",
    re.I,
)


def objective_header(cell: str) -> str | None:
    """Return the objective's title a header cell names ("" for the label alone), else None."""
    if _BARE.match(cell):
        return ""
    match = _TITLED.match(cell)
    return match.group(1).strip() if match else None


def key_result_cells(rows: list[list[str]]) -> list[str] | None:
    """Return each row's key result text (blank for an empty row), None unless every row that
    holds anything opens with a key result's id and its text."""
    out = []
    for row in rows:
        first = " ".join(row[0].replace("*", "").split()) if row else ""
        if not first and not any(c.strip() for c in row):
            out.append("")
            continue
        if not (match := _KEY_RESULT.match(first)):
            return None
        out.append(match.group(1).strip())
    return out if any(out) else None


def repeats(above: str, title: str) -> bool:
    """Return True when the line above the table (a heading, a label) ends with the title."""
    return bool(title) and " ".join(above.replace("*", "").split()).endswith(title)

"""OKRs written one a line, their fields split by pipes (eighteenth round, issue 15).

An archived quarter's page writes each OKR as one plain line of " | "-separated fields, no table
(no header row, no leading pipe): "User acquisition | Acquire at least 2000 new users | 1690 new
users | 84 %", followed by "- …" bullets of the work done. Where two lines or more of the page
have three or four such fields:

- the first field is the objective, the second its key result;
- a fourth field that is a percentage ("84 %") is the key result's score; a line of three fields
  ends with the actual value only ("37 %": the retention reached, not a share of the target), no
  score;
- the bullets right under the line are the key result's initiatives, not key results.

A line whose first field is a period ("Q1 2024 | Pre-Seed | R$50k MRR", "FY24 | Sales Team |
EMEA") is the context of the OKRs below it (an example's quarter, stage and team), no OKR
(twenty-first round).

One such line alone, a labelled row of values ("Scores: 1 | 0.5 | -"), a Markdown table (leading pipes, a separator row), or lines of two or five
fields and more read as before.
"""

from __future__ import annotations

import re

from cairn.text.outline_lines import Line

_PERCENT = re.compile(r"^(\d{1,3}(?:[.,]\d+)?)\s*%$")
# "Q1 2024", "H2", "T3 2025", "FY24", "2025": a period alone in the first field
_PERIOD = re.compile(
    r"^(?:(?:[qht][1-4]|fy\s?\d{2,4})(?:\s*[-/]?\s*\d{2,4})?|(?:19|20)\d{2})$", re.I
)


def _fields(line: Line) -> list[str] | None:
    """Return the 3 or 4 fields of a pipe line, or None."""
    text = line.text
    if line.heading or line.item or line.quote or " | " not in text or text.startswith("|"):
        return None
    fields = [f.strip() for f in text.split(" | ")]
    if not 3 <= len(fields) <= 4 or any(not f or "|" in f for f in fields):
        return None
    if ":" in fields[0] or "：" in fields[0]:
        return None  # "Scores: 1 | 0.5 | -": a labelled row of values, not an objective
    if _PERIOD.match(fields[0]):
        return None  # "Q1 2024 | Pre-Seed | R$50k MRR": the context of the OKRs below
    return fields


def pipe_okr_lines(lines: list[Line]) -> list[Line]:
    """Return the lines with each pipe OKR line split into an objective and its key result."""
    found = [(line, fields) for line in lines if "|" in line.text and (fields := _fields(line))]
    if len(found) < 2:
        return lines
    split = {id(line): fields for line, fields in found}
    out: list[Line] = []
    for line in lines:
        fields = split.get(id(line))
        if fields is None:
            out.append(line)
            continue
        objective = Line(line.number, line.indent, 0, False, f"Objective: {fields[0]}")
        objective.blank_before = line.blank_before
        score = _PERCENT.match(fields[3]) if len(fields) == 4 else None
        kr = Line(line.number, line.indent, 0, True, fields[1], children=line.children)
        kr.blank_before = False
        kr.score = float(score.group(1).replace(",", ".")) / 100 if score else None
        for child in _below(line):
            child.indent += 2  # the work done: the key result's initiatives
        out += [objective, kr]
    return out


def _below(line: Line) -> list[Line]:
    out, todo = [], list(line.children)
    while todo:
        child = todo.pop()
        out.append(child)
        todo += child.children
    return out

"""Columns written after a key result in plain text (issue 15, seventeenth round).

A personal OKR typed as indented plain text ends each key-result line, after a run of spaces, with
its quarter and a progress range: "KR1:梳理接口,整理成wiki对外输出     Q1     0%-30%". Written so
on two lines or more, the quarter and the range are columns of a table without borders: no part of
the key result's title, and no score (a range is not one reading). One such line alone keeps its
words ("Grow the share in Q2 10%-20%" is read as written).
"""

from __future__ import annotations

import re

# "     Q1     0%-30%", " Q2 0%-0%", "\tQ3\t10% – 20%": a quarter and a progress range, at the end
_QUARTER_RANGE = re.compile(r"\s+Q[1-4]\s+\d{1,3}(?:\.\d+)?%\s*[-–]\s*\d{1,3}(?:\.\d+)?%\s*$")


def drop_quarter_columns(lines: list[str]) -> None:
    """Cut a trailing quarter and progress range off every line, where two lines or more end so."""
    found = [
        (i, match)
        for i, line in enumerate(lines)
        if "%" in line and (match := _QUARTER_RANGE.search(line)) and match.start() > 0
    ]
    if len(found) < 2:
        return
    for i, match in found:
        lines[i] = lines[i][: match.start()]

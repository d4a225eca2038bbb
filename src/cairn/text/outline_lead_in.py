"""Objectives written as paragraphs after a lead-in line (nineteenth round, issue 15).

A team page ends with "No caso, os OKR's da POD Asgard são:" and one plain paragraph per
objective, no key results, no list, no marker anywhere: each paragraph is an objective, its first
line the title (a theme's leftover line on the paragraph's next line is not part of it). The
lead-in names the OKRs ("OKRs", "objectives", "objetivos", "Ziele", "目标" …), ends in a colon
and is followed by two paragraphs or more up to the end of the page or the next heading.
"""

from __future__ import annotations

import re

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import _KEY_RESULT, _OBJECTIVE

_NAMES_OKRS = re.compile(
    r"(?:\bOKR(?:[’']?s)?\b|\b(?:objectives|goals|objetivos|metas|objectifs|ziele|obiettivi|mål)\b"
    r"|目标|目標)",
    re.I,
)


def lead_in_objectives(lines: list[Line]) -> list[Line]:
    """Return the lines with the paragraphs after an OKR lead-in written as marked objectives."""
    colons = [i for i, line in enumerate(lines) if line.text[-1:] in ":："]
    for i in colons:
        line = lines[i]
        if _lead_in(line) and (paragraphs := _paragraphs(lines, i + 1)):
            if any(_OBJECTIVE.match(x.text) or _KEY_RESULT.match(x.text) for x in lines):
                return lines  # a page that marks its OKRs reads them by their marks
            marked = [_objective(first) for first in paragraphs]
            end = i + 1
            while end < len(lines) and not lines[end].heading:
                end += 1
            return [*lines[: i + 1], *marked, *lines[end:]]
    return lines


def _lead_in(line: Line) -> bool:
    """Return True for a short plain line ending in a colon that names the OKRs."""
    text = line.text
    return (
        text[-1:] in ":："
        and not (line.heading or line.item or line.quote)
        and len(text.split()) <= 20
        and bool(_NAMES_OKRS.search(text))
    )


def _paragraphs(lines: list[Line], start: int) -> list[Line]:
    """Return the first line of each paragraph from `start` to the next heading, or [] where
    anything but two plain paragraphs or more stands there."""
    firsts: list[Line] = []
    for j in range(start, len(lines)):  # no slice: a copy of the rest per lead-in line
        line = lines[j]
        if line.heading:
            break
        if line.item or line.quote or line.children or line.label or line.text[-1:] in ":：":
            return []
        if line.blank_before:
            firsts.append(line)
    return firsts if len(firsts) >= 2 else []


def _objective(line: Line) -> Line:
    return Line(line.number, line.indent, 0, False, f"Objective: {line.text}")

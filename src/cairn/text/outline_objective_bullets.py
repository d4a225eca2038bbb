"""Objectives listed as bullets under a heading that names them (twentieth round, issue 15).

A team's page lists "#### Current quarter objectives" over one bullet per objective and keeps
the key results elsewhere (a linked spreadsheet): nothing on the page marks an objective or a
key result. Read as usual, each section heading took its bullets as key results ("Team vision"
over the vision's bullets). A heading naming objectives in the plural with a word of its own
("Current quarter objectives", "Objetivos del trimestre", "Ziele des Quartals", "目标" …), over
one flat list of two items or more, fewer than half of them with a digit, marks those items as the objectives; the
page's other sections ("Team vision" over its bullets, before or after the list; "Previous
quarter objectives" over one linked document) are context, left out. A heading of
the term alone ("## Objectives": a guide's section on the term), one about the process ("How we
set objectives"), a heading naming key results too, a measured item, a nested list, or a page
that marks its OKRs or has a key-results heading read as before.
"""

from __future__ import annotations

import re

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import _KEY_RESULT, _OBJECTIVE, objective_alone
from cairn.text.outline_rules import _PROCESS, _about_process
from cairn.text.outline_words import KEY_RESULTS_HEADER

_OBJECTIVES = re.compile(
    r"\b(?:objectives|goals|objetivos|metas|objectifs|ziele|obiettivi|mål|doelen|doelstellingen"
    r"|cele|amaçlar\w*|hedefler\w*|tujuan|sasaran|цели|цілі)\b"
    r"|目标|目標|목표",
    re.I,
)
_KEY_RESULTS = re.compile(rf"key\s*results?|\bkrs?\b|\bokr|{KEY_RESULTS_HEADER}", re.I)
_OWN_WORD = re.compile(r"[^\W\d_]")  # a letter: "目标 1" numbers one objective, names none


def objective_bullets(lines: list[Line]) -> list[Line]:
    """Return the lines with the items under a heading naming the objectives written as marked
    objectives (the lines as they were where no heading lists them)."""
    headings = [i for i, line in enumerate(lines) if line.heading and _names_objectives(line.text)]
    if not headings or any(_marks(line) for line in lines):
        return lines
    listed = {i: _listed(lines, i + 1) for i in headings}
    if not any(listed.values()):
        return lines
    marked = {j for items in listed.values() for j in items}
    kept = {j for i, items in listed.items() if items for j in _section(lines, i)}
    first = next(j for j, line in enumerate(lines) if line.heading)
    dropped = {j for j in range(first, len(lines)) if j not in kept}
    return [
        Line(x.number, x.indent, 0, False, f"Objective: {x.text}") if j in marked else x
        for j, x in enumerate(lines)
        if j not in dropped
    ]


def _section(lines: list[Line], start: int) -> range:
    """Return the indexes of a heading and its lines up to the next heading."""
    end = start + 1
    while end < len(lines) and not lines[end].heading:
        end += 1
    return range(start, end)


def _names_objectives(text: str) -> bool:
    """Return True for a short heading naming objectives with a word of its own."""
    found = _OBJECTIVES.search(text)
    rest = text[: found.start()] + text[found.end() :] if found else ""
    return (
        found is not None
        and len(text.split()) <= 6
        and bool(_OWN_WORD.search(rest))
        and not _KEY_RESULTS.search(text)
        and not _PROCESS.search(text)
    )


def _marks(line: Line) -> bool:
    """Return True for a line marking an objective or a key result, or a key-results heading."""
    if line.heading > 1 and _KEY_RESULTS.search(line.text) and not _about_process(line.text):
        return True  # the page's title ("# OKR 2025") names what it holds, no heading of its own
    if line.heading and objective_alone(line) and any(c.isdigit() for c in line.text):
        return True  # "### 目标 1（核心）" over its title: objectives marked by their headings
    return bool(_OBJECTIVE.match(line.text) or _KEY_RESULT.match(line.text))


def _listed(lines: list[Line], start: int) -> list[int]:
    """Return the indexes of the one flat list of two items or more from `start` to the next
    heading, fewer than half of them holding a digit, or [] where anything else is listed."""
    items: list[int] = []
    closed = False  # a paragraph came after the list
    for j in range(start, len(lines)):
        line = lines[j]
        if line.heading:
            break
        if not line.item:
            closed = bool(items)
            continue
        if closed or line.children or line.indent or line.score is not None or line.status:
            return []
        items.append(j)
    measured = sum(any(c.isdigit() for c in lines[j].text) for j in items)
    return items if len(items) >= 2 and 2 * measured < len(items) else []

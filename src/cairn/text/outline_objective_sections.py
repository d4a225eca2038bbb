"""An objective written as a set of sections (nineteenth round, issue 15).

A note of one objective ("# Objective 1") may write it as sibling sections, a bare "## Objective"
heading over the title and a "## Key Results" heading over the key results, between others: "## Why
It Matters", "## Q1 Progress Summary", "## Projects Or Actions", "## Risks And Dependencies". Where
both the objective's and the key results' headings stand at one level under one parent, that
level's other sections (initiatives', owners' and fields' headings aside) are the objective's context: their headings
and what they hold are left out, so their bullets are not read as key results. A bare "# Objective
1" heading right over the bare "## Objective" one names the same objective (`still_untitled`).
"""

from __future__ import annotations

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import (
    _INITIATIVE_HEADER,
    _OWNER_HEADING,
    key_results_header,
    objective_alone,
)
from cairn.text.outline_nodes import ObjectiveNode


def objective_sections(lines: list[Line]) -> list[Line]:
    """Return the lines without the context sections of objectives written as sections."""
    if not any(line.heading and objective_alone(line) for line in lines):
        return lines
    dropped: set[int] = set()
    for siblings in _sibling_headings(lines):
        if not any(objective_alone(lines[i]) for i in siblings):
            continue
        if not any(key_results_header(lines[i]) for i in siblings):
            continue
        for i in siblings:
            if not _kept(lines[i]):
                dropped |= {id(line) for line in _section(lines, i)}
    return [line for line in lines if id(line) not in dropped] if dropped else lines


def still_untitled(objective: ObjectiveNode | None, line: Line) -> bool:
    """Return True for a bare marker heading right under a bare marker heading with nothing
    below it yet ("# Objective 1" over "## Objective"): one objective, its title still to come."""
    return bool(
        objective
        and objective.anchor == "heading"
        and not objective.title
        and not objective.key_results
        and line.heading > objective.level
    )


def _sibling_headings(lines: list[Line]) -> list[list[int]]:
    """Return the indexes of the headings of each level under each parent heading."""
    groups: dict[tuple[int, int], list[int]] = {}
    open_headings: list[int] = []
    for i, line in enumerate(lines):
        if not line.heading:
            continue
        while open_headings and lines[open_headings[-1]].heading >= line.heading:
            open_headings.pop()
        parent = open_headings[-1] if open_headings else -1
        groups.setdefault((parent, line.heading), []).append(i)
        open_headings.append(i)
    return list(groups.values())


def _kept(heading: Line) -> bool:
    """Return True for the sections that are the objective's own: its title, key results, work,
    owner ("### Owner: Preetam", "### Team") and other fields written in the heading."""
    text = heading.text
    return (
        objective_alone(heading)
        or key_results_header(heading)
        or bool(_INITIATIVE_HEADER.match(text) or _OWNER_HEADING.match(text))
        or ":" in text
        or "：" in text
    )


def _section(lines: list[Line], at: int) -> list[Line]:
    """Return the heading at `at` and the lines under it, up to the next heading as high."""
    end = at + 1
    while end < len(lines) and not (lines[end].heading and lines[end].heading <= lines[at].heading):
        end += 1
    return lines[at:end]

"""A summary list naming the objectives before their marked sections (issue 15, twelfth round).

"## North Star" / "* Learning - being able to explain ideas" / "  * The metric will be …" /
"* Foundation - …" … then "# Objective 1: Learning", "# Objective 2: Foundation": every item of
the list opens with the title of an objective marked further down, then says what it means. The
list previews the objectives; it is context, the sections below are the OKRs.
"""

from __future__ import annotations

import re

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import _OBJECTIVE
from cairn.text.outline_rules import _norm

# between the objective's name and what it means: " - ", " – ", " — ", ":"
_HEAD = re.compile(r"\s+[-–—]\s+|\s*[:：]\s+")


def summary_items(lines: list[Line]) -> set[int]:
    """Return the ids of the lines of a list previewing the marked objectives (see above).

    A run of two or more sibling items before the first marked objective, each opening with a
    different marked objective's title before a separator, and every line nested under them.
    """
    first = next(
        (at for at, line in enumerate(lines) if not line.quote and _marked_title(line)), None
    )
    if first is None:
        return set()
    runs: list[list[Line]] = []
    run: list[Line] = []
    for line in [*lines[:first], None]:
        if line is not None and line.item and (not run or line.indent == run[0].indent):
            run.append(line)
            continue
        if line is not None and line.item and run and line.indent > run[0].indent:
            continue  # nested under the run
        if len(run) >= 2 and all(_HEAD.search(item.text) for item in run):
            runs.append(run)
        run = [line] if line is not None and line.item else []
    if not runs:
        return set()
    titles = {_norm(t) for line in lines[first:] if not line.quote and (t := _marked_title(line))}
    found: set[int] = set()
    for run in runs:
        named = [_named(item, titles) for item in run]
        if all(named) and len(set(named)) == len(run):
            for item in run:
                found.update(_ids(item))
    return found


def _marked_title(line: Line) -> str:
    """Return the title of a marked objective line ("Objective 1: Learning"), else ""."""
    match = _OBJECTIVE.match(line.text)
    return match.group(1).strip() if match else ""


def _named(item: Line, titles: set[str]) -> str | None:
    """Return the marked objective's title an item opens with, before a separator."""
    match = _HEAD.search(item.text)
    head = _norm(item.text[: match.start()]) if match else None
    return head if head in titles else None


def _ids(item: Line) -> set[int]:
    """Return the ids of an item and of every line nested under it."""
    out = {id(item)}
    for child in item.children:
        out |= _ids(child)
    return out

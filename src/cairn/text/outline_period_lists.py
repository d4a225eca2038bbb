"""A quarter's heading over a two-level list of objectives (twenty-first round, issue 15).

A personal yearly plan writes "## Annual vision" over numbered wishes, then "### Q3" over plain
lists of work and "### Q4" (第四季度, T4, Cuarto trimestre) over a task list: "- [ ] Objective"
items, each over its own nested "  - [ ] Key result" items. Read as usual, the quarter's heading
was taken for the objective and the top items for its key results. Where a heading naming a
period alone heads a list of two top items or more, each with nested items of its own (and
none nested deeper), the top items are the objectives and the nested items their key results;
the page's other sections (the vision, the plain work lists) are context, as on a page that
marks its objectives. One top item over two nested items or more is one objective too
(twenty-second round: a quarter with one objective). A period heading over a flat list, a page that marks its OKRs, or items
nested on three levels read as before.
"""

from __future__ import annotations

import re

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import _KEY_RESULT, _OBJECTIVE

# "Q4", "Q4 2024", "H2", "T3", "FY25", "2025", "第四季度", "2024年第三季度", "第4四半期", "4분기",
# "Fourth quarter", "Cuarto trimestre", "3. Quartal", "Quarter 3"
_PERIOD = re.compile(
    r"^(?:(?:(?:19|20)\d{2}\s*年?\s*)?(?:第?[一二三四1-4]季度|[上下]半年|第?[一二三四1-4]四半期"
    r"|[1-4]\s*분기)"
    r"|(?:(?:q|h|t|fy\s?)\d{1,4}(?:\s*[-/]?\s*\d{2,4})?|(?:19|20)\d{2})(?:\s+(?:q|h|t)[1-4])?"
    r"|(?:first|second|third|fourth|primer|segundo|tercer|cuarto|primeiro|terceiro|quarto"
    r"|premier|deuxième|troisième|quatrième|1er|2e|3e|4e)\s+(?:quarter|trimestre)"
    r"|(?:quarter|quartal|trimestre)\s+[1-4]|[1-4]\.\s*quartal)(?:\s+(?:19|20)\d{2})?\s*[:：]?$",
    re.I,
)


def period_lists(lines: list[Line]) -> list[Line]:
    """Return the lines with the top items of a period heading's two-level list written as
    marked objectives (the lines as they were where no such list is found)."""
    marked: set[int] = set()
    for i, line in enumerate(lines):
        if line.heading and len(line.text) <= 30 and _PERIOD.match(line.text.strip()):
            marked |= _objective_items(lines, i)
    if not marked or any(_OBJECTIVE.match(x.text) or _KEY_RESULT.match(x.text) for x in lines):
        return lines
    return [
        Line(x.number, x.indent, 0, False, f"Objective: {x.text}") if j in marked else x
        for j, x in enumerate(lines)
    ]


def _objective_items(lines: list[Line], start: int) -> set[int]:
    """Return the indexes of the top items of the heading's list when each has nested items
    and none of those has its own; else none."""
    end = start + 1
    while end < len(lines) and not lines[end].heading:
        end += 1
    items = [j for j in range(start + 1, end) if lines[j].item]
    if not items:
        return set()
    top = min(lines[j].indent for j in items)
    tops = [j for j in items if lines[j].indent == top]
    if len(tops) < 2 and len(lines[tops[0]].children) < 2:
        return set()  # one top item needs two nested ones (twenty-second round)
    for j in tops:
        children = lines[j].children
        if not children or any(child.children for child in children):
            return set()
    return set(tops)

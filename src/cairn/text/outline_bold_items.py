"""Objectives written as list items wholly in bold over nested key results (nineteenth round).

A team handbook lists its OKRs as "- __Wagtail: Get more in-depth knowledge of Wagtail/Django__"
items, each over four-space-indented "    - Deliver 3 Wagtail/Django sites" items, under
"#### Technologies and practices" category headings, among introductions, principles, task
lists and guides. Where three items or more are so written and nothing on the page marks an
objective or a key result, the bold items are the page's objectives and their nested items the
key results, marked as such (so that its other headings, lists and paragraphs are context).
"""

from __future__ import annotations

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import _KEY_RESULT, _OBJECTIVE


def bold_item_objectives(lines: list[Line]) -> list[Line]:
    """Return the lines with the bold items over nested lists marked as objectives."""
    bold = [line for line in lines if line.bold and _over_items(line)]
    if len(bold) < 3:
        return lines
    if any(_OBJECTIVE.match(x.text) or _KEY_RESULT.match(x.text) for x in lines if not x.quote):
        return lines  # a page that marks its OKRs reads them by their marks
    marked: dict[int, Line] = {}
    for line in bold:
        key_results = [_marked(child, "KR", item=True) for child in line.children]
        marked |= {id(old): new for old, new in zip(line.children, key_results, strict=True)}
        marked[id(line)] = _marked(line, "Objective", item=False, children=key_results)
    return [marked.get(id(line), line) for line in lines]


def _over_items(line: Line) -> bool:
    """Return True for a list item over a nested list, outside quotes."""
    return line.item and not line.quote and bool(line.children)


def _marked(line: Line, marker: str, *, item: bool, children: list[Line] | None = None) -> Line:
    """Return the line written with its marker ("Objective: …", "KR: …")."""
    below = line.children if children is None else children
    return Line(line.number, line.indent, 0, item, f"{marker}: {line.text}", below)

"""Objectives as the top items of a nested list under a plain title line (twenty-seventh reader
round, issue 15).

Text pasted from a word processor or a notes app keeps the page's name as a plain line (no
heading mark) over a nested list: "• Make deploys boring" over "    ◦ Cut failed deploys from
12% to 3%", "1) …" over "\ta) …", "- …" over "    - …". Read as it stands, the title line is
the objective of the top items and their nested items are lost. Where a page without headings
and without marked objectives or key results has such a list (two top items or more, each over
nested items; half of the nested items or more measured, and at least one top item not
measured), the top items are the objectives and their nested items the key results, marked as
such. A list of measured items each over unmeasured notes ("- Cut churn to 4%" over "    -
Notes in the wiki") is key results with notes, as before, and so are items over their fields
("    - Owner: Ana", "    - Score: 0.6").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cairn.text.key_result_parser import ParsedKeyResult
from cairn.text.outline_lines import Line
from cairn.text.outline_markers import _KEY_RESULT, _OBJECTIVE

# "Owner: Ana", "Score: 0.6", "Progress: on track": a field of the item above, no key result
_FIELD = re.compile(r"^[^\s:：]{1,20}(?:\s[^\s:：]{1,20})?\s*[:：]\s")

Parse = Callable[[str], ParsedKeyResult]


def nested_list_objectives(lines: list[Line], parse: Parse) -> list[Line]:
    """Return the lines with the top items of a nested list of OKRs marked as objectives."""
    if not any(line.children and line.item for line in lines):
        return lines
    if any(line.heading or line.quote for line in lines):
        return lines
    nested = {id(child) for line in lines if line.item for child in line.children}
    top = [line for line in lines if line.item and id(line) not in nested]
    if len(top) < 2 or not all(line.children for line in top):
        return lines
    if any(_OBJECTIVE.match(x.text) or _KEY_RESULT.match(x.text) for x in lines):
        return lines  # a page that marks its OKRs reads them by their marks
    children = [child for line in top for child in line.children]
    if any(child.children for child in children):
        return lines  # three levels: something else (an objective's initiatives, a report)
    if any(_FIELD.match(child.text) for child in children):
        return lines  # "- Owner: Ana" / "- Score: 0.6" under each item: the items' fields
    measured = sum(parse(child.text).measurable for child in children)
    if 2 * measured < len(children) or all(parse(line.text).measurable for line in top):
        return lines
    marked: dict[int, Line] = {}
    for line in top:
        key_results = [_marked(child, "KR") for child in line.children]
        marked |= {id(old): new for old, new in zip(line.children, key_results, strict=True)}
        marked[id(line)] = _marked(line, "Objective", key_results)
    return [marked.get(id(line), line) for line in lines]


def _marked(line: Line, marker: str, children: list[Line] | None = None) -> Line:
    """Return the line written with its marker ("Objective: …", "KR: …")."""
    below = line.children if children is None else children
    return Line(line.number, line.indent, 0, line.item, f"{marker}: {line.text}", below)

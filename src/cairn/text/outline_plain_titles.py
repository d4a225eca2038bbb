"""Objectives written as plain lines over their key results (twenty-seventh reader round,
issue 15).

A plain-text page (an e-mail, a chat message, a notes app) writes each objective as a line of
its own, "Make deploys boring:" closed by a colon over its key results as "-" bullets, "1."
items or plain lines indented with spaces or a tab, or "Make deploys boring" over such indented
lines. Read as it stands, a short line closed by a colon is a label (a team's, a part's) and its
items had no objective; indented plain lines were a paragraph. Where a page without headings
and without marked objectives or key results has two such titles or more, each over items or
indented lines of which half or more are measured, naming no section of something else
("Risks:", "Notes:", "Key results:", "Initiatives:") and not in bold, and one of them at least
not measured itself ("Win the first ten paying customers:" may be one: "ten" reads as a
number), each is the objective of the lines below it, marked as such. Another line closed by a
colon on such a page ("Risks:" over unmeasured bullets) is context with its items, as a
blockquote is; a lead-in closed by a colon on a page titled with headings stays what it was.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from cairn.text.key_result_parser import ParsedKeyResult
from cairn.text.outline_lines import Line
from cairn.text.outline_markers import _INITIATIVE_HEADER, _KEY_RESULT, _KR_HEADER, _OBJECTIVE
from cairn.text.outline_rules import _NEGATIVE, _named_section

Parse = Callable[[str], ParsedKeyResult]


def plain_title_objectives(lines: list[Line], parse: Parse) -> list[Line]:
    """Return the lines with plain titles over measured lines marked as objectives."""
    closed = [i for i, line in enumerate(lines) if line.text[-1:] in ":：" and not line.item]
    over = [i for i in range(len(lines) - 1) if _over_indented(lines, i)]
    if len(closed) + len(over) < 2 or any(line.heading or line.quote for line in lines):
        return lines
    closed = sorted(set(closed) | set(over))
    found = [(i, below) for i in closed if (below := _below(lines, i, parse))]
    if len(found) < 2 or all(parse(lines[i].text.rstrip(":：")).measurable for i, _ in found):
        return lines  # measured lines closed by a colon: key results over their points
    if any(_OBJECTIVE.match(x.text) or _KEY_RESULT.match(x.text) for x in lines):
        return lines  # a page that marks its OKRs reads them by their marks
    marked: dict[int, Line] = {}
    for i, below in found:
        line = lines[i]
        key_results = [
            Line(x.number, x.indent, 0, True, f"KR: {x.text}", x.children) for x in below
        ]
        marked |= {id(old): new for old, new in zip(below, key_results, strict=True)}
        title = f"Objective: {line.text.rstrip(':：').rstrip()}"
        marked[id(line)] = Line(line.number, line.indent, 0, False, title, key_results)
    titles = {i for i, _ in found} | set(over)
    for i in (i for i in closed if i not in titles):
        # "Risks:" over its bullets: context, not the last objective's key results
        for x in [lines[i], *lines[i].children]:
            marked[id(x)] = dataclasses.replace(x, quote=True)
    return [marked.get(id(line), line) for line in lines]


def _below(lines: list[Line], at: int, parse: Parse) -> list[Line]:
    """Return the key results under the colon-closed title at `at`: its items, or the plain
    lines indented below it; none where it is no objective's title."""
    line = lines[at]
    title = line.text.rstrip(":：").rstrip()
    if not title or len(title.split()) > 12 or line.bold or line.label:
        return []  # "**Initiatives:**", "**Owner:** Ana": bold labels are read as such
    if _KR_HEADER.match(line.text) or _INITIATIVE_HEADER.match(title):
        return []
    if _NEGATIVE.match(title) or _named_section(title):
        return []
    below = [x for x in line.children if x.item] if line.text != title else []
    if not below:
        for x in lines[at + 1 : at + 41]:  # a title's lines, not a staircase of them
            if x.indent <= line.indent or x.item or x.heading or x.quote:
                break
            below.append(x)
    if not below or any(x.children for x in below):
        return []
    measured = sum(parse(x.text).measurable for x in below)
    return below if 2 * measured >= len(below) else []


def _over_indented(lines: list[Line], at: int) -> bool:
    """Return True for a plain line right over a plain line indented deeper ("Make deploys
    boring" over "\tCut failed deploys …")."""
    line, below = lines[at], lines[at + 1]
    return not (line.item or below.item) and below.indent > line.indent and not below.blank_before

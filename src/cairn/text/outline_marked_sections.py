"""Objectives marked with their id, and unmarked lines in other sections (thirtieth round).

Where a page marks its objectives with an id ("### O1：…", "Objective 2: …", "OKR 3 — …"),
its OKRs live in the sections that hold those marked objectives. A line elsewhere that carries
no id (a roadmap phase's "目标：把…收口。", a "Goal: …" line of a strategy section) is context,
not one more objective: the round-32 Chinese project plan's "### On：" headings in
"## 4.2 目标拆解（OKR 风格）" beside three "目标：…" lines under its phase headings. A page with
two OKR sections (two quarters, each with its "O1:" objectives) keeps both; a page that marks no
objective with an id, or marks one only, reads as before.
"""

from __future__ import annotations

import re

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import key_results_header
from cairn.text.outline_nodes import ObjectiveNode, Outline
from cairn.text.outline_words import KEY_RESULT_WORD, KEY_RESULTS_HEADER, OBJECTIVE_WORD

# "O1：", "Objective 2:", "OKR 3 —", "目标一：", "**Objetivo 1:**": a marker and its id, then a
# separator, a space or the end; not a year ("Ziel 2026 …")
_MARKED = re.compile(
    rf"^(?:\*\*|__)?{OBJECTIVE_WORD}\s*[#\-]?\s*(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})"
    r"(?![\d.,]?\d)(?=\s|[:：.)）\-–—|*_]|$)",
    re.I,
)

# "**Annual KRs:**", "Key results (Q3):", "关键结果：": a header naming key results, qualified or not
_KR_NAMED = re.compile(rf"{KEY_RESULTS_HEADER}|{KEY_RESULT_WORD}|\bkrs\b", re.I)


def _kr_header(line: Line) -> bool:
    text = line.text.strip().strip("*_").strip()
    if key_results_header(line):
        return True
    return len(text) <= 40 and text.endswith((":", "：")) and _KR_NAMED.search(text) is not None


def _marked(line: Line) -> bool:
    return _MARKED.match(line.text.lstrip()) is not None


def _section(number: int, own: int, headings: list[tuple[int, int]]) -> tuple[int, int] | None:
    """Return the (first, last) line numbers of the section holding an objective's line: below
    the nearest heading above it of a higher rank than its own (any heading, for a plain line),
    to the next heading of that heading's rank or higher; None with no such heading."""
    start = level = 0
    for at, rank in headings:
        if at >= number:
            break
        if not own or rank < own:
            start, level = at, rank
    if not level:
        return None
    end = next((at for at, rank in headings if at > number and rank <= level), 1 << 30)
    return start, end


def _own_key_results(node: ObjectiveNode, headers: list[int]) -> bool:
    """Return True for an objective whose key results are its own: one written with its marker,
    or all under a "Key results:" / "**Annual KRs:**" header (not a "交付：" / "Deliverables:"
    list)."""
    if any(kr.marked for kr in node.key_results):
        return True
    last = max((kr.line for kr in node.key_results), default=node.line)
    return any(node.line < at < last for at in headers)


def keep_marked_sections(lines: list[Line], outline: Outline) -> None:
    """Drop the objectives without an id outside the sections of the objectives marked with one,
    where two objectives or more are so marked, each over key results written with their marker
    ("- KR1：…"), unless their own key results are marked or headed as such."""
    by_number = {line.number: line for line in lines}
    marked, unmarked = [], []
    for node in outline.objectives:
        line = by_number.get(node.line)
        (marked if line is not None and _marked(line) else unmarked).append(node)
    if len(marked) < 2 or not unmarked:
        return
    if not all(node.key_results and all(kr.marked for kr in node.key_results) for node in marked):
        return  # the page marks its key results with their marker too ("- KR1：…")
    headings = [(line.number, line.heading) for line in lines if line.heading]
    spans = []
    for node in marked:
        span = _section(node.line, by_number[node.line].heading, headings)
        if span is None:
            return  # an objective outside every section: the whole page is its section
        spans.append(span)
    headers = [line.number for line in lines if _kr_header(line)]
    outside = {
        id(node)
        for node in unmarked
        if not _own_key_results(node, headers)
        and not any(start < node.line < end for start, end in spans)
    }
    if outside:
        outline.objectives = [node for node in outline.objectives if id(node) not in outside]

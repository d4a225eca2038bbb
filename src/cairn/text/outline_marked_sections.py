"""Objectives marked with their id, and unmarked lines in other sections (thirtieth round).

Where a page marks its objectives with an id ("### O1：…", "Objective 2: …", "OKR 3 — …"),
its OKRs live in the sections that hold those marked objectives. A line elsewhere that carries
no id (a roadmap phase's "目标：把…收口。", a "Goal: …" line of a strategy section) is context,
not one more objective: the round-32 Chinese project plan's "### On：" headings in
"## 4.2 目标拆解（OKR 风格）" beside three "目标：…" lines under its phase headings. A page with
two OKR sections (two quarters, each with its "O1:" objectives) keeps both; a page that marks no
objective with an id, or marks one only, reads as before.

Only where every marked objective's key results carry their marker too ("- KR1：…"), and only
for an unmarked objective without key results, or whose list follows another label ("交付：",
"Deliverables:"): one over its own list, a "Key results:" / "**Annual KRs:**" header or a
marked key result stays an objective (labelled documents with role or annual objectives beside
"Objective 1" sections, and the mixed import benchmark, read so).
"""

from __future__ import annotations

import re
from bisect import bisect_right

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


def _label(line: Line) -> bool:
    """Return True for a short line that labels the list below it ("交付：", "Deliverables:")."""
    text = line.text.strip().strip("*_").strip()
    return not line.item and not line.heading and len(text) <= 40 and text.endswith((":", "："))


def _marked(line: Line) -> bool:
    return _MARKED.match(line.text.lstrip()) is not None


def _sections(
    marked: list[tuple[int, int]], headings: list[tuple[int, int]]
) -> list[tuple[int, int]] | None:
    """Return the (first, last) line numbers of the section holding each marked objective's line
    ((line, its own heading level or 0), in line order): below the nearest heading above it of a
    higher rank than its own (any heading, for a plain line), to the next heading of that
    heading's rank or higher; None where one has no such heading. One pass over the headings."""
    at_or_above = {rank: [at for at, r in headings if r <= rank] for rank in range(1, 7)}
    stack: list[tuple[int, int]] = []  # the headings open above the line, ranks rising
    spans, k = [], 0
    for number, own in marked:
        while k < len(headings) and headings[k][0] < number:
            while stack and stack[-1][1] >= headings[k][1]:
                stack.pop()
            stack.append(headings[k])
            k += 1
        start, level = next(((a, r) for a, r in reversed(stack) if not own or r < own), (0, 0))
        if not level:
            return None
        after = at_or_above[min(level, 6)]
        i = bisect_right(after, number)
        spans.append((start, after[i] if i < len(after) else 1 << 30))
    return spans


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Return sorted spans with the overlapping ones joined."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _inside(number: int, spans: list[tuple[int, int]]) -> bool:
    """Return True for a line number inside one of the spans (sorted, not overlapping)."""
    i = bisect_right(spans, (number, 1 << 30))
    return i > 0 and spans[i - 1][0] < number < spans[i - 1][1]


def _own_key_results(node: ObjectiveNode, headers: list[int], labels: list[int]) -> bool:
    """Return True for an objective whose key results are its own: one written with its marker,
    one under a "Key results:" / "**Annual KRs:**" header, or a list right below it; False for
    one without key results or whose list follows another label ("交付：", "Deliverables:")."""
    if not node.key_results:
        return False
    if any(kr.marked for kr in node.key_results):
        return True
    first = min(kr.line for kr in node.key_results)
    last = max(kr.line for kr in node.key_results)
    i = bisect_right(headers, node.line)
    if i < len(headers) and headers[i] < last:
        return True
    i = bisect_right(labels, node.line)
    return not (i < len(labels) and labels[i] < first)


def keep_marked_sections(lines: list[Line], outline: Outline) -> None:
    """Drop the objectives without an id outside the sections of the objectives marked with one,
    where two objectives or more are so marked, each over key results written with their marker
    ("- KR1：…"): those without key results, or over a list under another label ("交付："),
    unless their own key results are marked or headed as such."""
    by_number = {line.number: line for line in lines}
    marked, unmarked = [], []
    for node in outline.objectives:
        line = by_number.get(node.line)
        (marked if line is not None and _marked(line) else unmarked).append(node)
    if len(marked) < 2 or not unmarked:
        return
    if not all(node.key_results and all(kr.marked for kr in node.key_results) for node in marked):
        return  # the page marks its key results with their marker too ("- KR1：…")
    headings = sorted((line.number, line.heading) for line in lines if line.heading)
    own = sorted((node.line, by_number[node.line].heading) for node in marked)
    spans = _sections(own, headings)
    if spans is None:
        return  # an objective outside every section: the whole page is its section
    spans = _merged(sorted(spans))
    headers = sorted(line.number for line in lines if _kr_header(line))
    labels = sorted(line.number for line in lines if _label(line))
    outside = {
        id(node)
        for node in unmarked
        if not _own_key_results(node, headers, labels) and not _inside(node.line, spans)
    }
    if outside:
        outline.objectives = [node for node in outline.objectives if id(node) not in outside]

"""The one section of a page that names the OKRs (twenty-second round, issue 15).

A state startup's page writes "## The problem we tackle", "## Our solution", "## Objectives and
key results for 2025", "## Our impact so far" … and, in each section, short lines (often behind
an emoji: "📊 Adoption and rollout", "🔍 Precise analysis") each over its bullets. Read as usual,
every section heading was taken for an objective and every bullet for one of its key results.
Where a heading names the OKRs ("Objectifs et résultats clés visés pour fin 2025", "OKRs 2025",
"2025年目标与关键结果", "Цели и ключевые результаты") and its section holds two titles or more,
each a plain line, a bold line or a deeper heading over a flat list of bullets, those titles
are the objectives and their bullets the key results; the page's other sections are context
(they are left out of the reading). A page that marks its OKRs ("Objective: …"),
a section about the OKR process ("How to write good OKRs"), titles over nested lists, or a
section holding other paragraphs read as before.

`outside_okr_section` (twenty-third round): where such a heading ("## 三、年度 OKR", "## OKRs
2026", "## Objectives and key results") holds the page's marked objectives ("### O1 · 工作产出",
"### Objective 1: …"), the headings of the same level or deeper outside it ("## 一、上年度里程碑
回顾" over last year's ✅ milestones, "## 二、年度节奏" over themes) head context: a heading over
measured items there is no objective. A page with no such heading, or whose marked objectives
stand outside it, reads as before.
"""

from __future__ import annotations

import re
from collections import Counter

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import (
    _KEY_RESULT,
    _OBJECTIVE,
    _OBJECTIVE_SPACED,
    key_results_header,
    objective_alone,
)
from cairn.text.outline_rules import _about_process
from cairn.text.outline_words import KEY_RESULTS_HEADER

# "Objectives and key results", "Objetivos y resultados clave", "Cele i kluczowe rezultaty",
# "目标与关键结果", "目標と主要な成果", "목표와 핵심 결과", "Tujuan dan hasil utama"; "OKRs 2025"
_OBJECTIVES = (
    r"(?:objectives|objetivos|objectifs|obiettivi|doelstellingen|doelen|ziele|цели|цілі|cele"
    r"|amaçlar|hedefler|tujuan|sasaran|mục\s+tiêu|目标|目標|목표)"
)
_AND = r"(?:\s+(?:and|&|y|e|et|und|en|i|ve|dan|и|і|och|og|và)\s+|\s*[&与與和及]\s*|と|와\s*|과\s*)"
_LETTER = r"[a-zA-Z\u00c0-\u024f\u0400-\u04ff]"  # a word goes on (CJK words have no bounds)
_NAMES_OKRS = re.compile(
    rf"(?<!{_LETTER})(?:{_OBJECTIVES}{_AND}(?:key\s+results|{KEY_RESULTS_HEADER})"
    rf"|(?-i:OKRs?|OKR's))(?!{_LETTER})",
    re.I,
)


def okr_section(lines: list[Line]) -> list[Line]:
    """Return the lines of the sections naming the OKRs, their titles written as marked
    objectives (the lines as they were where no such section is found)."""
    marked: set[int] = set()
    kept: list[range] = []
    levels = Counter(line.heading for line in lines if line.heading)
    for i, line in enumerate(lines):
        text = line.text
        if kept and i < kept[-1].stop:
            continue  # inside the section found last
        # a section among others of its level, under the page's title
        if not (line.heading > 1 and levels[line.heading] > 1 and len(text) <= 90):
            continue
        if not _NAMES_OKRS.search(text) or text[-1:] in "?？" or _about_process(text):
            continue
        if found := _titles(lines, i):
            marked |= found[0]
            kept.append(found[1])
    if not marked or any(_OBJECTIVE.match(x.text) or _KEY_RESULT.match(x.text) for x in lines):
        return lines
    return [
        Line(x.number, x.indent, 0, False, f"Objective: {x.text.rstrip(':： ')}")
        if j in marked
        else x
        for section in kept
        for j, x in zip(section, lines[section.start : section.stop], strict=True)
    ]


def _titles(lines: list[Line], start: int) -> tuple[set[int], range] | None:
    """Return the indexes of the section's titles and the section's range when it holds two
    titles or more, each over a flat list of bullets and nothing else but a lead paragraph
    before the first; else None."""
    level = lines[start].heading
    titles: list[int] = []
    held: set[int] = set()  # the bullets of the titles met so far
    end = start + 1
    while end < len(lines) and not 0 < lines[end].heading <= level:
        line = lines[end]
        if id(line) in held:
            end += 1
            continue
        if line.item or not line.children or any(child.children for child in line.children):
            if titles or line.item or line.heading:
                return None  # a stray bullet or paragraph between titles: another shape
        elif line.text[-1:] in ":：" or not all(child.item for child in line.children):
            return None  # "The basics, from the guide:" over bullets: a lead-in, not a title
        elif objective_alone(line) or key_results_header(line):
            return None  # "## O" / "## KR": the page marks its OKRs with headings
        else:
            titles.append(end)
            held |= {id(child) for child in line.children}
        end += 1
    return (set(titles), range(start, end)) if len(titles) >= 2 else None


def outside_okr_section(lines: list[Line]) -> frozenset[int]:
    """Return the numbers of the headings outside the sections that name the OKRs and hold
    every marked objective of the page (empty where there is no such section)."""
    levels = Counter(line.heading for line in lines if line.heading)
    named: list[tuple[int, int]] = []  # (start index, heading level) of each naming heading
    marked: list[int] = []  # indexes of the marked objectives
    for i, line in enumerate(lines):
        text = line.text
        if line.quote:
            continue
        if _names_the_okrs(line, levels[line.heading]):
            named.append((i, line.heading))
            continue
        if _OBJECTIVE.match(text) or line.heading and _OBJECTIVE_SPACED.match(text):
            marked.append(i)
    if not named or not marked:
        return frozenset()
    inside = bytearray(len(lines))
    level, open_at = 0, -1
    starts = dict(named)
    for i, line in enumerate(lines):
        if line.heading and level and line.heading <= level:
            level = 0  # a heading at the naming heading's level or above ends its section
        if i in starts:
            level, open_at = starts[i], i
        if level:
            inside[i] = 1
    if open_at < 0 or not all(inside[i] for i in marked):
        return frozenset()
    return frozenset(
        line.number for i, line in enumerate(lines) if line.heading > 1 and not inside[i]
    )


def _names_the_okrs(line: Line, peers: int) -> bool:
    """Return True for a section heading among `peers` of its level naming the OKRs."""
    text = line.text
    if not (line.heading > 1 and peers > 1 and len(text) <= 90):
        return False
    return bool(_NAMES_OKRS.search(text)) and text[-1:] not in "?？" and not _about_process(text)

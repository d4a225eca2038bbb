"""Objectives numbered "1.", "2." over their key results numbered "1.1", "1.2" or indented
below them (issue 15, twenty-fourth round).

A plain page numbers its objectives as a list and its key results as the outline below each:
"1. Make deploys boring" over "1.1 Cut failed deploys from 12% to 3%" / "1.2. Halve …" (flat or
indented), or over indented "- …" items. Read as they stand, the numbered lines were the page
title's key results and the "1.1" lines their siblings. A numbered line is an objective where
one line or more below it carries its number and a second one ("1.1"), or where indented items
below it mostly state a measure and it states none itself; it is written as a bold line, its
key results as items. A how-to list ("1. Agree on the mission" over unmeasured sub-points) and
numbered key results with notes below ("1. Reach 40 teams" over "- see the dashboard") stay,
and so does a numbered list under an objective's line ("## Objective: …" over "1. Improve
the release pipeline" / "   - Cut failed deploys …"), under a line naming key results or
ending in a colon ("**Key Results**:" over "1. `Get 75 posts …`" / "    - Bedeho: 2/3").
A numbered line stating a number itself over measured items is an objective only beside
another one (twenty-seventh round: "2. Win the first ten paying customers" between "1. Make
deploys boring" and "3. …", "ten" read as a number).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cairn.text.key_result_parser import ParsedKeyResult
from cairn.text.outline_words import KEY_RESULT_WORD, KEY_RESULTS_HEADER, OBJECTIVE_WORD

_TOP = re.compile(r"^(\d{1,2})[.)][ \t]+(\S[^\n]{0,200})$")
_SUB = re.compile(r"^[ \t]{0,8}(\d{1,2})\.\d{1,2}\.?[ \t]+(\S[^\n]{0,300})$")
_INDENTED_ITEM = re.compile(r"^[ \t]{2,8}[-*+•][ \t]+(\S[^\n]{0,300})$")
# "## Objective: Make deploys boring", "**Objetivo 2**", "Цель 1 —": the list below is its own
_OBJECTIVE_LINE = re.compile(
    rf"^(?:#{{1,6}}\s+)?[*_]{{0,2}}\s*{OBJECTIVE_WORD}\s*\d{{0,2}}\s*[*_]{{0,2}}\s*(?:[:：\-–—]|$)",
    re.I,
)
_LABEL = re.compile(r"^[^\s:：]{1,20}(?:\s\S{1,20})?\s*[:：]\s")  # "OKR: …", "Objetivo 1: …"
_FIRST = re.compile(r"^\d{1,2}[.)][ \t]", re.M)
# "Key results:", "### Key Results", "- **KRs**:": the list below holds key results
_KEY_RESULTS = re.compile(rf"\b(?:{KEY_RESULTS_HEADER}|{KEY_RESULT_WORD}|krs?)\b", re.I)


def numbered_objectives(text: str, parse: Callable[[str], ParsedKeyResult]) -> str:
    """Return the text with numbered objectives over their numbered or indented key results
    written as bold lines over items."""
    if not _FIRST.search(text):
        return text
    lines = text.split("\n")
    out: list[str] = []
    i, last = 0, -1  # the line before the list: its last line that is no list's item
    found, deferred = False, list[tuple[int, int, list[str]]]()
    while i < len(lines):
        line = lines[i]
        top = _TOP.match(line) if line[:1].isdigit() else None
        if top is None:
            out.append(line)
            if line.strip() and not (line[:1] in " \t" and _INDENTED_ITEM.match(line)):
                last = i
            i += 1
            continue
        j, subs, items = i + 1, list[str](), list[str]()
        while j < len(lines):
            sub, item = _SUB.match(lines[j]), _INDENTED_ITEM.match(lines[j])
            if sub and sub.group(1) == top.group(1) and not items:
                subs.append(sub.group(2))
            elif item and not subs:
                items.append(item.group(0))
            else:
                break
            j += 1
        free = (subs or items) and (last < 0 or not _heads_list(lines[last]))
        kept = [_INDENTED_ITEM.match(x).group(1) for x in items]  # type: ignore[union-attr]
        written = [f"**{top.group(2)}**", *[f"- {kr}" for kr in subs or kept]]
        if free and _objective(top.group(2), subs, items, parse):
            out += written
            found = True
        elif free and _objective(top.group(2), subs, items, parse, measured_title=True):
            deferred.append((len(out), j - i, written))  # "2. Win the first ten customers"
            out += lines[i:j]
        else:
            out += lines[i:j]
        i = j
    for at, length, written in reversed(deferred if found else []):
        out[at : at + length] = written  # a measured title among objectives is one too
    return "\n".join(out)


def _heads_list(line: str) -> bool:
    """Return True for a line over a list of key results: a colon closing it, a key results'
    header, an objective's line."""
    if line.rstrip().endswith((":", "：")) or _KEY_RESULTS.search(line):
        return True
    return bool(_OBJECTIVE_LINE.match(line.strip()))


def _objective(
    title: str,
    subs: list[str],
    items: list[str],
    parse: Callable[[str], ParsedKeyResult],
    *,
    measured_title: bool = False,
) -> bool:
    """Return True for a numbered objective over its key results; with `measured_title`, one
    whose own title may state a number ("Win the first ten paying customers"), taken only where
    another line of the page is an objective."""
    if _KEY_RESULTS.search(title):
        return False  # "1. 기록을 생활화하기 (aspirational KR)": a key result over its measures
    if subs:
        return True
    if len(items) < 2 or _LABEL.match(title) or (parse(title).measurable and not measured_title):
        return False  # "1. OKR: …" over "- Owner: …" / "- KR …" / "  - Score: 0.6": read as marked
    if len({len(item) - len(item.lstrip()) for item in items}) > 1:
        return False  # items over items: a tree of its own
    texts = [_INDENTED_ITEM.match(item).group(1) for item in items]  # type: ignore[union-attr]
    return 2 * sum(parse(text).measurable for text in texts) > len(texts)

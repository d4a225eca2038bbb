"""Objectives listed first, then repeated over their key results (eighteenth round, issue 15).

A personal quarterly OKR post writes "### Objectives :" over a list of the objectives' titles,
then "### Key Results:" over a list that repeats each title, tagged with its kind ("기록을
생활화하기 (aspirational KR)", "… (committed KR)"), with its key results as bullets nested under it.
Where every item of the key-results list with bullets under it repeats a listed objective:

- `listed_objectives`: the first list only names the objectives: left out with its header; each
  repeating item is the objective ("Objective: <the listed title>": a kind's tag after it is no
  part of the title), its nested bullets are its key results.

- a review table below ("| KR | Achievement |") whose rows repeat those key results (a note in
  parentheses after the listed one allowed: "사이드 프로젝트 개발 완료(5/31 추가, 6/5 수정)")
  gives each its score; the rows are no new key results.

A key-results list whose items do not repeat the listed titles, or an objectives list alone,
reads as before.
"""

from __future__ import annotations

import dataclasses
import re

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import _OBJECTIVES_HEADER, key_results_header

_KR_LINE = re.compile(r"^KR\s*[:：]\s*(.+)$")  # a table's row, as the table reader writes it
_TAG = re.compile(r"^\s*[(（][^()（）]{1,40}[)）]\s*$")  # "(aspirational KR)"


def _list_after(lines: list[Line], at: int) -> list[Line]:
    """Return the items of the list right after the header at `at`, at its first item's indent."""
    items: list[Line] = []
    for line in lines[at + 1 :]:
        if line.heading or not line.item:
            break
        if not items or line.indent == items[0].indent:
            items.append(line)
    return items


def _repeats(item: Line, titles: list[str]) -> str | None:
    """Return the listed title the item repeats (a tag in parentheses after it allowed)."""
    for title in titles:
        if (
            item.text == title
            or item.text.startswith(title)
            and _TAG.match(item.text[len(title) :])
        ):
            return title
    return None


def listed_objectives(lines: list[Line]) -> list[Line]:
    """Return the lines with a listed-then-repeated objectives page marked as its OKRs."""
    header = next(
        (
            i
            for i, line in enumerate(lines)
            if len(line.text) < 40 and not line.item and _OBJECTIVES_HEADER.match(line.text)
        ),
        None,
    )
    if header is None:
        return lines
    listed = _list_after(lines, header)
    if len(listed) < 2 or any(item.children for item in listed):
        return lines
    titles = [item.text for item in listed]
    after = header + 1 + len(listed)
    kr_header = next(
        (
            i
            for i in range(after, len(lines))
            if len(lines[i].text) < 40 and not lines[i].item and key_results_header(lines[i])
        ),
        None,
    )
    if kr_header is None:
        return lines
    place = {id(line): i for i, line in enumerate(lines)}
    groups = [item for item in _list_after(lines, kr_header) if _below(lines, place, item)]
    named = {id(item): _repeats(item, titles) for item in groups}
    if len(groups) < 2 or None in named.values():
        return lines
    drop = {id(lines[header]), id(lines[kr_header]), *(id(item) for item in listed)}
    krs = [kr for item in groups for kr in _below(lines, place, item)]
    drop |= _review_scores(lines[kr_header:], krs)
    out = []
    for line in lines:
        if id(line) in drop:
            continue
        if id(line) in named:
            line = dataclasses.replace(
                line, item=False, numbered=False, text=f"Objective: {named[id(line)]}", children=[]
            )
        out.append(line)
    return out


def _below(lines: list[Line], place: dict[int, int], item: Line) -> list[Line]:
    """Return the bullets right under an item (nested, or flush bullets after a numbered one);
    `place` maps each line's id to its index (`lines.index` compared field by field)."""
    if item.children:
        return item.children
    out = []
    for j in range(place[id(item)] + 1, len(lines)):
        line = lines[j]
        if not line.item or line.numbered or line.heading:
            break
        out.append(line)
    return out


_NOTE_AFTER = re.compile(r"\s*[(（][^()（）]{1,40}[)）]$")


def _review_scores(lines: list[Line], krs: list[Line]) -> set[int]:
    """Give the listed key results the scores of the marked lines repeating them below; return
    the ids of those lines."""
    by_title: dict[str, Line] = {}
    for kr in krs:
        by_title.setdefault(kr.text, kr)
        by_title.setdefault(_NOTE_AFTER.sub("", kr.text), kr)
    found = set()
    for line in lines:
        match = _KR_LINE.match(line.text) if line.score is not None else None
        kr = by_title.get(match.group(1).strip()) if match else None
        if kr is not None and kr.score is None:
            kr.score = line.score
            found.add(id(line))
    return found if len(found) >= 2 else set()

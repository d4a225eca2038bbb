"""OKRs written only inside several code fences, each read alone (twentieth round, issue 15).

A guide to writing OKRs ("## Writing Good Key Results" over Good/Bad tables) keeps every OKR
it states in code fences: an "## OKR Example" fence of "### Objective 1: …" headings over
"- KR1: …", then an "Incorrect" and a "Correct" fence, each "Objective: …" over "Key Results:"
and plain bullets. Read together with the page, the guide's headings took the fences' loose
lines as their key results, and a title repeated in a later fence was taken for the earlier
one. Where nothing outside the fences is an objective and a fence or more state objectives
with key results when read alone, each fence is its own example, read in order: the headings
between them are guidance (one fence of OKRs under "## Writing Good Key Results" too). A fence drawing the terms' structure ("Objective:
Qualitative, inspiring goal" over "+-- Key Result 1: Quantitative measure of progress" …, the
key results one text but for their numbers) is a template, no OKR.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from cairn.text.doc_clean import code_fences
from cairn.text.outline_nodes import ObjectiveNode, Outline

_DIGITS = re.compile(r"\d+")


def fenced_examples(text: str, read: Callable[[str], Outline]) -> Outline | None:
    """Return the objectives of the page's fences, each fence read alone by `read`, or None
    where no fence states objectives with key results."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    found: list[ObjectiveNode] = []
    for start, end in code_fences(lines):
        # only the fence's own lines (reading the whole page with the rest blanked, once per
        # fence, made a page of many fences quadratic), its nodes moved to the page's lines
        part = "\n".join(lines[start + 1 : end])
        objectives = [o for o in read(part).objectives if o.key_results and not _template(o)]
        for objective in objectives:
            _move(objective, start + 1)
        found += objectives
    return Outline(found, []) if found else None


def _move(objective: ObjectiveNode, by: int) -> None:
    """Add `by` to the line of the objective and of every node under it."""
    objective.line += by
    items = list(objective.initiatives)
    for kr in objective.key_results:
        kr.line += by
        items += kr.initiatives
    work = [w for item in items for w in item.work]
    for item in items:
        item.line += by
    while work:
        node = work.pop()
        node.line += by
        work += node.children


def _template(objective: ObjectiveNode) -> bool:
    """Return True for an objective whose key results, two or more, are one text but for
    their numbers ("Key Result 1: Quantitative measure of progress", "Key Result 2: …")."""
    texts = {_DIGITS.sub("", kr.title) for kr in objective.key_results}
    return len(objective.key_results) >= 2 and len(texts) == 1

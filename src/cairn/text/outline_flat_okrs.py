"""An OKR written as one flat list of labelled items (nineteenth round, issue 15).

A changelog lists each template as '- Objective: "Aumentare il fatturato"' / '- KR: Fatturato
trimestrale €150.000' / '- 3 Rischi: Opportunità, Conversione' / '- KPI e Iniziative per ogni
rischio': the objective and its key results are marked siblings of one list, so the unmarked
items after them in that list are the template's other parts (risks, KPIs), not key results;
they are left out. A list whose first item does not mark an objective, or with no marked key
result right after it, reads as before. Such an objective with a measured key result (a digit in
it) is stated, not a definition of the term, even in a section about the process ("### 3.
**Template OKR predefiniti**"): the second value `flat_okr_lists` returns.
"""

from __future__ import annotations

import re

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import _KEY_RESULT, _OBJECTIVE, _PREFIX_FIRST


def flat_okr_lists(lines: list[Line]) -> tuple[list[Line], frozenset[int]]:
    """Return the lines without the unmarked items that follow a flat list's marked OKR, and
    the ids of the objective items stated over a measured marked key result."""
    dropped: set[int] = set()
    stated: set[int] = set()
    candidates = [
        i
        for i, line in enumerate(lines)
        if line.item and not line.children and _marked_objective(line.text)
    ]
    after = -1  # the index after the last run read
    for i in candidates:
        if i < after:
            continue
        line = lines[i]
        if _measured_key_result(line, lines[i + 1] if i + 1 < len(lines) else None):
            stated.add(id(line))
        run = _siblings(lines, i)
        marked = 0
        while marked < len(run) and _KEY_RESULT.match(run[marked].text):
            marked += 1
        if marked:
            rest = run[marked:]
            if all(not _KEY_RESULT.match(x.text) and not _OBJECTIVE.match(x.text) for x in rest):
                dropped |= {id(x) for x in rest}
        after = i + 1 + len(run)
    kept = [line for line in lines if id(line) not in dropped] if dropped else lines
    return kept, frozenset(stated)


def _measured_key_result(line: Line, below: Line | None) -> bool:
    """Return True for a marked key result with a digit, an item right below `line`."""
    if below is None or not below.item or below.indent != line.indent:
        return False
    key_result = _KEY_RESULT.match(below.text)
    return bool(key_result) and any(c.isdigit() for c in key_result.group(1))


def _marked_objective(text: str) -> bool:
    """Return True for "Objective: …"; the pattern runs only where its first letter can start it
    and a separator stands in the first 100 characters (imports read 10,000s of lines)."""
    first = text[:1]
    if first.isascii() and first.lower() not in _PREFIX_FIRST:
        return False
    return bool(_SEPARATOR.search(text, 0, 100) and _OBJECTIVE.match(text))


_SEPARATOR = re.compile(r"[:：.)|]| [-–—]")


def _siblings(lines: list[Line], at: int) -> list[Line]:
    """Return the flat items right after the item at `at`, at its indent, with no blank line."""
    first, out = lines[at], []
    for j in range(at + 1, len(lines)):  # no slice: copying the rest per item made this quadratic
        line = lines[j]
        if not line.item or line.indent != first.indent or line.blank_before or line.children:
            break
        out.append(line)
    return out

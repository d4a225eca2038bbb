"""An OKR written as one flat list of labelled items (nineteenth round, issue 15).

A changelog lists each template as '- Objective: "Aumentare il fatturato"' / '- KR: Fatturato
trimestrale €150.000' / '- 3 Rischi: Opportunità, Conversione' / '- KPI e Iniziative per ogni
rischio': the objective and its key results are marked siblings of one list, so the unmarked
items after them in that list are the template's other parts (risks, KPIs), not key results;
they are left out. A list whose first item does not mark an objective, or with no marked key
result right after it, reads as before. Such an objective with a measured key result (a digit in
it) is stated, not a definition of the term, even in a section about the process ("### 3.
**Template OKR predefiniti**"): `stated_okrs`.
"""

from __future__ import annotations

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import _KEY_RESULT, _OBJECTIVE


def flat_okr_lists(lines: list[Line]) -> list[Line]:
    """Return the lines without the unmarked items that follow a flat list's marked OKR."""
    dropped: set[int] = set()
    i = 0
    while i < len(lines):
        line = lines[i]
        if not (line.item and not line.children and _OBJECTIVE.match(line.text)):
            i += 1
            continue
        run = _siblings(lines, i)
        marked = 0
        while marked < len(run) and _KEY_RESULT.match(run[marked].text):
            marked += 1
        if marked:
            rest = run[marked:]
            if all(not _KEY_RESULT.match(x.text) and not _OBJECTIVE.match(x.text) for x in rest):
                dropped |= {id(x) for x in rest}
        i += 1 + len(run)
    return [line for line in lines if id(line) not in dropped] if dropped else lines


def stated_okrs(lines: list[Line]) -> frozenset[int]:
    """Return the ids of the flat lists' objective items right over a measured marked key result."""
    return frozenset(
        id(line)
        for line, below in zip(lines, lines[1:], strict=False)
        if line.item
        and below.item
        and below.indent == line.indent
        and not line.children
        and _OBJECTIVE.match(line.text)
        and (key_result := _KEY_RESULT.match(below.text))
        and any(c.isdigit() for c in key_result.group(1))
    )


def _siblings(lines: list[Line], at: int) -> list[Line]:
    """Return the flat items right after the item at `at`, at its indent, with no blank line."""
    first, out = lines[at], []
    for line in lines[at + 1 :]:
        if not line.item or line.indent != first.indent or line.blank_before or line.children:
            break
        out.append(line)
    return out

"""An objective's aim written on a bold label line between its heading and its key results.

"## Objective 1: Operational Excellence" / "**Goal**: Reduce manual overhead by 50%." /
"- **KR 1**: Achieve 95% accuracy …" (fifteenth round, a planning note of round 13): the label
line states what the objective aims at in one sentence. It is neither the objective's title nor
a key result, and the marked key results right under it stay the objective's (a bold label
paragraph otherwise makes the list under it its own content: "**Risks:** …" over bullets).

A bold heading over a list that states an objective and its key result is a heading too, not a
label paragraph: "#### **Template Vendite**" / '- Objective: "Aumentare …"' / "- KR: Fatturato
trimestrale €150.000" (sixteenth round, a changelog of round 14): the list is its OKR.
"""

from __future__ import annotations

from cairn.text.outline_lines import Line
from cairn.text.outline_markers import _KEY_RESULT, _OBJECTIVE


def aim_over_key_results(line: Line, has_objective: bool, has_key_results: bool) -> bool:
    """Return True for a label paragraph with its text, under an objective that has no key
    results yet, over a list whose items are all marked key results ("- **KR 1**: …")."""
    if line.item or not has_objective or has_key_results or not line.children:
        return False
    if not line.label or line.text.rstrip(":：").strip() == line.label:
        return False  # "**Risks:**" alone over bullets: a section of its own
    return all(_KEY_RESULT.match(child.text) for child in line.children)


def heading_over_okr(line: Line) -> bool:
    """Return True for a bold heading ("#### **Template Vendite**") whose list marks an
    objective with its text and, right below it, a key result with its text."""
    if not line.heading or not line.children:
        return False
    children = line.children
    for above, below in zip(children, children[1:], strict=False):
        objective, key_result = _OBJECTIVE.match(above.text), _KEY_RESULT.match(below.text)
        if objective and objective.group(1).strip() and key_result and key_result.group(1).strip():
            return True
    return False

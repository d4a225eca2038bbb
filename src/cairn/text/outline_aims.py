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
from cairn.text.outline_markers import _KEY_RESULT, _KR_HEADER, _OBJECTIVE
from cairn.text.outline_rules import _named_section


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
    objective with its text and, right below it, a key result with its text.

    A label paragraph alone ("**Example**:") over such a list heads it too (seventeenth round),
    and so over "- **Objective**: …" / "- **Key Results**:" holding "  - KR1: …" items.
    """
    label_only = not line.item and line.label is not None and line.text.rstrip(":： ") == line.label
    if not (line.heading or label_only) or not line.children:
        return False
    children = line.children
    for above, below in zip(children, children[1:], strict=False):
        objective = _OBJECTIVE.match(above.text)
        if not objective or not objective.group(1).strip():
            continue
        if (key_result := _KEY_RESULT.match(below.text)) and key_result.group(1).strip():
            return True
        if (
            label_only
            and _KR_HEADER.match(below.text)
            and any(_KEY_RESULT.match(item.text) for item in below.children)
        ):
            return True
    return False


def label_section(text: str) -> bool:
    """Return True for a bold paragraph over a list that names a section, not an objective.

    "**Notes**" (`outline_rules._named_section`), and a question ("**What's a good average
    score?**" over "- 0.7 - 0.8: Perfect", seventeenth round): it asks, the list answers.
    """
    return text[-1:] in "?？" or _named_section(text)

"""A glossary of OKR terms in a document ("Objective: what we focus on next"): context, not OKRs."""

from __future__ import annotations

import re
from collections import Counter

from cairn.text.outline_glossary_sections import glossary_section_items
from cairn.text.outline_lines import Line
from cairn.text.outline_markers import _KEY_RESULT, _KR_HEADER, _OBJECTIVE

_TERM = re.compile(r"^([^:：]{1,30})[:：]\s*\S")
# "Objective: What are we trying to achieve? Qualitative, …": a question, then what answers it
_DEFINING_QUESTION = re.compile(r"^[^?？]{3,80}[?？]\s*\S")
# "Objective: what we want to achieve", "Key result: how we measure it": a term defined by a
# clause in lower case (ninth round); "What customers love, we double" is a title
_DEFINING_CLAUSE = re.compile(
    r"^(?-i:what|how|why|where|when|which|who)\s+(?:we|you|they|the\s+team|is|are|to|do|does)\b"
)


def defines(title: str, *, question: bool = True) -> bool:
    """Return True for a marker's text that defines the term rather than titles an OKR."""
    return bool(_DEFINING_CLAUSE.match(title) or question and _DEFINING_QUESTION.match(title))


def glossary_items(lines: list[Line]) -> set[int]:
    """Return the ids of the items of a glossary of OKR terms: context, not OKRs.

    "1. Mission: why we exist" / "2. Vision: …" / "3. Strategy: …" / "4. Objective: what we
    focus on next" / "5. Key result: how we know (measurable)": a flat list of four items or
    more, each "Term: definition", naming an objective and a key result with their text and
    two other terms or more, defines the words. Where "Key results:" heads a list of its own
    it is the page's OKR, and read.
    """
    found: set[int] = set()
    i = 0
    while i < len(lines):
        first = lines[i]
        if not first.item:
            i += 1
            continue
        run, j = [first], i + 1
        while j < len(lines) and lines[j].item and lines[j].indent >= first.indent:
            if lines[j].indent == first.indent:
                run.append(lines[j])
            j += 1
        if len(run) >= 4 and all(":" in x.text or "：" in x.text for x in run) and _glossary(run):
            found.update(id(x) for x in run)
        i = j
    return found | glossary_section_items(lines)  # "## Glossary" (twenty-fourth round)


def _glossary(run: list[Line]) -> bool:
    """Return True for a list of "Term: definition" items defining OKR terms (see above)."""
    if any(x.children or not _TERM.match(x.text) for x in run):
        return False
    objective = key_result = others = 0
    for x in run:
        if _OBJECTIVE.match(x.text):
            objective += 1
        elif (match := _KEY_RESULT.match(x.text)) and match.group(1).strip():
            key_result += 1
        else:
            others += 1
    return objective == 1 and key_result == 1 and others >= 2


# "Where do I want to go?", "¿Cómo llego?": a question alone
_QUESTION_ALONE = re.compile(r"^[¿]?[^?？]{2,80}[?？]$")


def question_pairs(lines: list[Line]) -> set[int]:
    """Return the ids of an objective line and the key result line below it, each titled by a
    question alone: the terms, defined by the questions they answer, not an OKR.

    "+ Mục tiêu (Objective): Tôi muốn đi đâu?" / "+ Kết quả then chốt (Key Result): Tôi đến đó
    bằng cách nào?" (thirteenth round). One question alone ("Objective: Can we double revenue?")
    stays a title, and so does a question over a key result stated as one.
    """
    found: set[int] = set()
    for above, line in zip(lines, lines[1:], strict=False):
        if above.text[-1:] not in "?？" or line.text[-1:] not in "?？":
            continue
        objective, key_result = _OBJECTIVE.match(above.text), _KEY_RESULT.match(line.text)
        if (
            objective
            and key_result
            and _QUESTION_ALONE.match(objective.group(1).strip())
            and _QUESTION_ALONE.match(key_result.group(1).strip())
        ):
            found.update((id(above), id(line)))
    return found


def defined_pairs(lines: list[Line]) -> set[int]:
    """Return the ids of a pair of label paragraphs that define the two terms, where the page
    numbers its objectives elsewhere: context, not an OKR.

    '## Overview of OKRs' / "**Objective:** Clarity and intent." / "**Key results:** Measures
    of success within the quarter." before "**Objective 1:** …" / "**Key results:**" / "1. …"
    (fifteenth round, a translated docs page: "**目的:** 明確さと意図。" / "**成果指標:** …"). A
    label paragraph with its text, then a key-results label paragraph with its text, neither
    with an id, a list or a number; or two such items of one list (seventeenth round: "- **Objective**:
    What you want to achieve (qualitative, inspiring)" / "- **Key Results**: How you'll measure
    success …"). On a page without numbered objectives, or with a number in either text
    ("**Key results:** Reach 40 paying teams"), the pair reads as before.
    """
    pairs = [
        (above, line)
        for above, line in zip(lines, lines[1:], strict=False)
        if line.label
        and above.label
        and not (line.children or above.children)
        and line.item == above.item  # "- **Objective**: …" / "- **Key Results**: …" too
        and line.indent == above.indent
        and _KR_HEADER.match(line.label)
        and not _has_digit(line.text)
        and not _has_digit(above.text)
        and line.text.rstrip(":：").strip() != line.label
        and above.text.rstrip(":：").strip() != above.label
    ]
    if not pairs:
        return set()
    # "## Q3" / "- **Objective**: Improve housing" / "- **Key result**: Publish the API", and
    # "## Q4" / the same objective again: an objective repeated under each period is an OKR
    # (twenty-second round)
    titles = Counter(m.group(1).strip() for x in lines if (m := _OBJECTIVE.match(x.text)))
    pairs = [pair for pair in pairs if titles[_objective_text(pair[0])] < 2]
    if not pairs:
        return set()
    paired = {id(line) for pair in pairs for line in pair}
    # "**Objective:** Qualitative, inspirational, time-bound" / "**Key Results:** Quantitative,
    # measurable, …" over "Example:" / "- Objective: Become the market leader in Spain" /
    # "- KR1: Reach €1M ARR" (sixteenth round): another marked objective on the page, stated
    # with marked key results below it, is the page's OKR, and the pair defines the terms
    if not any(_numbered_objective(line.text) for line in lines) and not _stated_okr(lines, paired):
        return set()
    return {id(line) for pair in pairs for line in pair}


def _stated_okr(lines: list[Line], paired: set[int]) -> bool:
    """Return True where a marked objective outside the pair has a marked key result right
    below it ("Objective: Become the market leader in X" / "  KR1: Reach $10M ARR")."""
    for above, line in zip(lines, lines[1:], strict=False):
        if id(above) in paired or id(line) in paired:
            continue
        objective, key_result = _OBJECTIVE.match(above.text), _KEY_RESULT.match(line.text)
        if objective and objective.group(1).strip() and key_result and key_result.group(1).strip():
            return True
        if objective and objective.group(1).strip() and _headed_key_results(line):
            return True  # "- **Objective**: …" / "- **Key Results**:" / "  - KR1: …"
    return False


def _headed_key_results(line: Line) -> bool:
    """Return True for a key-results label alone over marked key results ("- **Key Results**:")."""
    return (
        line.text.rstrip(":： ") == (line.label or line.text.rstrip(":： "))
        and bool(_KR_HEADER.match(line.text))
        and any(_KEY_RESULT.match(item.text) for item in line.children)
    )


def _objective_text(line: Line) -> str:
    """Return the text a marked objective line states ("" for another line)."""
    match = _OBJECTIVE.match(line.text)
    return match.group(1).strip() if match else ""


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _numbered_objective(text: str) -> bool:
    """Return True for "Objective 1: …" / "目標 2: …": a marked objective with its number."""
    return _has_digit(text[:16]) and bool(_OBJECTIVE.match(text))

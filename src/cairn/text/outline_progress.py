"""A progress section restating the OKRs by their ids (issue 15, twelfth round).

"## 📊 Progress (2026-04-11)" / "### Objective 2: Go public" / "- **KR 2.1 (DAU 100)**: ~50 users
(50%)": a later objective, under a heading naming progress or status, whose key results all
carry the dotted ids ("KR 2.1") of key results read above reports on them; it is no new
objective, when every one of its key results reads as a report (it opens with a number, "~"
or a mark, points with an arrow, or is a word or two). A later period's OKRs numbered again
from "KR 1.1" ("Reach 10 paying customers") are new ones. A percentage the report opens with or
states in parentheses is that key result's score (progress), when the report states one
percentage only and the key result has no score yet; other reports ("not measured") add
nothing.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from cairn.text.outline_words import PROGRESS_SECTION_WORD

if TYPE_CHECKING:
    from cairn.text.outline_nodes import KeyResultNode, ObjectiveNode

_PROGRESS_SECTION = re.compile(rf"(?:^|[\s(]){PROGRESS_SECTION_WORD}(?:$|[\s):：])", re.I)
# What a report on a key result looks like: it opens with a number, "~" or a mark, or points
# from the state to what follows ("not measured → add events"), or is a word or two ("미측정")
_REPORT = re.compile(r"^(?:[~≈]?\s*\d|[✅❌⚠️✔✗☑️🟢🟡🔴])|→|->")
# "50% (in progress)", "~50 users (50%)": the percentage a report opens with, or in parentheses
_PERCENT = re.compile(r"^[~≈]?\s*(\d{1,3}(?:\.\d+)?)\s*%|\(\s*(\d{1,3}(?:\.\d+)?)\s*%\s*\)")


def progress_by_id(objectives: list[ObjectiveNode]) -> list[tuple[int, str]]:
    """Drop the objectives restating key results by id, give their reports' scores to the key
    results above; return the problems to report (see above)."""
    seen: dict[str, KeyResultNode] = {}
    kept, problems = [], []
    for objective in objectives:
        krs = objective.key_results
        if not any(kr.marker_id for kr in krs):  # no dotted ids: nothing restated
            kept.append(objective)
            continue
        ids = [kr.marker_id for kr in krs]
        restated = all(i is not None and i in seen for i in ids) and not objective.initiatives
        restated = restated and all(
            _REPORT.search(kr.title) or len(kr.title.split()) <= 2 for kr in krs
        )
        if restated and any(_PROGRESS_SECTION.search(label) for label in objective.labels):
            for kr in krs:
                _score(seen[kr.marker_id], kr.title)  # type: ignore[index]
            problems.append((objective.line, "reports on the key results above by their ids"))
            continue
        seen.update((kr.marker_id, kr) for kr in krs if kr.marker_id is not None)
        kept.append(objective)
    objectives[:] = kept
    return problems


def _score(kr: KeyResultNode, report: str) -> None:
    """Give a key result the score its report states, when it has none."""
    if kr.score is not None or report.count("%") != 1:
        return
    if match := _PERCENT.search(report):
        value = float(match.group(1) or match.group(2)) / 100
        kr.score = value if 0 <= value <= 1 else None

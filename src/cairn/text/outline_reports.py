"""A section that repeats the key results with a report on each (issue 15, ninth round).

"## Status update" over "- Cut failed deploys to 3%: on track" / "- Reach 40 teams — 0.6": every
item names a key result already read, then reports on it. The section is no objective; each
report fills the score or status its key result has not stated.
"""

from __future__ import annotations

import re

from cairn.text.doc_clean import field_value
from cairn.text.outline_lines import Line
from cairn.text.outline_nodes import KeyResultNode
from cairn.text.outline_rules import _norm

# between the key result's title and its report: ":", " — ", " – ", " - ", "=>" or "|"
_SEPARATOR = re.compile(r"\s*(?:[:：|]|\s[—–-](?=\s)|=>)\s*")


def repeated_reports(
    items: list[Line], titles: dict[str, KeyResultNode]
) -> list[tuple[KeyResultNode, str]] | None:
    """Return (key result, report) for a list repeating key results; None for other lists.

    Every item names a key result read before and says something after it.
    """
    if not items or not titles:
        return None
    found = []
    for item in items:
        kr = titles.get(_norm(item.text))
        if kr is not None and (item.status or item.score is not None):
            # "- Ship the CLI — on track": the cleaning took the report off as a status note
            found.append((kr, item.status or str(item.score)))
            continue
        report = _report(item.text, titles)
        if report is None:
            return None
        found.append(report)
    return found


def _report(text: str, titles: dict[str, KeyResultNode]) -> tuple[KeyResultNode, str] | None:
    """Return the key result an item names before a separator, and what follows it."""
    for match in _SEPARATOR.finditer(text):  # "Cut -25% cost: on track": the title holds " -"
        rest = text[match.end() :].strip()
        if rest and len(rest) <= 60 and (kr := titles.get(_norm(text[: match.start()]))):
            return kr, rest
    return None


def fill(reports: list[tuple[KeyResultNode, str]]) -> None:
    """Give each key result the score or status its report states, where it states none."""
    for kr, report in reports:
        score, status = field_value(report)
        kr.score = kr.score if kr.score is not None else score
        kr.status = kr.status or status

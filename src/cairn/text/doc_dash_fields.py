"""A key result's owner or grade written after a dash that closes its line (issue 15,
twenty-fourth round).

"Cut failed deploys from 12% to 3% — @ana", "Halve median build time – @ben-k, @dana": a
handle after an em or en dash is the owner, as "(@ana)" is; "Reach 40 weekly active teams — 0.7"
is the grade of a scored sheet (a number from 0 to 1 with one or two decimals, or 0 and 1
alone), as "(0.7)" is. A share after the dash ("Test coverage — 80%") may be the target, not
a grade, and stays in the title; so do words after it ("— 3 teams", "— see the dashboard") and
a hyphen ("3 - 0.5" may be a range). A share after a complete key result ("Ship the billing page
— 60%") is its progress: `cairn.text.doc_dash_progress` (after round 33's first run).
"""

from __future__ import annotations

import re

_DASH_HANDLE = re.compile(r"\s+[—–]\s+@([\w.-]{1,39}(?:\s*[,&/]\s*@[\w.-]{1,39}){0,3})\s*$")
_DASH_GRADE = re.compile(r"\s+[—–]\s+(0(?:[.,]\d{1,2})?|1(?:[.,]0{1,2})?)\s*$")


def dash_handle(text: str) -> tuple[str, str] | None:
    """Return (title, owner) of "… — @ana", else None."""
    if "@" not in text or not (match := _DASH_HANDLE.search(text, max(0, len(text) - 200))):
        return None
    return text[: match.start()].rstrip(), match.group(1).replace("@", "")


def dash_grade(text: str) -> tuple[str, float] | None:
    """Return (title, score) of "… — 0.7", else None."""
    if not (match := _DASH_GRADE.search(text, max(0, len(text) - 12))):
        return None
    return text[: match.start()].rstrip(), float(match.group(1).replace(",", "."))

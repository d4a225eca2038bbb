"""Key results joined in one table cell without their markers (thirty-first reader round).

"| Make deploys boring | Cut failed deploys from 12% to 3%<br>Halve median build time |": a
key-results cell whose lines are joined by "<br>" (a line break in a Markdown table) holds one
key result a line; before, the texts were read as one key result, run together. Markers
("KR1: …<br>KR2: …") were read already. Statements joined by "; " stay one key result: the
labelled documents write compound key results so ("Razorpay live-mode payments enabled; ≥ 50
paid orders completed", "P50 latency <1.2s; inference cost/active user <$4/mo"), and a draft
that split them broke two of them.

Each part must read as a statement of its own: two words or more (four characters or more in
Chinese, Japanese or Korean), not starting with a lower-case letter, a bracket or a dash (a
wrapped line: "Reach 100 users<br>(from 20 today)"), not a label ("Baseline: 20").
"""

from __future__ import annotations

import re

_BR = re.compile(r"\s*<br\s*/?>\s*", re.I)
_LABEL = re.compile(r"^[^:：]{1,24}[:：]\s")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _statement(part: str) -> bool:
    first = part[:1]
    if not first or first.islower() or first in "([{（【-–—*_,.;:" or _LABEL.match(part):
        return False
    if _CJK.search(part):
        return len(part.replace(" ", "")) >= 4
    return len(part.split()) >= 2


def joined_key_results(cell: str) -> list[str] | None:
    """Return the key results of a cell joined by "<br>", or None."""
    if "<" not in cell:
        return None
    parts = [p.strip() for p in _BR.split(cell.strip())]
    if len(parts) >= 2 and all(_statement(p) for p in parts):
        return parts
    return None

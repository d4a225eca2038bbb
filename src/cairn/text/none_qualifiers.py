"""A bound in brackets after a key result of none (issue 15, twenty-fourth round).

"Eliminate all unbounded or long-running tasks (>10 minutes)", "Zero slow queries (> 2 s)", "No
stale tickets (>30 days)": the key result asks for none of the items, and the bound in brackets
says which items count (tasks running longer than 10 minutes), not a value to reach or keep. The
aside is dropped, with a note, and the sentence reads as zero of its items (`trends.none_of`).
A bracket with more than the bound ("(site down > 30 min, payment double-charge)") or a key
result that does not ask for none ("Reduce long-running tasks (>10 minutes) to 5") is unchanged.
"""

from __future__ import annotations

import re

_NONE_LEAD = re.compile(
    r"^\s*(?:no|zero|cero|eliminate (?:all|any)|prevent (?:all|any))\s+"
    r"(?!(?:more|less|fewer|longer|later|than|one|single)\b)[a-z]",
    re.IGNORECASE,
)
_LONE_BOUND = re.compile(r"^(?:>|<|>=|<=|≥|≤|over|under|older than)\s*\d[\d.,]*\s*[a-zA-Z%]{0,12}$")


def qualifies_none(outside: str, inner: str) -> bool:
    """Return True when `inner`, a bracket's content, is a lone bound on the items a key result
    of none (`outside`, the text around the brackets) asks to be zero (see above)."""
    return bool(_NONE_LEAD.match(outside)) and bool(_LONE_BOUND.match(inner.strip()))

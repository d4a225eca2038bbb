"""Shares of counted things: a part of a counted whole ("≥8 of the 10 PRs") is a measure, not
work to do; so is what the product "is capable of" with a number."""

from __future__ import annotations

import re

# A part of a counted whole is a share: "Across the 10 most recent PRs, ≥8 had …", "8 of 10
# builds pass". The second count is of the same things, so it measures a rate, not work done.
_WHOLE = re.compile(
    r"\b(?:across|of|out of|in)\s+(?:the\s+)?(?:(?:last|most recent|latest|past)\s+)?(\d+)\b[^;:]*?"
    r"[,:]?\s*(?:[≥>]=?\s*|at least\s+)?(\d+)\s+(?:of them\s+)?(?:had|have|has|are|were|is|was"
    r"|pass(?:ed|es)?|show(?:ed)?)\b",
    re.IGNORECASE,
)
_PART = re.compile(
    r"(?:[≥>]=?\s*|at least\s+)?(\d+)\s+(?:out\s+)?of\s+(?:the\s+)?(?:[a-z]+\s+)?(\d+)\b", re.I
)
# What the product can do, with a number: "is capable of running 8 tasks in parallel".
_CAPABLE = re.compile(r"\b(?:is|are) (?:capable of|able to)\b[^;:]*\d", re.IGNORECASE)


def part_of_whole(text: str) -> bool:
    """Return True when one count is a part of another: "≥8 of the 10 PRs", "Across the 10
    most recent PRs, ≥8 had no bugs" — a share of things, measured, not work to do."""
    for pattern, whole_first in ((_WHOLE, True), (_PART, False)):
        for match in pattern.finditer(text):
            whole, part = (match.group(1), match.group(2))
            if not whole_first:
                whole, part = part, whole
            if 0 < int(part) <= int(whole):
                return True
    return False


def capable(text: str) -> bool:
    """Return True for what the product can do, with a number ("is capable of running 8 …")."""
    return _CAPABLE.search(text) is not None

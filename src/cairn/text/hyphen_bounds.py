"""A floor or ceiling spelt with hyphens before its number (twenty-sixth round).

"implement at-least 20 integration tests", "Solve at-least 10% of open issues", "at-most 5
incidents", "no-less-than 90% uptime", "not-more-than 3 outages", "no-fewer-than 10 mentors":
the hyphens join the words a bound is written with, so the bound reads as "at least" does (stay
above) or "at most" (stay below). Only before a number (a currency sign may lead it): "at-least-
once delivery" names a guarantee and keeps its hyphens. Spanish, Portuguese and French write
their bounds with spaces ("al menos", "pelo menos", "au moins"); German joins them in one word
("mindestens", "höchstens"), already read.

Twenty-seventh round: "sub-" before a number or a unit is a ceiling, as "under": "Achieve
sub-200ms p95 latency", "Keep API latency sub-100 ms", "Reduce page load to sub-second" (under
1 second), "sub-minute" (under 1 minute); engineers write it in other languages too ("latência
p95 sub-200ms"). Only written in lower case or capitalised: "SUB-123" is an issue key.
"""

from __future__ import annotations

import re

_HYPHENED = re.compile(
    r"\b(at|no|not)-(least|most|(?:less|more|fewer)-than)(?=\s{0,3}[$€£]?\d)", re.IGNORECASE
)


_SUB = re.compile(r"(?<![\w-])(?-i:[sS]ub)-(?:(?=\d)|(second|minute|millisecond)\b)")
_ONE = {"second": "1 second", "minute": "1 minute", "millisecond": "1 ms"}


def sub_bounds(text: str) -> str:
    """Return "sub-200ms" as "under 200ms" and "sub-second" as "under 1 second"."""
    if "ub-" not in text:
        return text
    return _SUB.sub(lambda m: "under " + _ONE.get((m.group(1) or "").lower(), ""), text)


def spaced_bounds(text: str) -> str:
    """Return the text with a hyphened bound before a number spelt with spaces."""
    if "-" not in text:
        return text
    return _HYPHENED.sub(lambda m: m.group().replace("-", " "), text)

"""A floor or ceiling spelt with hyphens before its number (twenty-sixth round).

"implement at-least 20 integration tests", "Solve at-least 10% of open issues", "at-most 5
incidents", "no-less-than 90% uptime", "not-more-than 3 outages", "no-fewer-than 10 mentors":
the hyphens join the words a bound is written with, so the bound reads as "at least" does (stay
above) or "at most" (stay below). Only before a number (a currency sign may lead it): "at-least-
once delivery" names a guarantee and keeps its hyphens. Spanish, Portuguese and French write
their bounds with spaces ("al menos", "pelo menos", "au moins"); German joins them in one word
("mindestens", "höchstens"), already read.
"""

from __future__ import annotations

import re

_HYPHENED = re.compile(
    r"\b(at|no|not)-(least|most|(?:less|more|fewer)-than)(?=\s{0,3}[$€£]?\d)", re.IGNORECASE
)


def spaced_bounds(text: str) -> str:
    """Return the text with a hyphened bound before a number spelt with spaces."""
    if "-" not in text:
        return text
    return _HYPHENED.sub(lambda m: m.group().replace("-", " "), text)

"""A heading and its count, "Blog posts: 10" (issue 15, twenty-seventh round).

Real OKR documents list key results as a heading, a colon and a bare count ("Blog posts: 10",
"Customer interviews: 20", "Artículos de blog: 10", "NPS: 45"). Nothing after the colon names
what is counted, the heading does, so the coach reads the count before the heading ("10 Blog
posts", "45 NPS") and judges that as it would any count of things: own outputs are work, a
metric or others counted stay results. A deadline after the count stays after it ("Blog posts:
10 by the end of Q3" → "10 Blog posts by the end of Q3"); any other word after the count (a
unit, "Budget: 5000 EUR") leaves the sentence as written.
"""

from __future__ import annotations

import re

_HEADING_COUNT = re.compile(
    r"^\s*(?P<heading>[^\W\d][^\W\d]*(?:[ '-][^\W\d]+){0,4})\s?:\s*(?P<count>\d[\d.,]*\+?)"
    r"(?P<tail>\s+(?:by|per|a|each|every|in|this|until|before|por|pro|par|até|antes|d'ici"
    r"|entro|bis|al|cada|avant)\b.*)?\s*$",
    re.IGNORECASE,
)


def count_first(written: str) -> str | None:
    """Return "<count> <heading><tail>" for a heading, a colon and a bare count; else None."""
    found = _HEADING_COUNT.match(written)
    if found is None:
        return None
    return f"{found['count']} {found['heading']}{found['tail'] or ''}"

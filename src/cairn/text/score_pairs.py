"""A score's start and target both written out of the same scale (twenty-seventh round).

"Raise CSAT from 4.2/5 to 4.6/5", "Aumentar o CSAT de 4,2/5 para 4,6/5", "Porter la note de
4,2/5 à 4,6/5", "NPS intern von 6,5/10 auf 8/10", "Raise rating from 4.2/5.0 → 4.6/5.0": the
scale said twice is the scale of one pair, read as when it is said once after the target ("from
4.2 to 4.6/5": start 4.2, target 4.6, no unit). The first "/N" goes when the second names the
same scale and one of the two numbers (or the scale) carries a decimal: a pair of dates ("from
1/5 to 3/5", the 1st to the 3rd of May) never does, so whole numbers are left as written.
"""

from __future__ import annotations

import re

_NUMBER = r"\d{1,3}(?:[.,]\d{1,2})?"
_PAIR = re.compile(
    rf"(?<![\w.,/])({_NUMBER})\s?/\s?(\d{{1,3}}(?:[.,]0)?)(\s+\S{{1,6}}\s+|\s?(?:→|->)\s?)"
    rf"(?=({_NUMBER})\s?/\s?\2(?![\w.,/]|[.,]\d))"
)


def _one_scale(match: re.Match) -> str:
    start, scale, between, target = match.groups()
    if not any(mark in start + scale + target for mark in ".,"):
        return match.group()  # "from 1/5 to 3/5": maybe two dates
    return f"{start}{between}"


def one_scale(text: str) -> str:
    """Return "from 4.2/5 to 4.6/5" as "from 4.2 to 4.6/5" (the scale said once)."""
    if text.count("/") < 2:
        return text
    return _PAIR.sub(_one_scale, text)

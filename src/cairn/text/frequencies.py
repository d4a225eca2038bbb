"""A frequency written with "x" is a cadence, not a factor (fourteenth round, issue 15).

"3x" is a factor ("Grow revenue 3x": +200%), but "3x/week", "3x per week", "3x/semana", "2x por
mês", "3x par semaine" say how often something happens: three times a week. Beside a share
("70% dos usuários ativos usam feature core 3x/semana", round 12) it says which users count,
and the share is the measure; it was read as a factor, giving a start of 70 / 3. Written as
"3 times per week" it is read as the English rules read a cadence.
"""

from __future__ import annotations

import re

__all__ = ["frequency_as_times"]

_PERIODS = (
    "day|week|month|year|hour|dia|día|semana|mês|mes|ano|año|jour|semaine|mois|an|tag|woche"
    "|monat|jahr|giorno|settimana|mese|anno"
)
# "3x/week", "3 x / semana", "2x per week", "2x por mês", "3x par semaine" (not "3x a year":
# "Grow revenue 3x a year" may be a factor each year)
_FREQUENCY = re.compile(
    rf"(?<![\w.,])(\d+(?:\.\d+)?)\s?[x×]\s?(?:/\s?|(?:per|por|par|pro|each|every|al|à)\s+)"
    rf"({_PERIODS})\b",
    re.IGNORECASE,
)


def frequency_as_times(text: str) -> str:
    """Return text with each "Nx/<period>" written "N times per <period>"."""
    return _FREQUENCY.sub(r"\1 times per \2", text)

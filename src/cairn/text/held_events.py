"""Events held, not a level kept (round 34): "Erste 3 Workshops halten", "3 workshops houden".

German "halten" and Dutch "houden" keep a level ("Die Kosten unter 5% halten"), but with a
count of events as their object (workshops, talks, meetings, seminars …) they hold the events:
"3 Workshops halten" runs three workshops, an increase as "3 Workshops abhalten" or
"Hold 3 workshops" are. `cairn.text.languages` writes the verb as the tables' verb of running
("abhalten", "organiseren") before the verbs are read.
"""

from __future__ import annotations

import re

_EVENTS = (
    "workshops?|vorträge|vortrag|meetings?|präsentationen|seminare|webinare?|schulungen"
    "|kurse|vorlesungen|reden|talks?|keynotes?|sitzungen|besprechungen|trainings?"
    "|sprechstunden|events?|lezingen|presentaties|vergaderingen|cursussen|trainingen"
)
# a number, at most two words (an adjective: "interne", "öffentliche"), the events, up to the
# verb in the same clause
_HELD = {
    "de": re.compile(
        rf"(\d+\s+(?:[^\W\d]+\s+){{0,2}}?(?:{_EVENTS})\b[^.;,\d%]{{0,60}}?)\bhalten\b",
        re.IGNORECASE,
    ),
    "nl": re.compile(
        rf"(\d+\s+(?:[^\W\d]+\s+){{0,2}}?(?:{_EVENTS})\b[^.;,\d%]{{0,60}}?)\bhouden\b",
        re.IGNORECASE,
    ),
}
_RUN = {"de": "abhalten", "nl": "organiseren"}


def held_events(text: str, language: str | None) -> str:
    """Return "3 Workshops abhalten" for "3 Workshops halten"; other text as it is."""
    pattern = _HELD.get(language or "")
    if pattern is None or not any(ch.isdigit() for ch in text):
        return text
    return pattern.sub(lambda m: f"{m.group(1)}{_RUN[language or '']}", text)

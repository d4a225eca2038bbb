"""A thing made, named with a count of its parts (issue 15, twelfth round).

"Dashboard com 5 visualizações", "Tablero con 5 visualizaciones", "Knowledge graph with 100+
entity instances from real projects": no verb, a deliverable and what it is made of, counted.
That is work by the convention (docs/coach.md), like "Mac signing". When the count is of people,
outside parties or what others do or give ("Newsletter with 5000 subscribers", "Repo with 100
stars", "App with 1000 daily active users") it measures a result; an agreement's "with" names
the other side ("Partnership with 3 universities").
"""

from __future__ import annotations

import re

from cairn.coach.parties import OTHERS_ACTS, OUTSIDE_PARTIES
from cairn.text.coach_words import AGREEMENT_HEADS, GIVEN_BY_OTHERS, OUTSIDE_PEOPLE

_WITH_PARTS = re.compile(
    r"^(?:[^\W\d][\w-]*\s+){1,4}?(?:with|com|con|mit|avec)\s+(?:at least\s+|pelo menos\s+"
    r"|al menos\s+|mindestens\s+|au moins\s+)?\d[\d,.]*\+?\s+((?:[^\W\d_][\w-]*\s*){1,3})",
    re.IGNORECASE,
)
# People named by what they do or undergo: "farmers", "investors", "attendees".
_AGENT_ENDINGS = ("ers", "ors", "ants", "ents", "ists", "ees")
_PEOPLE = frozenset(["users", "members", "people", "staff", "veterans", "vets", "employees"])


def made_with_parts(written: str) -> bool:
    """Return True for a deliverable named with a count of its parts and no verb; the caller
    checks that the parse counts things (not a %, a duration or money)."""
    if "%" in written or " " not in written:
        return False
    match = _WITH_PARTS.match(written)
    if match is None:
        return False
    head = written[: match.start(1)].lower().split()
    if not AGREEMENT_HEADS.isdisjoint(head):
        return False  # "Partnership with 3 universities": the other side agrees
    parts = match.group(1).lower().split()
    return not any(_others_part(w) or _others_part(f"{w}s") for w in parts)


def _others_part(word: str) -> bool:
    """Return True for people, outside parties or what others do or give ("subscribers",
    "attendees", "stars", "reviews")."""
    return (
        word.endswith(_AGENT_ENDINGS)
        or word in _PEOPLE
        or word in OUTSIDE_PARTIES
        or word in OTHERS_ACTS
        or word in OUTSIDE_PEOPLE
        or word in GIVEN_BY_OTHERS
    )

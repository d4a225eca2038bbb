"""Others reached, served or won, counted: results, not the team's work (issue 15, fifteenth
round).

Round 13 flagged four outcomes as activities. Each is read here as a result whatever else the
sentence says (read by `wording._result_after_all`, so only on what would be flagged):

- **a product shipped to a count of customers** (`shipped_to_others`): "Ship payroll MVP to 10
  design-partner companies", "Launch pilot-ready build with ≥3 internal teams" (round 8) — the
  customers or teams reached are the measure. "Ship CSS containment to stable", "Deliver … to
  at least 1 pilot module" (round 3) name no one reached and stay work;
- **items processed through the team's product** (`processed_through`): "Call transcripts
  processed through Helio's pipeline: 50,000" — what others send through a pipeline, platform
  or API, counted, is use. "Processar 40% mais solicitações com mesma equipe" (round 9, the
  team's own throughput) is not this rule;
- **media appearances landed or secured** (`media_landed`): "Land 3 podcast appearances on shows
  with 10K+ listeners", as round 12's "Secure 3 feature placements …" — placements the hosts
  and editors grant. "Launch a new branded podcast" and "Record 6 podcast episodes" stay work.

Second part (round 4's outcomes flagged):

- **reviews others left, collected** (`others_moved`): "20 five-star reviews collected across
  products" — the customers write them. Code reviews are the team's own;
- **teams or customers migrated** (`others_moved`): "Two internal teams migrated from v1 to v2" —
  the teams moved are adoption; "Migrate 3 core services" (the team's own systems) stays work;
- **external people onboarded** (`others_moved`): "Onboard at least 3 external contributors" —
  outside people joining, as "Onboard 10+ merchants" (`parties.others_act`). "Onboard 3 new
  engineers" (the team's own people) is not this rule.

Leads qualified by marketing or sales ("Generate **1 000 MQLs** from launch campaign") are in
`parties.OTHERS_ACTS` beside "leads".
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import RESULT_AFTER_ALL

# Customers or teams a product reaches (en).
_REACHED = (
    r"companies|customers|clients|businesses|teams|partners|organi[sz]ations|schools|hospitals"
    r"|clinics|practices|accounts|users|merchants|tenants|districts|universities"
)
_SHIPPED_TO = re.compile(
    r"^(?:ship|deliver|launch|roll\s+out|release|deploy)\b[^.;:]{0,60}?\s(?:to|with)\s+"
    r"(?:at\s+least\s+|≥\s*|>=?\s*)?\d[\d,]*\+?\s+(?:new\s+|more\s+)?(?:[\w-]+\s+)?"
    rf"(?:{_REACHED})\b",
    re.IGNORECASE,
)
# Items processed through a pipeline, platform, API or product: use, counted.
_PROCESSED = re.compile(
    r"\bprocessed\s+(?:through|via|by|on|with|in)\s+(?:the\s+|our\s+|[\w-]+['’]s\s+)?"
    r"(?:[\w-]+\s+)?(?:pipeline|platform|system|api|product|engine|service|app)\b",
    re.IGNORECASE,
)
# Verbs of landing a placement others grant, then a count of appearances or placements.
_MEDIA_LANDED = re.compile(
    r"^(?:land|secure|earn|get|win|obtain|score)\s+(?:at\s+least\s+)?\d+\+?\s+"
    r"(?:[\w-]+\s+){0,2}?(?:appearances|placements|features|guest\s+spots|mentions)\b",
    re.IGNORECASE,
)


_COUNT = r"(?:\d[\d,]*\+?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)"
_OTHERS_MOVED = re.compile(
    rf"^\W*(?:at\s+least\s+|≥\s*)?{_COUNT}\s+(?:(?:five|5|four|4)-star\s+|positive\s+|customer\s+"
    r"|user\s+|app\s+store\s+|google\s+)?(?:reviews|ratings)\s+(?:collected|received|gathered|earned)\b"
    rf"|^\W*(?:at\s+least\s+|≥\s*)?{_COUNT}\s+(?:internal\s+|external\s+|pilot\s+|existing\s+)?"
    r"(?:teams|customers|clients|users|tenants|accounts|organi[sz]ations)\s+migrated\b"
    rf"|^(?:onboard|recruit|attract|welcome|gain|bring\s+on)\s+(?:at\s+least\s+)?{_COUNT}\s+"
    r"external\s+[\w-]+",
    re.IGNORECASE,
)


def others_moved(written: str) -> bool:
    """Return True for reviews others left, teams or customers migrated, or external people
    onboarded: results."""
    return _OTHERS_MOVED.search(written.strip()) is not None


def others_reached(written: str) -> bool:
    """Return True for customers reached, items processed through the product, or media
    appearances landed: results."""
    first = written[:12].lower()
    return (
        (
            shipped_to_others(written)
            if first.startswith(("ship", "deliver", "launch", "roll", "release", "deploy"))
            else media_landed(written)
        )
        or ("processed" in written and processed_through(written))
        or others_moved(written)
    )


def shipped_to_others(written: str) -> bool:
    """Return True for a product shipped to, or launched with, a count of customers or teams."""
    return _SHIPPED_TO.match(written.strip()) is not None


def processed_through(written: str) -> bool:
    """Return True for items counted as processed through a pipeline, platform or API."""
    return _PROCESSED.search(written) is not None


def media_landed(written: str) -> bool:
    """Return True for a count of media appearances or placements landed or secured."""
    return _MEDIA_LANDED.match(written.strip()) is not None


@RESULT_AFTER_ALL.rule("others reached")
def _others_reached_rule(written: str, verb: str | None) -> bool:
    return others_reached(written)

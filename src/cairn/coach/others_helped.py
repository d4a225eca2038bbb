"""Work the team does for others, counted by how many it is done for (after round 42's first run).

"Adapt Pangeo infrastructure and deployments for at least 2 new research communities" (round
42, an activity) names the team's work and a floor on how many communities it is done for; the
count is of those served, not of those won, so the sentence is work as "Deploy hubs for at least
2 new communities" already was. `work_for_others`: a sentence whose only value is a floor ("at
least", "more than" and their Spanish, Portuguese, French, German and Italian forms) right after
"for" ("para", "pour", "für", "per"), whose leading verb moves no metric and wins nothing, is
work whatever its verb (one no table holds included: "Adapt", "Tailor"). Near misses: the others
won or grown to ("Win at least 2 new research communities", "Grow to at least 2 new communities
using the hub": no "for"), a metric moved for them ("Increase retention for at least 3
segments"), a share ("… for at least 80% of users") or another value read as the target.
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import OWN_WORK, Reading
from cairn.text import lexicon as lx

_FOR_FLOOR = re.compile(
    r"(?:^|\s)(?:for|para|pour|für|per)\s+(?:at\s+least|more\s+than|over|al\s+menos|más\s+de"
    r"|pelo\s+menos|no\s+mínimo|mais\s+de|au\s+moins|plus\s+de|mindestens|über|almeno"
    r"|più\s+di)\s+(\d[\d.,]*)\+?\s",
    re.IGNORECASE,
)
# verbs that move a metric or win something: what they count is a result
_RESULT = (
    lx.INCREASE_VERBS | lx.DECREASE_VERBS | lx.BETTER_VERBS | lx.STAY_VERBS
    | frozenset(["reach", "achieve", "hit", "attain", "get", "retain", "win", "earn", "secure"])
)  # fmt: skip


@OWN_WORK.rule("work for others")
def work_for_others(reading: Reading) -> bool:
    """Return True for the team's work done "for at least N" others, N the only value."""
    parsed, written = reading.parsed, reading.written
    if parsed.target is None or parsed.start is not None or parsed.change is not None:
        return False
    if parsed.direction != "stay_above" or "%" in written or reading.verb in _RESULT:
        return False
    found = _FOR_FLOOR.search(written) or _FOR_FLOOR.search(reading.text)
    if found is None:
        return False
    number = found.group(1).replace(",", "").replace(".", "")
    return number.isdigit() and float(number) == parsed.target

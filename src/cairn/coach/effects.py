"""Effects to see, whatever the means the key result names (coach, seventeenth round).

Read by `wording._result_after_all` (work_rules.RESULT_AFTER_ALL), so only on what would be
flagged as work; round 4 flagged these outcomes (docs/plaintext.md, "Seventeenth round (issue
15): coach"):

- **a share of bots, spam or fraud blocked** (`safeguard_share`): "Block 99.9% of automated
  script/bot uploads by implementing invisible, low-friction bot detection", "Bloquear 99% dos
  uploads automatizados por bots" — what the safeguard achieves, as "Fraud detection catches ≥80%
  of reused listing photos" (an outcome in round 3); a share of uploads the team reviews stays
  work ("Review 100% of flagged uploads");
- **a place in search results** (`search_rank`): "Show up on first page of Google results for the
  following keywords", "Aparecer na primeira página do Google"; pages written for ads stay work;
- **people shown the thing tell it back** (`others_tell_us`): "… and have them tell us the
  following without prompting"; showing a demo to prospects stays work.

Not here: "API spec reviewed and approved by Alice and Bob (Week 2)" (an outcome in round 4);
"approved by" one named role is the team's own gate by the project's earlier decision
(tests/coach/test_real_activity.py: "Prototype #1 approved by the design lead" is work).
"""

from __future__ import annotations

import re

from cairn.coach.work_rules import RESULT_AFTER_ALL

_SAFEGUARD_VERBS = frozenset(
    "block stop prevent catch detect filter bloquear impedir detectar frenar evitar".split()  # noqa: SIM905
)
_SAFEGUARD_SHARE = re.compile(
    r"^\w+\s+(?:out\s+)?(?:the\s+|o\s+|el\s+)?[≥>]?\s*\d+(?:[.,]\d+)?\s*%\s+"
    r"(?:of|dos|das|de|del|de los|de las)\s+[^.;]{0,40}?"
    r"(?:\bbots?\b|spam|fraud|fraude|abus|attacks?|ataques?|phishing|malicious|malicios"
    r"|automated|automatizad|fake|falsos?)",
    re.IGNORECASE,
)
_SEARCH_RANK = re.compile(
    r"\b(?:show up|appear|rank|be|aparecer|figurar|posicionar(?:se)?|estar)\s+(?:on|in|at|na|en|no)"
    r"\s+(?:the\s+|a\s+|la\s+)?(?:first page|page one|top \d+|primeira página|primera página"
    r"|primeiros? \d+|primeros? \d+)\b[^.;]{0,30}?\b(?:google|bing|search|serp|busca|búsqueda)",
    re.IGNORECASE,
)
_TELL_US = re.compile(
    r"\bhave\s+them\s+(?:tell|explain|describe|say|name|repeat|recall)\b", re.IGNORECASE
)


def safeguard_share(written: str) -> bool:
    """Return True for a share of bots, spam, fraud or attacks blocked or caught."""
    first = written.split(maxsplit=1)[0].lower() if "%" in written else ""
    return first in _SAFEGUARD_VERBS and _SAFEGUARD_SHARE.match(written) is not None


def search_rank(written: str) -> bool:
    """Return True for a place on the first page or in the top results of a search engine."""
    low = written.lower()
    if not ("google" in low or "search" in low or "bing" in low or "busca" in low):
        return False
    return _SEARCH_RANK.search(written) is not None


def others_tell_us(written: str) -> bool:
    """Return True for people shown the thing who tell or explain it back."""
    return "them" in written and _TELL_US.search(written) is not None


@RESULT_AFTER_ALL.rule("effects")
def _effects_rule(written: str, verb: str | None) -> bool:
    return safeguard_share(written) or search_rank(written) or others_tell_us(written)

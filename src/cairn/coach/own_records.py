"""The team's own records and listening as key results (issue 15, thirteenth round).

- A share of the team's own decisions, processes or modules documented or given a standard
  procedure ("100% de decisiones estratégicas documentadas en el Decision Log", "95% procesos
  críticos con SOP vigente", "Indrox Core documentado y operativo al 100%") is work on the
  team's own records, an activity like "Publish docs for 90% of the endpoints". Not when the
  share is of people ("80% of customers have a documented plan"), when the items *have*
  something documented ("100% of message flows have documented schemas", labelled a result),
  or when a metric moves ("↓ 30% incidentes repetidos por falta de SOP").
- Gathering feedback, or looking at things, opening the key result ("Thu thập phản hồi từ 50%
  khách hàng", "Medir impacto explícito en 15 proyectos", "Xem xét chính sách bảo mật của 5
  công ty") is work: the share or count is of what is asked or looked at. What the feedback
  says is a result ("NPS above 40 in customer feedback", "80% positive feedback").
- More time given to the team's own work ("Tăng thời gian dành cho việc review code thêm 20
  phút mỗi ngày") is effort, not a result; less time spent is a result ("Decrease time spent on
  patient communication by 40%").
- A trend with no number ("Ticket promedio con tendencia creciente vs 2025") is vague: a year
  it is compared with is no target.
"""

from __future__ import annotations

import re

from cairn.coach.parties import OUTSIDE_PARTIES
from cairn.coach.work_rules import OWN_WORK, Reading
from cairn.text import lexicon as lx
from cairn.text.coach_words import (
    DOCUMENTED_WORDS,
    FEEDBACK_WORDS,
    GATHER_VERBS,
    HAVING_VERBS,
    OBSERVE_VERBS,
    OUTSIDE_PEOPLE,
    TIME_SPENT,
    TREND_PHRASES,
)

_WORDS = re.compile(r"[^\W\d_]+")
_SHARE = re.compile(r"\d\s?%")
_ENGLISH_HAVING = frozenset(["have", "has", "having", "include", "includes", "with"])
_DOCUMENTED = re.compile(
    r"(?<!\w)(?:"
    + "|".join(sorted(map(re.escape, DOCUMENTED_WORDS), key=len, reverse=True))
    + r")(?!\w)"
)
_GATHER = re.compile(
    r"^(?:" + "|".join(sorted(map(re.escape, GATHER_VERBS), key=len, reverse=True)) + r")\s+"
    r"(?:\w+\s+){0,2}?(?:" + "|".join(sorted(map(re.escape, FEEDBACK_WORDS), key=len, reverse=True)) + r")(?!\w)"
)  # fmt: skip
_OBSERVE = re.compile(
    r"^(?:" + "|".join(sorted(map(re.escape, OBSERVE_VERBS), key=len, reverse=True)) + r")\s+\w"
)
_INCREASE_FIRST = re.compile(r"^(?:increase|tăng|aumentar|incrementar|more)\s", re.IGNORECASE)
# A share moved by an arrow or sign, or a cause named by a lack of documentation, is a metric.
_MOVED = re.compile(r"^\s*[↓↑▼▲+-]")
_LACKING = frozenset(["falta", "lack", "lacking", "sin", "sem", "without", "missing", "thiếu"])
# A year compared with: "vs 2025", "frente a 2025", "so với 2025".
_AGAINST_YEAR = re.compile(
    r"(?:\bvs\.?|\bversus|\bfrente a|\bcompared (?:to|with)|\bem relação a|\bso với)\s+(?:19|20)\d\d\b"
)
_LABEL = re.compile(r"^[^:]{1,24}:\s*")
_MOVE_VERBS = lx.INCREASE_VERBS | lx.DECREASE_VERBS | lx.MOVING_BETTER_VERBS
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\bq[1-4]\b|^\s*kr\s?\d+:")


def documented_share(written: str, start: float | None, change: object) -> bool:
    """Return True for a share of the team's own items documented or given a procedure."""
    if not _SHARE.search(written) or start is not None or change is not None:
        return False
    low = written.lower()
    found = _DOCUMENTED.search(low)
    if found is None:
        return False
    before = _WORDS.findall(low[: found.start()])
    if any(w in OUTSIDE_PARTIES or w in OUTSIDE_PEOPLE for w in _WORDS.findall(low)):
        return False  # "80% of customers with a documented plan": people's state
    if before and before[-1] in _ENGLISH_HAVING | HAVING_VERBS - {"con", "com"}:
        return False  # "100% of message flows have documented schemas": a property, a result
    # "↓ 30% incidentes repetidos por falta de SOP": a metric moved, not records kept
    return _MOVED.match(written) is None and _LACKING.isdisjoint(before)


def listening(written: str, counted: bool) -> bool:
    """Return True for gathering feedback, or a count of things looked at, as the result."""
    low = written.lower().strip()
    if _GATHER.match(low):
        return True  # "Thu thập phản hồi từ 50% khách hàng đầu tiên"
    return counted and _OBSERVE.match(low) is not None  # "Medir impacto en 15 proyectos"


def more_time_on_work(written: str) -> bool:
    """Return True for more time given to the team's own work ("Increase time spent on …")."""
    low = written.lower()
    return _INCREASE_FIRST.match(low) is not None and any(t in low for t in TIME_SPENT)


def trend_only(written: str) -> str | None:
    """Return the trend phrase, or the verb of a move against a year, of a key result with no
    number but a year compared with or a quarter as its deadline ("Ticket promedio con tendencia
    creciente vs 2025", "Reducir peso de proyectos one-off vs 2025")."""
    low = written.lower()
    phrase = next((t for t in TREND_PHRASES if t in low), None)
    if phrase is None and "20" in low and _AGAINST_YEAR.search(low):
        first = _LABEL.sub("", low).split(maxsplit=1)
        phrase = first[0] if first and first[0] in _MOVE_VERBS else None
    if phrase is None or any(ch.isdigit() for ch in _YEAR.sub("", low)):
        return None
    return phrase


@OWN_WORK.rule("documented share")
def _documented_share_rule(reading: Reading) -> bool:
    return documented_share(reading.written, reading.parsed.start, reading.parsed.change)


@OWN_WORK.rule("listening")
def _listening_rule(reading: Reading) -> bool:
    return listening(reading.written, reading.parsed.measurable) or more_time_on_work(
        reading.written
    )

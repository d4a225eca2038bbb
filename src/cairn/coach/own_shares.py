"""A share of the team's OWN work or deliverables (issue 15, twelfth round).

"For every sprint, the team completes 100% of planned sprint work", "100% operator training
completion", "complete_rate(weekly_plans) > 90%", "100% dos formulários públicos capturam UTM
…", "100% dos leads possuem segmento … normalizados", "Lograr que el 85% del código pase
revisiones internas": the share counts the team's own items getting done, given a property or
passing the team's own review. That is work, an activity by the convention (docs/coach.md), like
"Migrate 80% of services". A share of people outside the team doing something of their own
accord ("40% of trial users activate", "El 30% de los clientes renuevan") and a rate of the
system's behaviour that users feel ("Payment success rate above 99.5%", "99.9% uptime") are
results, and are left alone.
"""

from __future__ import annotations

import re

from cairn.coach.parties import OUTSIDE_PARTIES
from cairn.coach.work_rules import OWN_WORK, Reading
from cairn.text.coach_words import (
    ACCESS_WORDS,
    COMPLETION_WORDS,
    HAVING_VERBS,
    OUTSIDE_PEOPLE,
    OWN_WORK_NOUNS,
    RATE_WORDS,
    REVIEW_PASS_VERBS,
    REVIEW_WORDS,
)

_WORDS = re.compile(r"[^\W\d_]+")
# A share of items opening the sentence or its "that" clause, then what they do:
# "100% of public forms capture …", "Garantir que 90% do código passe …".
_SHARE_OF_ITEMS = re.compile(
    r"(?:^|\b(?:que|that)\s+)(?:el\s+|o\s+|a\s+|the\s+)?[<>≥]?=?\s*\d+(?:[.,]\d+)?\s?%\s+"
    r"(?:of|dos|das|do|da|de los|de las|del|de)\s+(?:the\s+|our\s+|los\s+|las\s+|os\s+|as\s+)?",
    re.IGNORECASE,
)
_PREDICATES = HAVING_VERBS | REVIEW_PASS_VERBS
# After the predicate, a measure of its own makes it a result: "… have an uptime above 99%".
# "90% dos pedidos com entrega em até 48 horas", "99% das requisições com sucesso".
_MEASURE_AFTER = re.compile(
    r"%|\d|\b(?:less|more|under|over|below|above|faster|within|até|hasta|menos|mais|más|acima"
    r"|abaixo|sucesso|êxito|éxito|erros?|errores?|falhas?|fallos?)\b",
    re.IGNORECASE,
)


# A deadline says when, not how well: "até o fim do trimestre", "by the end of Q3", "2025".
_DEADLINE = re.compile(
    r"\s*\b(?:até|hasta|antes de|by|until)\s+(?:o\s+|a\s+|el\s+|la\s+|the\s+)?(?:fim|final|fin"
    r"|end|cierre)\b.*$|\b(?:Q[1-4]|(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _outside(words: list[str]) -> bool:
    """Return True when the words name people outside the team ("trial users", "clientes")."""
    return any(w in OUTSIDE_PARTIES or w in OUTSIDE_PEOPLE for w in words)


def own_share(written: str, start: float | None, change: object) -> bool:
    """Return True for a share of the team's own work done, given a property or reviewed.

    `start`, `change`: the parse's; a share moved from a baseline is left to the other rules.
    """
    if "%" not in written or start is not None or change is not None:
        return False
    low = written.lower().replace("_", " ")
    words = _WORDS.findall(low)
    if _outside(words):
        return False  # "40% of trial users complete onboarding": people act on their own
    if (
        not COMPLETION_WORDS.isdisjoint(words)
        and not OWN_WORK_NOUNS.isdisjoint(words)
        and RATE_WORDS.isdisjoint(words)
    ):
        return True  # "the team completes 100% of planned sprint work", "training completion"
    match = _SHARE_OF_ITEMS.search(low)
    if match is None:
        return False
    after = _WORDS.findall(low[match.end() :])
    at = next((i for i, w in enumerate(after[:5]) if i and w in _PREDICATES), None)
    if at is None:
        return False
    if after[at] in HAVING_VERBS:  # "100% of public forms capture UTM …"
        tail = low[match.end() :]
        verb = re.search(rf"\b{after[at]}\b", tail)
        if verb is None or not ACCESS_WORDS.isdisjoint(_WORDS.findall(tail[verb.end() :])[:2]):
            return False  # "100% dos funcionários têm acesso a …": people's state
        return _MEASURE_AFTER.search(_DEADLINE.sub("", tail), verb.end()) is None
    return not REVIEW_WORDS.isdisjoint(after[at + 1 : at + 6])  # "… pase revisiones internas"


# A deliverable said to be a share done: "Audit trail 100% funcional", "Billing module 80%
# complete", "Portal do fornecedor 100% implementado". The share is progress on work.
_SHARE_READY = re.compile(
    r"^(?:[^\W\d][\w/-]*\s+){1,5}\d+(?:[.,]\d+)?\s?%\s+(?:functional|funcional|operational"
    r"|operacional|operativ[oa]|complete[d]?|complet[oa]|implemented|implementad[oa]|done"
    r"|pront[oa]|list[oa]|ready|concluíd[oa]|finalizad[oa])\b",
    re.IGNORECASE,
)


def deliverable_share_done(written: str) -> bool:
    """Return True for a deliverable named, then the share of it that is done or working
    ("Audit trail 100% funcional"); not for people ("Users 80% complete onboarding")."""
    if "%" not in written or _SHARE_READY.match(written) is None:
        return False
    return not _outside(_WORDS.findall(written.lower()))


@OWN_WORK.rule("deliverable share done")
def _deliverable_share_done_rule(reading: Reading) -> bool:
    return deliverable_share_done(reading.written)


@OWN_WORK.rule("own share")
def _own_share_rule(reading: Reading) -> bool:
    return own_share(reading.written, reading.parsed.start, reading.parsed.change)

"""What others grant: a key result whose end is another party's decision, approval, judgement or
signature is an outcome, not the team's work (docs/coach.md, "Labelling convention")."""

from __future__ import annotations

import re

from cairn.text import lexicon as lx
from cairn.text.key_result_parser import ParsedKeyResult

# A count of others who approve or use it: "Job statement signed off by 3+ target personas".
_BY_AGENTS = re.compile(
    r"\b[a-z]{2,}ed(?:\s+(?:off|up))?\s+by\s+(?:at least\s+|[≥>]=?\s*)?(\d+|[a-z]+)\+?\s+"
    r"(?:[\w-]+\s+){0,2}?[a-z-]+s\b",
    re.IGNORECASE,
)
# What others grant: had, it is a result of their decision, not the team's work.
_GRANTED = re.compile(
    r"\b(?:signed|approved|accepted|awarded|granted|agreed|endorsed|consensus|approval"
    r"|agreement|sign-off|buy-in|endorsement)\b",
    re.IGNORECASE,
)
# Approval others give, gained as the key result's end: "… and get sign-off from the board",
# "… ekibin %80'inin onayını almak" (get the approval of 80% of the team).
_APPROVAL_GAINED = re.compile(
    r"\b(?:get|gain|obtain|win|secure|receive)\s+(?:\S+\s+){0,4}?"
    r"(?:approval|sign-off|buy-in|endorsement)\b",
    re.IGNORECASE,
)
# Agreement reached with others, named: "Roadmap updates confirmed with management", "Data
# contract agreed with finance". Not "approved" ("Prototype #1 approved by the design lead" is
# the team's own gate, docs/coach.md) and not "by end of Q2": a date is a deadline, not a judge.
_MONTHS = r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
_GRANTED_BY = re.compile(
    r"\b(?:confirmed|agreed|endorsed|ratified)\s+(?:with|by)\s+"
    rf"(?!\d|(?:the\s+)?(?:end|eo[qmy]|mid|close|start|week|q[1-4]|h[12]|{_MONTHS})\w*\b)[a-z]",
    re.IGNORECASE,
)
# A check by others passed: "Pentest aprovado", "Security audit passed", "Prüfung bestanden".
_CHECK_PASSED = re.compile(
    r"^(?:[\w-]+\s+){0,3}?(?:pen-?tests?|penetration tests?|audits?|auditoria|auditoría"
    r"|inspections?|assessments?|exams?|prüfung|reviews?)(?:\s+[^\W\d]+)?\s+(?:passed|approved|aprovad[oa]"
    r"|aprobad[oa]|bestanden|réussie?|superad[oa]|aprovad[oa]s)\b",
    re.IGNORECASE,
)
# An agreement with another party, named without a verb of work: its signature is theirs.
_AGREEMENT_WITH = re.compile(
    r"^\W*(?:(?:a|an|the|signed|first|new)\s+)*(?:contracts?|agreements?|deals?|partnerships?"
    r"|contrato|acuerdo|acordo|parceria|contrat|accord|partenariat|vertrag|vereinbarung"
    r"|partnerschaft|договор|соглашение|партнерство|قرارداد|توافق)\s+(?:\S+\s+){0,2}?"
    r"(?:with|com|con|avec|mit|с|со|با)\s+\S",
    re.IGNORECASE,
)


def approval_gained(text: str) -> bool:
    """Return True when the key result ends by gaining others' approval ("… and get sign-off
    from the board")."""
    return _APPROVAL_GAINED.search(text) is not None


def judged(text: str) -> bool:
    """Return True for agreement reached with others or a check by others passed: "Roadmap
    confirmed with management", "Pentest aprovado"."""
    return _GRANTED_BY.search(text) is not None or _CHECK_PASSED.match(text) is not None


def agreement_with(text: str) -> bool:
    """Return True for an agreement with another party named without a verb of work."""
    return _AGREEMENT_WITH.match(text) is not None


def by_agents(text: str, parsed: ParsedKeyResult) -> bool:
    """Return True when the measure is how many others approve or use the thing ("signed off by
    3+ personas"); not when they qualify another count ("2 features requested by ≥3 customers")."""
    match = _BY_AGENTS.search(text)
    if match is None:
        return False
    count = match.group(1).lower()
    number = float(count) if count.isdigit() else lx.WORD_NUMBERS.get(count)
    return number is not None and parsed.target == number  # "signed by two maintainers"


def granted(text: str) -> bool:
    """Return True when what is had is granted by others: "a signed offer", "consensus",
    "approval from the board"; "a design document" or "2 PRs merged" are made by the team."""
    return _GRANTED.search(text) is not None


# A decision of others, as the sentence's predicate or an attribute of what is counted:
# "≥3 contracts signed", "3 signed contracts", "First export deal closed", "Grant awarded".
# Not "approved": "Build #1 approved" is a gate the team's own work passes.
DECIDED = re.compile(
    r"\b(?:signed|awarded|granted|closed|won|secured)\b(?!\s+(?:off|up)\b)",
    re.IGNORECASE,
)
# After others' decision as the last word, at most a deadline: "… term sheet signed by Q3".
_DEADLINE_AFTER = re.compile(r"(?:\s+(?:by|before|until|in)\s[^;:/]*)?\W*")


def decided(text: str, last: bool) -> bool:
    """Return True when others' decision is named ("≥3 contracts signed"); with `last`, only as
    the last word or before a deadline ("Series A term sheet signed", a leading name)."""
    for match in DECIDED.finditer(text):
        if not last or _DEADLINE_AFTER.fullmatch(text, match.end()):
            return True
    return False


# A place among the top N to be ranked in, closing the phrase: "Posicionar 25 keywords en Top
# 3", "Rank 5 keywords in the top 3". Not the top items to work on ("Resolve the top 5",
# "Add missing indexes for top 10 heavy queries").
_IN_TOP = re.compile(
    r"\b(?:in|into|en|no|na|al|entre|among)\s+(?:the\s+|el\s+|los\s+|o\s+|os\s+)?top\s?\d+"
    r"\s*(?:$|[.,;(]|(?:on|en|no|de|in)\s+(?:google|search|the\s+rankings?)"
    r"|(?:by|before|until|antes|hasta|até|para)\s)",
    re.IGNORECASE,
)


def in_top(text: str) -> bool:
    """Return True for a ranking among the top N, a place others' choices give."""
    return "op" in text and _IN_TOP.search(text.strip()) is not None

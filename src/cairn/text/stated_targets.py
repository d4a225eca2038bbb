"""A target written after an arrow or a colon, apart from the words that qualify the measure.

Fifteenth round (round-13 rows). Key results from planning tools state the target last, after
an arrow or a label, and often a baseline before it:

- "Close 3 enterprise deals (>$50K ARR each) — current 0 → target 3", "Hit $100K ARR from
  enterprise — current $0 → target $100K": the value after "current" is the baseline (a change
  from it); the target is the one the sentence already states, or the one after "target";
- "Weekly active teams reading the digest ≥4 days/week → target 30 teams.": the number before
  the arrow says which teams count (a qualifier), the target is after the arrow;
- "Logo retention on cohorts older than 6 months: above 92%": a label holding its own number
  ("older than 6 months" says which cohorts count) before a bound that is the measure.

Seventeenth round (round-15 rows): a status note after a Korean, Japanese or Chinese key result,
"— 현재: 26개 / 목표: 50개" (current / target), "— 現在: 26件 / 目標: 50件", "— 当前：26% / 目标：50%":
the current value is the baseline; the note is set apart, and its target added when the sentence
does not state it. A current state in words ("현재: 측정 전", not measured yet; "현재: 구현 완료")
is no baseline, and a target in words ("목표: 별점 + 텍스트 리뷰 시스템 라이브") adds nothing.

`cairn.text.asides.prepare` calls `stated_target` before any other aside is read; it returns the
text to read, the baseline it states and a note, or None when the sentence has no such shape.
"""

from __future__ import annotations

import re

_NUM = r"[$€£]?\d[\d,.]*\s?(?:%|[kKmMbB]\b)?"
# "— current 0 → target 3", "- current $0 -> target $100K", "— currently 2 → target: 10"
# thirty-second round: "Baseline: 2% → Target: 4% conversion", the line opening with the baseline
_CURRENT_TARGET = re.compile(
    rf"(?:^|\s*[—–-])\s*(?:current(?:ly)?|baseline)\s*:?\s*(?P<start>{_NUM})\s*(?:→|->)\s*"
    # at most eight words after the target (a bounded repeat: a pasted line is read in one pass)
    rf"target\s*:?\s*(?P<end>{_NUM}(?:\s+[^\W\d_]+){{0,8}})\s*\.?\s*$",
    re.IGNORECASE,
)
# "<measure with a qualifier> → target 30 teams": the target after the arrow
_ARROW_TARGET = re.compile(
    rf"^(?P<before>.+?)\s*(?:→|->)\s*target\s*:?\s*(?P<end>{_NUM}(?:\s+[^\W\d_]+)*)\s*\.?\s*$",
    re.IGNORECASE,
)
# where the qualifier starts in the words before the arrow: a bound sign or a number
_QUALIFIER_START = re.compile(r"\s*(?:[≥≤<>]=?\s*)?\d")
# "<label with a number>: above 92%" — the bound after the colon is the measure
_QUALIFIED_BOUND = re.compile(
    r"^(?P<label>[^\W\d_][^:]*\d[^:]*?)\s*:\s*"
    r"(?P<bound>(?:above|below|under|over|at least|at most|no more than|no less than|[≥≤<>]=?)"
    rf"\s*{_NUM})\s*\.?\s*$",
    re.IGNORECASE,
)
_FIRST_NUMBER = re.compile(r"\d[\d,.]*")
# "— 현재: 26개 / 목표: 50개": a status note, current then target, after a dash
_STATUS_WORDS = ("현재", "現在", "現状", "当前", "目前")
_STATUS = re.compile(
    r"\s*[—–-]\s*(?:현재|現在|現状|当前|目前)\s*[:：]\s*(?P<start>[^/／]+?)\s*[/／]\s*"
    r"(?:목표|目標|目标)\s*[:：]\s*(?P<end>[^/／]+?)\s*[.。]?\s*$"
)
# Thirty-second round: the same note in a goals file's words, after a dash or in parentheses,
# "Conversion rate — Current: 2% / Target: 3.5%", "MRR — Baseline: $10k, Target: $25k",
# "Churn (Current: 5%, Target: 3%)", "Tasa de conversión — Actual: 2% / Meta: 4%"; each value
# at most 40 characters (a pasted line is read in one pass).
_LATIN_STATUS_WORDS = re.compile(
    r"\b(?:current(?:ly)?|baseline|actual|atual|aktuell|actuel(?:le)?|attuale|huidig)\s*:",
    re.IGNORECASE,
)
_LATIN_STATUS = re.compile(
    r"\s*(?:[—–-]|\()\s*(?:current(?:ly)?|baseline|actual|atual|aktuell|actuel(?:le)?|attuale"
    r"|huidig)\s*:\s*(?P<start>[^/;()]{1,40}?)\s*(?:/|;|,\s)\s*"
    r"(?:target|goal|meta|objetivo|ziel|cible|objectif|obiettivo|doel)\s*:\s*"
    r"(?P<end>[^/;()]{1,40}?)\s*\)?\s*\.?\s*$",
    re.IGNORECASE,
)
# a value alone, with a counter or a unit of one or two CJK characters ("26개", "80%", "2초")
_STATUS_VALUE = re.compile(
    rf"^(?:약\s?|約\s?|约\s?)?({_NUM})\s?[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{{0,2}}$"
)


def stated_target(text: str) -> tuple[str, str | None, str | None] | None:
    """Return (text to read, baseline, note) for the shapes above, or None."""
    status = ("/" in text or "／" in text) and any(word in text for word in _STATUS_WORDS)
    if status and (match := _STATUS.search(text)):
        return _status_note(text, match)
    if ":" in text and _LATIN_STATUS_WORDS.search(text) and (match := _LATIN_STATUS.search(text)):
        return _status_note(text, match)
    if "target" in text.lower() and ("→" in text or "->" in text):
        if match := _CURRENT_TARGET.search(text):
            main = text[: match.start()].rstrip(" .")
            end = match["end"]
            if _number(end) not in [_number(n) for n in _FIRST_NUMBER.findall(main)]:
                main = f"{main} to {end}"  # the sentence did not state the target itself
            return main, match["start"], None
        if (match := _ARROW_TARGET.match(text)) and (
            qualifier := _QUALIFIER_START.search(match["before"])
        ):
            measure = match["before"][: qualifier.start()].strip(" :,")
            if measure:
                note = f"read '{match['before'][qualifier.start() :].strip()}' as which items count — check"
                return f"{measure}: {match['end']}", None, note
    if ":" in text and (match := _QUALIFIED_BOUND.match(text)):
        note = f"read '{match['label']}' as the measure and which items count — check"
        return f"{match['bound']} {match['label']}", None, note
    return None


def _status_note(text: str, match: re.Match) -> tuple[str, str | None, str | None]:
    """Return the key result before its status note, the current value as the baseline and
    the note's target added when the sentence does not state it (see the module docstring)."""
    main = text[: match.start()].rstrip(" .")
    start = _STATUS_VALUE.match(match["start"].strip())
    end = _STATUS_VALUE.match(match["end"].strip())
    # each number found is read without another scan (a pasted line holds many)
    if end is not None and _number(end[1]) not in [_plain(n) for n in _FIRST_NUMBER.findall(main)]:
        main = f"{main} {match['end'].strip()}"
    return main, start[1] if start else None, None


def _plain(number: str) -> float | None:
    """Return the value of a number `_FIRST_NUMBER` found ("1,000." → 1000)."""
    try:
        return float(number.replace(",", "").rstrip("."))
    except ValueError:
        return None


def _number(text: str) -> float | None:
    found = _FIRST_NUMBER.search(text)
    if found is None:
        return None
    try:
        return float(found.group().replace(",", "").rstrip("."))
    except ValueError:
        return None

"""Dates and timeframes in a key result: when, never a value.

"by June 30", "within 60 days", "in Q3", "by the end of the quarter", "every two weeks", "11:30":
`tokens` makes each one token, so that its numbers are never read as a target or a unit.
"""

from __future__ import annotations

import re
from functools import lru_cache

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_YEAR = r"(?:19|20)\d{2}"
_PREP_TAIL = re.compile(
    r"\b(?P<word>by|in|before|until|till|through|during|since|after|on|for|of|from|over|at)\s+"
    r"(?:the\s+)?(?:(?:end|start|beginning|middle|close)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# The words _PREP_TAIL can end with: a cheap test before searching 40 characters for it.
_PREP_END = re.compile(
    r"(?:by|in|before|until|till|through|during|since|after|on|for|of|from|over|at|the)\Z",
    re.IGNORECASE,
)
_YEAR_PREPS = frozenset("by in before until till through during since for of after".split())  # noqa: SIM905
_COUNT = r"(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|thirty|sixty|ninety)"
_WORD_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
_PERIOD = r"(?:days?|weeks?|months?|quarters?|years?|sprints?|cycles?)"
_PERIOD_ROMANCE = r"(?:d[ií]as?|semanas?|meses|m[eê]s|años?|anos?|jours?|semaines?|mois|ans?)"
_SHORT_PERIOD = r"(?:hours?|hrs?|h|minutes?|mins?|seconds?|secs?|s|ms)"
# Named groups "month" and "year" are dates only after a preposition ("by June", "in 2026").
_DATE_PATTERNS = [
    # not before a letter of any script: "50 nových" (Czech "new") is no "50 Nov" (22nd round)
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?![^\W\d_])(?:,?\s+{_YEAR})?",
    rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR})?",
    rf"(?P<month>\b{_MONTH}(?![^\W\d_])(?:\s+{_YEAR})?)",
    rf"\b(?:Q[1-4]|H[12])(?:\s*(?:FY|GJ)?'?(?:{_YEAR}|\d{{2}})(?:/\d{{2}})?)?\b",
    # a fiscal year, also German ("GJ 24/25", Geschäftsjahr) and across two years (nineteenth round)
    rf"\b(?:FY|GJ)\s?'?(?:{_YEAR}|\d{{2}})(?:/(?:{_YEAR}|\d{{2}}))?\b",
    rf"\b{_YEAR}-\d{{2}}-\d{{2}}\b",
    rf"(?P<year>\b{_YEAR}\b)",
    rf"\b\d{{1,2}}/\d{{1,2}}/(?:{_YEAR}|\d{{2}})\b",
    # "by week 6", and in words (nineteenth round: "By month twelve, onboard 500 …")
    rf"\b(?:by|in|before|until|at)\s+(?:the\s+)?(?:week|sprint|day|month)\s+(?:\d+|{_WORD_COUNT})\b",
    r"\b(?:(?:by|before|until|at)\s+)?(?:the\s+)?(?:end|close)\s+of\s+(?:the\s+)?"
    r"(?:(?:fiscal|financial|calendar|school)\s+)?"
    r"(?:year|quarter|month|cycle|sprint|term|period|campaign|season|week|half|phase)\b"
    r"(?:\s+\d{1,2}\b)?",  # "by end of Week 4", "by the end of sprint 3"
    r"\b(?:by\s+)?(?:year-end|year\s+end|eoy|eoq|eom|eow)\b",
    r"\b(?:this|next|the\s+current|each|every)\s+(?:year|quarter|month|week|cycle|sprint|term|half)\b",
    # "month over month", also hyphenated (tenth round: "20% month-over-month growth" as "YoY")
    r"\b(?:year|quarter|month|week)(?:\s+|-)over(?:\s+|-)(?:year|quarter|month|week)\b"
    r"|\b(?:yoy|qoq|mom|wow)\b",
    rf"\b(?:within|in|over|for|during)\s+(?:the\s+)?(?:next\s+|first\s+|last\s+|coming\s+)?"
    rf"{_COUNT}\s+(?:consecutive\s+|business\s+|working\s+|calendar\s+)?{_PERIOD}\b",
    # "in 4–6 weeks", "en 4–6 semanas", "dans 3 mois": a timeframe given as a range or in
    # Spanish, French or Portuguese
    rf"\b(?:within|in|en|dans|em)\s+\d+\s*[–-]\s*\d+\s+(?:{_PERIOD}|{_PERIOD_ROMANCE})\b"
    rf"|\b(?:en|dans|em)\s+{_COUNT}\s+{_PERIOD_ROMANCE}\b",
    rf"\bwithin\s+(?:the\s+)?(?:first\s+)?(?:\d+\.\d+|{_COUNT})\s*{_SHORT_PERIOD}\b",
    r"\bat\s+any\s+(?:time|point)\b",
    # tenth round: a cadence ("every two weeks", "every 10 minutes") says when, never how much;
    # "within the first 2 releases" is a deadline counted in releases
    rf"\bevery\s+(?:other\s+|{_COUNT}\s+)(?:{_PERIOD}|{_SHORT_PERIOD}|{_PERIOD_ROMANCE})\b",
    rf"\b(?:within|in|during)\s+(?:the\s+)?first\s+{_COUNT}\s+"
    r"(?:releases?|iterations?|versions?|milestones?)\b",
]
# Nineteenth round: a day and a month named in French, Spanish, Portuguese, Italian or German
# ("d'ici le 7 mars", "antes del 30 de junio", "até 15 de abril", "bis zum 7. März").
_MONTH_OTHER = (  # Romance months in lower case ("Mars" is a planet), German capitalised
    r"(?-i:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre"
    r"|novembre|décembre|decembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre"
    r"|setiembre|octubre|noviembre|diciembre|janeiro|fevereiro|março|marco|maio|junho|julho"
    r"|setembro|outubro|dezembro|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre"
    r"|ottobre|dicembre|Januar|Februar|März|Juni|Juli|Oktober|Dezember)"
)
_DATE_PATTERNS.append(
    rf"\b\d{{1,2}}(?:\.|er|º)?\s+(?:de\s+)?(?=[jfmasondglJFMOD]){_MONTH_OTHER}(?![\w])"
    rf"(?:,?\s+(?:de\s+)?{_YEAR})?"
)
_DIGIT_FIRST = (0, 5, 6, 7, len(_DATE_PATTERNS) - 1)  # the patterns that start with a digit
# Rarer dates, searched only when their sign is in the text (imports read 10,000s of lines):
# "nos primeiros 90 dias", "no primeiro mês", "en los primeros 6 meses" (the first days), and
# a time of day ("11:30", "7:00 pm"): when, never a value.
_FIRST_DAYS_RE = re.compile(
    rf"\b(?:nos?|nas?|en(?:\s+(?:el|los|las|la))?|dans\s+les?)\s+(?:primeir[oa]s?|primer[oa]?s?"
    rf"|premi(?:er|ère)s?|pr[oó]xim[oa]s?|[uú]ltim[oa]s?)\s+(?:{_COUNT}\s+)?"
    rf"(?:{_PERIOD_ROMANCE}|trimestres?|semestres?)(?!\w)",
    re.IGNORECASE,
)
# "to inform 2H planning": the second half-year, written number first, before a planning word
# (upper-case H: "2h" stays two hours)
_HALF_YEAR_RE = re.compile(
    r"\b[12]H(?=\s+(?:planning|plans?|roadmap|goals?|okrs?|targets?|budget|priorities)\b)"
)
_TIME_OF_DAY_RE = re.compile(r"\b(?:[01]?\d|2[0-3]):[0-5]\d(?:\s?[ap]\.?m\.?)?(?![\d:])", re.I)
_DIGIT_DATE_RE = re.compile(
    "|".join(f"(?:{_DATE_PATTERNS[i]})" for i in _DIGIT_FIRST), re.IGNORECASE
)
_WORD_DATE_RE = re.compile(
    "|".join(f"(?:{p})" for i, p in enumerate(_DATE_PATTERNS) if i not in _DIGIT_FIRST),
    re.IGNORECASE,
)
# First words of the word patterns: other words cannot start a date, so they are skipped.
_DATE_WORD_TEXT = (
    "by in before until at the end close year-end year eoy eoq eom eow this next each every "
    "quarter month week yoy qoq mom wow within over for during jan feb mar apr may jun jul aug "
    "sep sept oct nov dec january february march april june july august september october "
    "november december q1 q2 q3 q4 h1 h2 fy gj en dans em"
)
_DATE_WORDS = frozenset(_DATE_WORD_TEXT.split())
_WORD_START = re.compile(r"\b\w+")


_BOUND_AFTER_RE = re.compile(r"\s+or\s+(?:fewer|less|under|below|sooner|faster)\b", re.I)
_DURATION_DATE_RE = re.compile(rf"^(?:in|within|under)\s+(?:{_COUNT})\s+{_PERIOD}$", re.I)


def bounded_after(text: str, match: re.Match) -> bool:
    """Return True for a duration followed by "or fewer" / "or less": a limit, not a date."""
    return bool(
        _BOUND_AFTER_RE.match(text, match.end()) and _DURATION_DATE_RE.match(match.group(0))
    )


def dates(text: str) -> list[re.Match]:
    """Return the date matches, trying only word starts (much faster than finditer)."""
    matches: list[re.Match] = []
    end = 0
    for word in _WORD_START.finditer(text):
        start = word.start()
        if start < end:
            continue
        first = word.group()
        if first[0].isdigit():
            match = _DIGIT_DATE_RE.match(text, start)
        elif date_word(first):
            match = _WORD_DATE_RE.match(text, start)
        else:
            continue
        if match:
            matches.append(match)
            end = match.end()
    rare = [*_TIME_OF_DAY_RE.finditer(text)] if ":" in text else []
    if "rim" in text or "rem" in text or "xim" in text or "ltim" in text:
        rare += _FIRST_DAYS_RE.finditer(text)
    if "H " in text:
        rare += _HALF_YEAR_RE.finditer(text)
    if rare:  # kept only where no other date stands
        taken = [(m.start(), m.end()) for m in matches]
        matches += [m for m in rare if all(m.end() <= s or m.start() >= e for s, e in taken)]
        matches.sort(key=lambda m: m.start())
    return matches


@lru_cache(maxsize=4096)
def date_word(word: str) -> bool:
    """Return True when a word can start a date: its lower-case form cut before digits
    ("fy26" → "fy", "q3" stays) is a first word of the date patterns."""
    word = word.lower()
    word = word if word[:1] in "qh" and len(word) == 2 else word.rstrip("0123456789'")
    return word in _DATE_WORDS


def with_preposition(text: str, match: re.Match) -> int:
    """Return where a date starts, taking in "by the end of"; -1 when it is not a date."""
    start = match.start()
    window = text[max(0, start - 40) : start]
    tail = window.rstrip()  # _PREP_TAIL ends in spaces after one of the _PREP_END words
    prep = None
    if len(tail) < len(window) and _PREP_END.search(tail, max(0, len(tail) - 7)):
        prep = _PREP_TAIL.search(text, max(0, start - 40), start)
    groups = match.groupdict()
    year = groups.get("year")
    if (groups.get("month") or year) and (
        prep is None or year and prep["word"].lower() not in _YEAR_PREPS
    ):
        return -1
    return prep.start() if prep else match.start()

"""A routine of one's own: a doing repeated at a frequency, counted or timed (issue 15, tenth
round). "3x exercise sessions per week", "Spend 1hr every week on personal projects", "Write a
post every two weeks", "Dormir al menos 7 horas cada noche", "Courir 3 fois par semaine" are
work the writer does, an activity by the convention (docs/coach.md); "Churn below 2% per month",
"Fewer than 3 incidents per month", "Downtime under 2 hours per month", "200 sign-ups per week"
or "Reduce meetings to 3 hours per week" are results and are left alone.
"""

from __future__ import annotations

import re

from cairn.coach import any_language
from cairn.text import lexicon as lx
from cairn.text.coach_words import JA_OUTPUT_VERBS, JA_OWN_COUNTERS, METRIC_NAMES
from cairn.text.key_result_parser import ParsedKeyResult, leading_verb

# A Chinese count of things or times, by its measure word: "1道" (problem), "两次" (times),
# "4天" (days), "5个" (things), "一本" (book). "200家" (companies) and "100人" (people) count
# others, and are not here. Traditional forms too: "開發1個樣本" (develop one sample).
# "3个月内" is a deadline; "2个内部工具" (internal tools, thirty-first round) is not.
_CJK_OWN_COUNT = re.compile(
    r"(?:\d+|[一二两兩三四五六七八九十]+)\s*[个個次篇道本节節套天项項场場门門章件]"
    r"(?![内內](?!部)|百分|小时|小時|月)"
)
# A note of progress in brackets (tenth round): "写完 14 章正文（100% 完成）", "(100%)".
# A closing aside in brackets: "(3本)", "（毎週）".
_CLOSING = re.compile(r"\s*[（(][^（）()]{1,30}[）)]$")
_PROGRESS_NOTE = re.compile(
    r"[（(]\s*(?:100\s*%[^()（）]{0,6}|\d+\s*%\s*(?:完成|完了|done|complete[d]?))\s*[)）]", re.I
)

_PERIOD = (
    r"(?:day|night|morning|evening|weekday|week|month|sprint|día|dia|noche|noite|mañana|semana"
    r"|mes|mês|jour|nuit|soir|matin|semaine|mois|tag|nacht|abend|morgen|woche|monat|giorno"
    r"|notte|sera|mattina|settimana|mese)"
)
_PERIODS = (
    r"(?:days|weeks|months|sprints|días|dias|semanas|meses|jours|semaines|tage|wochen|monate"
    r"|giorni|settimane|mesi)"
)
_EACH = (
    r"(?:per|a|an|each|every|once a|twice a|por|cada|a la|al|ao|à|par|chaque|pro|jede[nrs]?"
    r"|ogni|alla)"
)
_OTHER = (
    r"(?:other|two|three|four|2|3|4|dos|tres|duas|três|deux|trois|zwei|drei|vier|due|tre"
    r"|quattro)"
)
_PERIOD_WORDS = frozenset(
    re.sub(r"[()?:|]", " ", _PERIOD + " " + _PERIODS).split()
)  # every period word, singular and plural: the cheap test before the patterns
# "per week", "every Friday morning", "cada noche", "pro Woche", "a settimana", "/week".
_FREQUENCY = re.compile(
    rf"\b{_EACH}\s+(?:\w+\s+)?{_PERIOD}\b|/(?:day|week|wk|night)\b", re.IGNORECASE
)
# "every two weeks", "a cada duas semanas", "alle zwei Wochen", "toutes les deux semaines".
_EVERY_N = re.compile(
    rf"\b(?:every|cada|a cada|toutes les|alle|ogni)\s+{_OTHER}\s+{_PERIODS}\b", re.IGNORECASE
)
# Repetitions of a doing, after their count: "3x", "2 veces", "3 Mal", "20 pomodoros".
_REPEAT = re.compile(
    r"(?<![\w.,])(\d{1,3})\s*(?:x\b|×|(?:[\w-]+\s+){0,2}?(?:times|sessions?|sesi[oó]n(?:es)?"
    r"|sess(?:ões|ão)|séances?|sessioni|\w*einheiten|mal|fois|veces|vezes|volte|pomodoros?"
    r"|workouts?|practices?|lessons?|reps)\b)",
    re.IGNORECASE,
)
# A duration after its count: "1hr", "60 mins", "3 Stunden", "7 horas".
_DURATION = re.compile(
    r"(?<![\w.,])\d{1,3}\s*(?:h|hrs?|hours?|mins?|minutes?|horas?|minutos?|heures?|stunden"
    r"|minuten|ore|minuti)\b",
    re.IGNORECASE,
)
# What a system or a process takes, and others' use: a duration of those is a result.
_METRIC = re.compile(
    r"downtime|outage|latency|response|resolution|wait|delay|uptime|lead time|cycle time"
    r"|turnaround|time[ -]to|\bsla\b|mttr|backlog|incident|available|availability|coverage"
    r"|ausfall|störung|tiempo de|temps de|tempo de|caída|interrup|panne|user|visitor|customer"
    r"|client|usuario|usuário|utilisateur|nutzer|kunde",
    re.IGNORECASE,
)
# A bound the level must stay under: "under 2 hours", "fewer than 3", "max 3 hours".
_BELOW = re.compile(
    r"\b(?:under|below|less than|fewer than|within|at most|max(?:imum)?|no more than|menos de"
    r"|moins de|weniger als|meno di|unter|höchstens)\b|[<≤]",
    re.IGNORECASE,
)


def routine(text: str, parsed: ParsedKeyResult, verb: str | None, result_verb: bool) -> bool:
    """Return True for a doing of one's own repeated at a frequency: repetitions counted
    ("3x exercise sessions per week", "90 sessions of meditation"), time given to it ("Spend 1hr
    every week on personal projects", "Dormir al menos 7 horas cada noche"), or a piece of work
    whose only number is its period ("Write a post every two weeks").

    `verb`: the English leading verb the text layer read; `result_verb`: it moves a metric
    ("Reduce meetings to 3 hours per week").
    """
    if result_verb or parsed.start is not None or parsed.change is not None:
        return False
    if (
        _PERIOD_WORDS.isdisjoint(any_language.words(text))
        and "/" not in text
        and ("ession" not in text or _REPEAT.search(text) is None)
    ):
        return False  # the cheap test first: no period named, no sessions counted
    every_n = _EVERY_N.search(text)
    if every_n is None and _FREQUENCY.search(text) is None:
        if "ession" not in text or _REPEAT.search(text) is None:
            return False  # no frequency; "90 sessions of meditation" counts sessions done
    elif not (_REPEAT.search(text) or _DURATION.search(text)) and (
        every_n is None or not (verb in lx.ACTIVITY_VERBS or any_language.work_verb(text))
    ):
        return False  # else "Write a post every two weeks": work whose number is its period
    if "%" in text or parsed.direction == "stay_below" or _BELOW.search(text):
        return False  # "Churn below 2% per month", "Downtime under 2 hours per month"
    # "4 hours of downtime per month", "10k user sessions per week", "$20k per month"
    return _METRIC.search(text) is None and not any(c in text for c in "$€£¥")


# A Japanese count of one's own things or times, then a verb of making or publishing at the end
# (polite or plain forms of する after it): "1日1記事発信", "Webサービスを1つリリース".
_JA_OWN_COUNT = re.compile(rf"\d+\s*(?:{JA_OWN_COUNTERS})")
_JA_VERB_END = re.compile(rf"(?:{'|'.join(JA_OUTPUT_VERBS)})(?:する|します|した|しました)?$")


def japanese_output(text: str) -> bool:
    """Return True for a Japanese count of one's own outputs ("1日1記事発信", "Webサービスを
    1つリリース"): work. "有料会員を300人獲得" (people won) and "%" shares are left alone."""
    if text.isascii() or "%" in text:
        return False
    low = _CLOSING.sub("", text.strip().rstrip("。.!！"))
    return _JA_VERB_END.search(low) is not None and _JA_OWN_COUNT.search(low) is not None


def cjk_count(text: str) -> str | None:
    """Return "work" for a Chinese count of the writer's own things or times ("每周健身4天",
    "写完 14 章正文（100% 完成）": the bracket is a note of progress), "measure" when a % stands
    outside such a note, None without such a count."""
    if text.isascii() or _CJK_OWN_COUNT.search(text) is None:
        return None
    return "measure" if "%" in _PROGRESS_NOTE.sub("", text) else "work"


# A closing note of progress on a deliverable (twelfth round): all of a count done, "(14/14)",
# or a share of it done, "(100%)", "(80% done)", after a deliverable with no other number and no
# metric named ("Autenticación y control de roles (100%).", "Dashboard con KPIs y exportes
# (80%)"). "Activation rate (40%)", "Uptime (99.9%)" name a metric: the share is its value.
_ALL_DONE = re.compile(r"\s*[(（]\s*(\d+)\s*/\s*(\d+)\s*[)）]$")
_SHARE_DONE = re.compile(
    r"\s*[(（]\s*\d+(?:[.,]\d+)?\s*%\s*(?:done|complete[d]?|completo|completa|concluído"
    r"|concluída|coverage)?\s*[)）]\.?$",
    re.IGNORECASE,
)
# Joined parts or a verb make it a deliverable, not a metric's name: "X y Y", "X con Y".
_DEADLINE_AFTER = re.compile(
    r"(?<=[)）.])\s+(?:by|before|until|até|hasta|antes de|bis|avant|entro)\s[^()（）]*$", re.I
)
_VALUE_IN_BRACKETS = re.compile(r"[(（]\s*[<>≥≤~]?\s*\d+(?:[.,]\d+)?\s*%[^()（）]{0,12}[)）]")
_PARTS = re.compile(r"\s(?:and|y|e|with|con|com|\+|&)\s", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")


def without_progress_note(text: str) -> str | None:
    """Return the key result without a closing note of its progress, or None when it has none
    (or the note is the value of a metric the sentence names)."""
    deadline = _DEADLINE_AFTER.search(text)  # "… (100%) antes de fin de año"
    when = text[deadline.start() :] if deadline else ""
    text = text[: deadline.start()] if deadline else text
    done = _ALL_DONE.search(text)
    if done and done.group(1) == done.group(2) and done.start() > 0:
        return text[: done.start()].rstrip() + when
    share = _SHARE_DONE.search(text)
    if share is None or share.start() == 0:
        return None
    rest = text[: share.start()].rstrip()
    if any(ch.isdigit() for ch in rest) or not METRIC_NAMES.isdisjoint(_WORD.findall(rest.lower())):
        return None  # "Collect $2k+ in fees (0.2%)", "Tasa de conversión (5%)": a measure
    return rest + when if _PARTS.search(rest) or leading_verb(rest) is not None else None


def metric_value_in_brackets(text: str) -> bool:
    """Return True for a metric named with its value in brackets ("Activation rate (60%) by
    the end of Q3", "Uptime (99.9%)"): a measure, even where the parse set the aside apart."""
    value = _VALUE_IN_BRACKETS.search(text)
    return value is not None and not METRIC_NAMES.isdisjoint(
        _WORD.findall(text[: value.start()].lower())
    )

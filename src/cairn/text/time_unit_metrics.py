"""A metric that counts a time unit, then its value (round 34): "连续盈利月份 >24" counts months.

When a key result names its metric first and the metric's head noun is a time unit ("月份",
"天数", "profitable months", "Gewinnmonate"), the bare number after it ("> 24", "≥ 6", ": 10")
counts that unit, as "24 months" would: the unit is the time unit (months, days, weeks, years,
hours), as every earlier row's "N months". `cairn.text.key_result_parser` asks it only when no
other unit was read.
"""

from __future__ import annotations

import re

# The head nouns of a metric counting a time unit, CJK written inside the word, the others as
# the metric's last or first word (or, in German, the end of a compound).
_CJK_HEADS = {
    "月份": "months", "月份数": "months", "月数": "months", "月數": "months", "天数": "days", "天數": "days",
    "日数": "days", "周数": "weeks", "週数": "weeks", "週數": "weeks", "年数": "years",
    "小时数": "hours", "時間数": "hours",
}  # fmt: skip
_WORD_HEADS = {
    "months": "months", "days": "days", "weeks": "weeks", "years": "years", "hours": "hours",
    "meses": "months", "días": "days", "dias": "days", "semanas": "weeks", "mois": "months",
    "jours": "days", "semaines": "weeks", "monate": "months", "tage": "days", "wochen": "weeks",
    "mesi": "months", "giorni": "days", "settimane": "weeks", "maanden": "months", "dagen": "days",
}  # fmt: skip
_GERMAN_ENDS = {"monate": "months", "tage": "days", "wochen": "weeks", "stunden": "hours"}
# The value right after the metric: a comparison sign or a colon, then the number.
_VALUE_AFTER = re.compile(r"\s*(?:>=?|<=?|≥|≤|:)\s*\d")


def time_unit_of(text: str, metric: str | None) -> str | None:
    """Return "months" for "连续盈利月份 >24" (metric "连续盈利月份"), else None."""
    if not metric:
        return None
    body = text.strip()
    if not body.startswith(metric) or not _VALUE_AFTER.match(body, len(metric)):
        return None
    for head, unit in _CJK_HEADS.items():
        if metric.endswith(head):
            return unit
    words = metric.lower().split()
    last = words[-1]
    if last in _WORD_HEADS or words[0] in _WORD_HEADS:  # "Meses rentables", "Days without …"
        return _WORD_HEADS.get(last) or _WORD_HEADS[words[0]]
    return next((unit for end, unit in _GERMAN_ENDS.items() if last.endswith(end)), None)

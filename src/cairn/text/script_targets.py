"""A CJK key result's target beside what only qualifies it (twentieth round, issue 15).

Read by `cairn.text.languages_scripts.cjk_text` before the script's words are rewritten:

- Japanese writes percent as a word ("書類通過率を25パーセント以上に"): 25% or more;
- a period after the object marker is the value, not a timeframe ("平均日数を45日以内に": the
  average days to 45 or less; "3日以内に返信する" stays a timeframe);
- a counter of points or a period between "从" and its number ("從30分提升至45分", "从每月10%降低
  至5%"): from 30 to 45, from 10% to 5% (a minute, "30分钟", stays a minute);
- a comparison with last year after a target ("提升至90%,较去年同期增长15%"): context, the
  target is 90%;
- a period before a rate names its window ("将App的30天保留率提高到45%"): the 30-day retention.

Every step tests a plain key character before its regex (the parse's speed, SPEC §7).
"""

from __future__ import annotations

import re

from cairn.text.cjk_changes import cjk_changes
from cairn.text.cjk_moves import japanese_moves, korean_growth, zero_troubles
from cairn.text.script_bounds import cjk_bounds
from cairn.text.value_marks import value_marks

_JAPANESE_PERCENT = re.compile(r"(\d[\d.,]*)\s?パーセント")
_DAYS_AS_VALUE = re.compile(r"を\s*(\d[\d.,]*)\s*日\s*以内(?:に)?")
_FROM_QUALIFIER = re.compile(r"(从|從|由)\s*每[月周週年天日]\s*(?=\d)")
_POINTS = re.compile(r"((?:从|從|由|到|至)\s*\d[\d.,]*)\s*分(?![钟鐘])")
_COMPARED = re.compile(
    r"[,，]\s*(?:较|較|比|同比)(?:去年|上年|上季度|上一年)?(?:同期)?\s*"
    r"(?:增长|增長|提升|提高|上升|增加)\s*\d[\d.,]*\s*%"
)
_TARGET_BEFORE = re.compile(r"(?:至|到)\s*\d[\d.,]*\s*%")
_WINDOW = re.compile(r"(\d{1,3})\s*(?:天|日)(?=[\u4e00-\u9fff]{1,3}率)")


def cjk_targets(text: str) -> str:
    """Return CJK text with the shapes above written as the rules read them."""
    # "12分から15分へ", "30% 성장", "零冲突" (after round 32's first run)
    text = cjk_changes(text)  # "3%p", "2배 증가", "3割削減", "Q2까지" (thirty-first round)
    text = zero_troubles(korean_growth(japanese_moves(text)))
    text = cjk_bounds(text)  # "三个月内", "至45天以内", "成長55%" (twenty-first round)
    if "パーセント" in text:
        text = _JAPANESE_PERCENT.sub(r"\1%", text)
    if "以内" in text and "を" in text:
        text = _DAYS_AS_VALUE.sub(r"を \1 days or less ", text)
    if "每" in text:
        text = _FROM_QUALIFIER.sub(r"\1", text)
    if "分" in text and ("从" in text or "從" in text or "由" in text):
        text = _POINTS.sub(r"\1 ", text)
    if "较" in text or "較" in text or "比" in text:
        text = _without_comparison(text)
    if "率" in text:
        text = _WINDOW.sub(r"\1-day ", text)
    return value_marks(text)


def _without_comparison(text: str) -> str:
    """Return the text without a comparison clause that follows a stated target."""
    found = _COMPARED.search(text)
    if found is None or not _TARGET_BEFORE.search(text, 0, found.start()):
        return text
    return text[: found.start()] + text[found.end() :]

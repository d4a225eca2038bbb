"""Key results written in Chinese, Japanese, Korean or Vietnamese: what the English rules read.

These scripts write numbers against their words ("每周健身4天", "MLP를"): the number is set
apart. A Chinese numeral before a measure word is a number ("两次" → "2 次"; "一" only when
the sentence has no other number, and never in "一个", the article "a"). Their bound and trend
words ("至少" at least, "이상" or more, "이하" or less, "감소" reduction, "dưới" under) are
written as the English words the value patterns know, so one set of rules reads them all.
Latin-script languages (Portuguese, Spanish, French) need no rewriting: their words are in
the lexicon.
"""

from __future__ import annotations

import re

# Han, kana and Hangul (and the CJK punctuation between them).
_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
_HAS_CJK = re.compile(rf"[{_CJK}]")
_GLUED = re.compile(rf"(?<=[{_CJK}])(?=[0-9A-Za-z$%<>])|(?<=[0-9A-Za-z%])(?=[{_CJK}])")
# Chinese measure words: "个" things, "次" times, "本" books, "篇" articles, "道" problems …
_MEASURE = "个次本节篇道套家天周月年位条项场门名人份章件台"
_NUMERAL = re.compile(rf"([一二两三四五六七八九十]{{1,3}})(?=[{_MEASURE}])")
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8}
_DIGITS |= {"九": 9}
_PUNCTUATION = str.maketrans({"。": ". ", "、": ", ", "《": " ", "》": " ", "：": ": "})
# Bound and trend words, longest first; what the English rules read for them.
_CUES = {
    "不少于": "at least", "不低于": "at least", "至少": "at least", "最少": "at least",
    "不超过": "no more than", "不高于": "no more than", "最多": "at most",
    "及以上": "or more", "以上": "or more", "以下": "or less", "以内": "or less",
    "低于": "below", "小于": "less than", "高于": "above", "超过": "more than",
    "이상": "or more", "초과": "or more", "이하": "or less", "미만": "or less",
    "감소": "reduction", "증가": "increase", "향상": "improvement",
}  # fmt: skip
# Durations after a number: "每周健身4天" exercises 4 days a week.
_DURATIONS = {"天": "days", "小时": "hours", "分钟": "minutes", "秒": "seconds", "个月": "months"}
_DURATIONS |= {"周": "weeks", "일": "days", "시간": "hours", "분": "minutes", "초": "seconds"}
_DURATION_RE = re.compile(r"(?<=\d)\s*(" + "|".join(_DURATIONS) + ")")
# A bound written after a number and its counter word: "100명 이상" (100 people or more).
_COUNTER_BOUND = re.compile(rf"(\d[\d.,]*%?) ([{_CJK}]{{1,2}}) +(or more|or less)\b")
_CUE_RE = re.compile("|".join(sorted(_CUES, key=len, reverse=True)))
_VIETNAMESE = {
    "ít nhất": "at least", "tối thiểu": "at least", "tối đa": "at most",
    "không quá": "no more than", "dưới": "under",
}  # fmt: skip
_VIETNAMESE_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(sorted(_VIETNAMESE, key=len, reverse=True)) + r")(?!\w)", re.I
)


def cjk_word(text: str) -> bool:
    """Return True for a word that starts in a CJK script (no plural: never a counted unit)."""
    return bool(text) and _HAS_CJK.match(text) is not None


def localise(text: str) -> str:
    """Return non-ASCII text with CJK numbers set apart and foreign bound words in English."""
    if _HAS_CJK.search(text):
        text = _cjk(text)
    if "ư" in text or "ố" in text or "ô" in text or "ấ" in text:  # Vietnamese bound words
        text = _VIETNAMESE_RE.sub(lambda m: _VIETNAMESE[m.group(0).lower()], text)
    return text


def _cjk(text: str) -> str:
    """Return CJK text with numbers spaced from words, numerals as digits, cues in English."""
    text = text.translate(_PUNCTUATION)
    alone = not any(ch.isdigit() for ch in text)
    text = _NUMERAL.sub(lambda m: _numeral(m.group(1), alone, m.end(), text), text)
    text = _CUE_RE.sub(lambda m: f" {_CUES[m.group(0)]} ", text)
    text = _DURATION_RE.sub(lambda m: f" {_DURATIONS[m.group(1)]} ", text)
    text = _GLUED.sub(" ", text)
    return _COUNTER_BOUND.sub(r"\1 \3 \2", text)  # "100 명 or more" → "100 or more 명"


def _numeral(numeral: str, alone: bool, end: int, text: str) -> str:
    """Return "2" for "两", "15" for "十五"; "一" stays a word unless the number is alone, and
    "一个" always does: like "one" before a singular noun, it is the article "a"."""
    if numeral == "一" and (not alone or text[end : end + 1] == "个"):
        return numeral  # "一个kaggle比赛进入Top 5%", "是一个过程": "a" competition, "a" process
    if "十" in numeral:
        tens, _, ones = numeral.partition("十")
        value = _DIGITS.get(tens, 1) * 10 + _DIGITS.get(ones, 0)
    else:
        value = _DIGITS.get(numeral, -1) if len(numeral) == 1 else -1
    return numeral if value < 0 else f" {value} "

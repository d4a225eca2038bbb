"""CJK bounds, timeframes and changes the twenty-first round found (issue 15).

Read by `cairn.text.script_targets.cjk_targets`, before the script's words are rewritten:

- a period in Chinese numerals before "内" is a timeframe ("三个月内完成…": within 3 months), as
  "3个月内" already is;
- a period or a duration after "至/到" with "以内/内" is a ceiling ("缩短应收账款周期至45天以内":
  45 days or less; "提升API响应时间至200ms内": 200 ms or less);
- "成長/成长 N%" is a relative rise as "增長 N%" is ("有機流量成長55%": up 55%);
- Japanese "N%のXの向上" puts the change first ("25%のサインアップレートの向上": up 25%);
- Japanese "をN件に増加させる" is a move to N ("新規顧客数を200件に増加させる": to 200);
- an arrow between two values ("CVRを2.0%→3.0%に改善する"): from 2.0% to 3.0%;
- "涨粉N" (followers gained) is a gain by N ("本月涨粉1万": up by 10,000);
- Japanese "をN%上げる/伸ばす" and Korean "을 N% 올리기" are up by N% (twenty-third round:
  "市場価値を5%上げる", "매출을 20% 올리기"), and
  "新增N个…" opening a sentence a gain by N ("新增10个活跃用户").

Every step tests a plain key character before its regex (the parse's speed, SPEC §7).
"""

from __future__ import annotations

import re

_DIGITS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7}
_DIGITS |= {"八": 8, "九": 9}
_NUMERAL_PERIOD = re.compile(
    r"(?<![\d一二两兩三四五六七八九十百千万])([一二两兩三四五六七八九十]{1,3})\s*"
    r"(?=(?:个月|個月|天|周|週|年|小时|小時)\s*(?:之内|以内|内|內))"
)
_CEILING_UNITS = {"天": "days", "日": "days", "小时": "hours", "小時": "hours", "分钟": "minutes"}
_CEILING_UNITS |= {"分鐘": "minutes", "秒": "seconds", "毫秒": "ms", "ms": "ms"}
_CEILING = re.compile(
    r"(至|到)\s*(\d[\d.,]*)\s*(毫秒|ms|秒|分钟|分鐘|小时|小時|天|日)\s*(?:之内|以内|以內|内|內)"
)
_GROWTH = re.compile(r"(?:成長|成长)(?=\s*\d[\d.,]*\s*%)")
_JAPANESE_CHANGE_FIRST = re.compile(
    r"^\s*(\d[\d.,]*\s*%)\s*の\s*([^のをに、。]{1,30}?)\s*の\s*(向上|増加|改善|削減|低減|短縮|減少)"
)
_JAPANESE_TO = re.compile(r"(\d[\d.,]*\s*[件人名社個回]?)\s*に\s*(?:増加|拡大)させる")
# thirty-first round: a scale after either number ("MAUを10万→20万に")
_ARROW = re.compile(
    r"(\d[\d.,]*\s*[万萬億亿]?\s*%?)\s*(?:→|⇒|->)\s*"
    r"(?=\d[\d.,]*\s*[万萬億亿]?\s*%?\s*(?:minutes\s*)?(?:に|へ|まで))"
)
_FOLLOWERS = re.compile(r"(涨粉|漲粉)\s*(?=\d)")
# Twenty-third round: "新增N…" opening the sentence (after a period at most) gains N, as "增加N"
# does ("新增10个活跃用户": up by 10); later in a sentence it names a clause's detail ("销售人员
# 新增100人" after a first clause's target, round 5).
_GAINED = re.compile(
    r"^(\s*(?:本季度|本季|本月|今年|全年|年内|年內|本年度|Q[1-4])?\s*)新增(?=\s*\d)"
)
# and Korean "를/을 N% 올리기" ("매출을 20% 올리기": up by 20%); "글 10개 올리기" posts 10 posts
_KOREAN_RAISE = re.compile(r"([을를]\s*\d[\d.,]*\s*%)\s*(?:끌어올리기|올리기|올린다)")
# In a sentence of several clauses, each stating its count with a current one in an aside, N is
# a count to reach ("新增 10 个 Contributors，年底 OpenRank 指数 > 15（当前 5）…", round 10).
_CLAUSES = ("，", ",", "；", ";", "、")
# Twenty-third round: Japanese verbs of raising after "をN%" ("市場価値を5%上げる", "売上を10%伸ばす"):
# up by N%, as "増やす" already reads; "をN%に上げる" (to N%) is left as it is.
_JAPANESE_RAISE = re.compile(
    r"(を\s*\d[\d.,]*\s*[%％])\s*(?:上げる|上げ|伸ばす|伸ばし|向上させる|アップさせる|アップする|アップ)"
)


def cjk_bounds(text: str) -> str:
    """Return CJK text with the shapes above written as the rules read them."""
    if "内" in text or "內" in text:
        text = _NUMERAL_PERIOD.sub(lambda m: f"{_numeral(m.group(1))}", text)
        if "至" in text or "到" in text:
            text = _CEILING.sub(lambda m: f"{m[1]} {m[2]} {_CEILING_UNITS[m[3]]} or less ", text)
    if "成" in text:
        text = _GROWTH.sub("增長", text)
    if "%の" in text or "% の" in text:
        text = _JAPANESE_CHANGE_FIRST.sub(r"\2を\1\3", text)
    if "させる" in text:
        text = _JAPANESE_TO.sub(r"\1に増やす", text)
    if "→" in text or "⇒" in text or "->" in text:
        text = _ARROW.sub(r"\1から", text)
    if "を" in text and ("上げ" in text or "伸ば" in text or "アップ" in text or "向上さ" in text):
        text = _JAPANESE_RAISE.sub(r"\1増やす", text)
    if "올리" in text and "%" in text:
        text = _KOREAN_RAISE.sub(r"\1 높이기", text)
    if "新增" in text and not any(mark in text for mark in _CLAUSES):
        text = _GAINED.sub(r"\1增加", text)
    if "粉" in text:
        text = _FOLLOWERS.sub(r"\1增加", text)
    return text


def _numeral(word: str) -> str:
    """Return a Chinese numeral up to 99 ("三", "十二", "二十") as digits, or the word."""
    tens, _, ones = word.partition("十")
    if "十" not in word:
        return str(_DIGITS[word]) if word in _DIGITS else word
    if (tens and tens not in _DIGITS) or (ones and ones not in _DIGITS):
        return word
    return str((_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0))

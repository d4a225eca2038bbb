"""Key results in the CJK and Thai scripts, rewritten into the English words the rules read.

These scripts write numbers against their words ("每周健身4天", "MLP를"): the number is set
apart, numerals become digits, and bound, trend and unit words become the English ones
("至少" at least, "이상" or more, "감소" reduction); the verb of change is put first.
"""

from __future__ import annotations

import re

from cairn.text.cjk_numbers import has_numeral, numerals_as_digits, scaled
from cairn.text.language_marks import VERB_MARK, number_with, verb_first
from cairn.text.languages_cjk import COUNTER_BEFORE_VERB, cjk_amounts, verb_without_number
from cairn.text.script_targets import cjk_targets
from cairn.text.script_words import (
    CJK_UNITS,
    CJK_VERBS,
    CJK_VERBS_BEFORE_TO,
    CJK_WORDS,
    THAI_BEFORE_NUMBER,
    THAI_UNITS,
    THAI_VERBS,
    THAI_WORDS,
)

# Han, kana and Hangul (and the CJK punctuation between them).
_CJK = r"\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
HAS_CJK = re.compile(rf"[{_CJK}]")
# a sign before a number too (nineteenth round: "お金 資産+1k" is a change of +1000)
_GLUED = re.compile(rf"(?<=[{_CJK}])(?=[0-9A-Za-z$%<>]|[-+]\d)|(?<=[0-9A-Za-z%])(?=[{_CJK}])")
_PUNCTUATION = str.maketrans({"。": ". ", "、": ", ", "《": " ", "》": " ", "：": ": "})
# Bound and trend words, longest first; what the English rules read for them.
_CUES = {
    "不少于": "at least", "不低于": "at least", "至少": "at least", "最少": "at least",
    "不超过": "no more than", "不高于": "no more than", "最多": "at most",
    "及以上": "or more", "以上": "or more", "以下": "or less", "以内": "or less", "以內": "or less",
    "之内": "or less", "之內": "or less",
    "少于": "less than", "少於": "less than",
    "低于": "below", "小于": "less than", "高于": "above", "超过": "more than",
    # twenty-third round: the traditional forms ("同事對系統的滿意度高於90%": at least 90%)
    "不低於": "at least", "不高於": "no more than", "低於": "below", "高於": "above",
    "大於": "more than",
    "이상": "or more", "초과": "or more", "이하": "or less", "미만": "or less",
    "감소": "reduction", "증가": "increase", "향상": "improvement", "상승": "increase",
    "하락": "reduction",
}  # fmt: skip
# A Korean key result ends on its predicate, often a verbal noun: "만족도 향상" (improve
# satisfaction), "몰입도 극대화" (maximise engagement). Without a number it is the verb.
_KOREAN_PREDICATES = {
    "향상": "improve", "개선": "improve", "극대화": "maximise", "증대": "increase",
    "최소화": "minimise", "최적화": "optimise",
}  # fmt: skip
# After round 30's first run: the verbal nouns of a plain rise or fall ("로드시간 감소 필요",
# load time: a reduction needed), read as the verb only without a number (with one, the cues
# below read "감소" as a reduction by it); and "올리다" (raise: "퍼포먼스 올리기") without a number
# only: with a count it posts or uploads ("글 세개 올리기", round 14: post three articles).
_KOREAN_CHANGES = {
    "감소": "reduce", "증가": "increase", "단축": "reduce", "절감": "reduce", "상승": "increase",
    "하락": "reduce", "올리기": "increase", "올리다": "increase", "올린다": "increase",
    "올림": "increase", "올립니다": "increase",
}  # fmt: skip
# The verb endings and "needed" after the verbal noun ("속도를 향상합니다", "향상시키기", "감소 필요"):
# the predicate all the same.
_KOREAN_ENDING = (
    r"(?:하다|합니다|하기|한다|함|하자|시키다|시키기|시킨다|시킴|시킵니다"
    # thirty-first round: the intent and the obligation ("단축하겠습니다", "개선해야 합니다")
    r"|(?:하|시키)겠(?:다|습니다)|(?:해|시켜)야\s?(?:한다|합니다|함)|(?:하|시키)고자\s?(?:한다|합니다|함))?"
    r"(?:\s?필요(?:함|합니다|하다)?)?"
)
# Not after a factor ("매출 두 배 증가", "이탈률 절반으로 감소": double, halve, read as verbs).
_KOREAN_PREDICATE_RE = re.compile(
    r"(?<!배)(?<!배로)(?<!절반으로)"
    rf"\s({'|'.join([*_KOREAN_PREDICATES, *_KOREAN_CHANGES])}){_KOREAN_ENDING}\s*[.!]?\s*$"
)
# After a target ("25%로", "1,500円に") a final verbal noun is the verb, also one that names a
# change elsewhere ("증가", "増加させる"): "매출을 1,500원으로 증가" raises sales to 1,500.
_TARGET_PREDICATES = {
    **_KOREAN_PREDICATES, "증가": "increase", "감소": "reduce", "向上": "improve",
    "改善": "improve", "増加": "increase", "拡大": "increase", "減少": "reduce", "削減": "reduce",
}  # fmt: skip
_TARGET_PREDICATE_RE = re.compile(
    rf"(?<=[\d%A-Z원円元])\s*(?:[가-힣]{{1,2}}\s?)?(?:으로|로|に|へ|まで|까지)\s*({'|'.join(_TARGET_PREDICATES)})"
    r"(?:させる|する|시키기|하기|시킨다|한다)?\s*[.!]?\s*$"
)
# Durations after a number: "每周健身4天" exercises 4 days a week.
_DURATIONS = {"天": "days", "小时": "hours", "分钟": "minutes", "秒": "seconds", "个月": "months"}
_DURATIONS |= {"周": "weeks", "일": "days", "시간": "hours", "분": "minutes", "초": "seconds"}
_DURATION_RE = re.compile(r"(?<=\d)\s*(" + "|".join(_DURATIONS) + ")")
# A bound written after a number and its counter word: "100명 이상" (100 people or more).
# Round 34: nor a currency's two-character name ("100万美元以上", "百万新元以上"): the bound follows
# the amount.
_CURRENCY_NAMES = "|".join(name for name in CJK_UNITS if len(name) == 2 and name[-1] in "元币幣")
_COUNTER_BOUND = re.compile(
    rf"(\d[\d.,]*%?) ((?![원円元]|(?:{_CURRENCY_NAMES}) )[{_CJK}]{{1,2}}) +(or more|or less)\b"
)
# Nineteenth round: "至少" before a verb ("至少覆盖 `a`、`b` 6 个关键字段", "至少支撑2～3个场景"):
# the floor is the count the verb's object states, in the same clause.
_FLOOR_BEFORE_VERB_RE = re.compile(r"至少(?=[\u4e00-\u9fff])([^，。；;.\d]{1,120}?)\s*(?=\d)")
_GREATER_RE = re.compile(r"(不)?大于(?=\s*[-+]?\d)")
# A duration too short to be a timeframe, then "内" (within): a ceiling, as "以内".
_SHORT_WITHIN_RE = re.compile(r"\b(seconds|ms)\s*[内內](?![容部])")
_CUE_RE = re.compile("|".join(sorted(_CUES, key=len, reverse=True)))


def cjk_text(text: str) -> str:
    """Return CJK text with numbers spaced from words, numerals as digits, cues in English."""
    text = cjk_amounts(text.translate(_PUNCTUATION))  # "12% の増加": by 12%; "100퍼센트": 100%
    text = cjk_targets(text)  # "25パーセント以上に", "从每月10%降低至5%" (twentieth round)
    if "每" in text:  # "每 10 分钟": a cadence (tenth round), when the work runs, not a value
        text = _CJK_EVERY_RE.sub(lambda m: f" every {m.group(1)} {_CJK_EVERY[m.group(2)]} ", text)
    text = scaled(text)  # "1億2000万": 120,000,000; "3万": 30,000
    text = _CJK_UNIT_RE.sub(lambda m: f" {number_with(m.group(1), CJK_UNITS[m.group(2)])} ", text)
    text = _CJK_WITHIN_RE.sub(lambda m: f" within {m.group(1)} {_CJK_PERIODS[m.group(2)]} ", text)
    text = _CJK_RATE_RE.sub(lambda m: f" per {_CJK_RATES[m.group(1)]} ", text)
    if "月" in text or "월" in text or "平均" in text or "평균" in text:
        text = _CJK_QUALIFIER_RE.sub(" ", text)  # "2/3/4월 평균 13.7%": the months, then the value
    text = _CJK_TOP_RE.sub(" top ", text)
    # Without a number the verb moves nothing: it is a clause's verb ("达到收敛条件自动停止").
    counted = any(ch.isdigit() for ch in text) or has_numeral(text)
    if not counted and (last := _KOREAN_PREDICATE_RE.search(text)):
        verb = _KOREAN_PREDICATES.get(last.group(1)) or _KOREAN_CHANGES[last.group(1)]
        return f"{verb} {text[: last.start()].strip()}"
    if not counted and (leading := verb_without_number(text)):  # "开发自测能力增强"
        return leading
    if counted and (last := _TARGET_PREDICATE_RE.search(text)):
        # "전환율을 25%로 향상": after a target ("to 25%") the verbal noun is the verb
        verb = _TARGET_PREDICATES[last.group(1)]
        text = f"{text[: last.start(1)]} {VERB_MARK}{verb}{VERB_MARK}"
    text = _CJK_MEANS_RE.sub("", text)  # "通過新增兩個渠道，實現…": the means, then the result
    text = _CJK_BY_RE.sub(r"\1 by ", text)  # "增加20份": by 20; "增加到20份": to 20
    text = _CJK_AMOUNT_RE.sub(r" by \1 ", text)  # "2時間短縮する": by 2 hours; "2時間に": to 2
    text = _CJK_WORD_RE.sub(lambda m: _cjk_word(m, counted), text)
    if counted and ("到" in text or "至" in text):  # "从12%降到8%": the verb of the move
        text = _CJK_VERB_TO_RE.sub(
            lambda m: f" {VERB_MARK}{CJK_VERBS_BEFORE_TO[m[1]]}{VERB_MARK} ", text
        )
    text = _CJK_FROM_RE.sub(lambda m: f" from {m.group(1) or m.group(2)} ", text)
    text = _CJK_TO_RE.sub(lambda m: f" to {m.group(1) or ''} ", text)
    text = numerals_as_digits(text)  # "两个": 2, "十五篇": 15
    if "大于" in text:  # "NPS系数大于70": more than a number ("稳定大于一切" compares no number)
        text = _GREATER_RE.sub(lambda m: " no more than " if m.group(1) else " more than ", text)
    if "至少" in text:  # "至少覆盖 … 6 个关键字段": at least, before the number its verb counts
        text = _FLOOR_BEFORE_VERB_RE.sub(r"\1 至少 ", text)
    if "内" in text or "內" in text:  # "响应时间 3 秒内": 3 seconds or less (twenty-fifth round)
        text = _SHORT_WITHIN_RE.sub(r"\1 or less ", text)
    text = _CUE_RE.sub(lambda m: f" {_CUES[m.group(0)]} ", text)
    text = _DURATION_RE.sub(lambda m: f" {_DURATIONS[m.group(1)]} ", text)
    text = _GLUED.sub(" ", text)
    text = _COUNTER_BOUND.sub(r"\1 \3 \2", text)  # "100 명 or more" → "100 or more 명"
    return verb_first(text)


_CJK_NUM = r"\d[\d.,]*"
_CJK_UNIT_RE = re.compile(rf"({_CJK_NUM})\s*({'|'.join(sorted(CJK_UNITS, key=len, reverse=True))})")
# "从5%降低到3%", "由 40 提升至 60", "30%から50%へ", "30%에서 50%로": from A to B.
# a counter may stand between the number and the particle: "10万人から", "10만 명에서"
_COUNTER = r"(?:\s*[명개건회원인件人個个점点])?"  # thirty-first round: 점, 点 (points)
# a unit may too, and stays with its number: "48時間から24時間に", "48시간에서 24시간으로"
_CJK_UNIT = (
    r"(?:\s?(?:seconds|minutes|hours|days|weeks|months|kg|km|CNY|JPY|KRW|원|円|元|시간|분|초|일))?"
)
_CJK_FROM_RE = re.compile(
    rf"(?:从|從|由)\s*({_CJK_NUM}\s?%?)|({_CJK_NUM}\s?%?{_CJK_UNIT}){_COUNTER}\s*(?:から|에서)"
)
_CJK_TO_RE = re.compile(
    rf"(?:到|至)\s*(?=\d)|({_CJK_NUM}\s?%?{_CJK_UNIT}){_COUNTER}\s*(?:へ|まで|に|으로|로|까지)"
)
# Months and "average" written before a value ("2/3/4월 평균 13.7%에서 9월 평균 7.0%로", "4月平均
# 12%から", "从4月的 12%"): when the value is measured, not a value; a date ("12月31日") stays.
_CJK_MONTHS = r"(?:\d{1,2}\s*[/,、]\s*)*\d{1,2}\s*(?:월|月)"
_CJK_QUALIFIER_RE = re.compile(
    rf"(?:{_CJK_MONTHS}\s*(?:의|の|的)?\s*(?:평균|平均)?|평균|平均)\s*(?:의|の|的)?\s*"
    r"(?=\d+(?:[.,]\d+)?(?![\d.,]|\s*[日일号號月월]))"
)
# "90天内", "3个月内", "2週間以内", "30일 이내": within a period (a timeframe, not a value)
_CJK_PERIODS = {"天": "days", "日": "days", "周": "weeks", "週": "weeks", "週間": "weeks"}
_CJK_PERIODS |= {"个月": "months", "個月": "months", "ヶ月": "months", "か月": "months"}
_CJK_PERIODS |= {"月": "months", "年": "years", "일": "days", "주": "weeks", "개월": "months"}
_CJK_PERIODS |= {
    "년": "years",
    "小时": "hours",
    "小時": "hours",
    "分钟": "minutes",
    "分鐘": "minutes",
}
_CJK_PERIODS |= {"시간": "hours", "분": "minutes", "hours": "hours", "minutes": "minutes"}
# After round 31: Latin abbreviations of hours and minutes before "内" ("email/issue 24h 内响应")
_CJK_PERIODS |= {"h": "hours", "hr": "hours", "hrs": "hours", "min": "minutes", "mins": "minutes"}
# After round 32: months and weeks already written so ("3개월" → "3 months") before "내" / "안에"
_CJK_PERIODS |= {"months": "months", "weeks": "weeks"}
_CJK_PERIOD_ALTERNATIVES = "|".join(sorted(_CJK_PERIODS, key=len, reverse=True))
_CJK_WITHIN_RE = re.compile(
    rf"(\d+(?:\.\d+)?)\s*({_CJK_PERIOD_ALTERNATIVES})\s*(?:之内|以内|内(?![容部])|內(?![容部])|이내|내|안에)(?:に|에)?"
)
# "每 10 分钟", "每隔2周": every 10 minutes, every 2 weeks
_CJK_EVERY = {"分钟": "minutes", "分鐘": "minutes", "小时": "hours", "小時": "hours", "天": "days"}
_CJK_EVERY |= {"周": "weeks", "週": "weeks", "个月": "months", "個月": "months"}
_CJK_EVERY_RE = re.compile(rf"每隔?\s*(\d+)\s*({'|'.join(_CJK_EVERY)})")
# "1,436/月", "20件/周": a rate
_CJK_RATE_RE = re.compile(r"/\s*(月|周|週|天|日|年)")
_CJK_RATES = {"月": "month", "周": "week", "週": "week", "天": "day", "日": "day", "年": "year"}
# "前 5 单" (the first five orders), "前10名": which items count, as "top 5"
_CJK_TOP_RE = re.compile(r"前\s*(?=\d)")
_CJK_WORDS_ALL = {**CJK_WORDS, **CJK_VERBS}
# A verb that moves a number, then the number itself: the amount of the change, as "by N".
_CJK_CHANGE_VERBS = [w for w, v in CJK_VERBS.items() if v in ("increase", "reduce")]
_CJK_BY_RE = re.compile(rf"({'|'.join(sorted(_CJK_CHANGE_VERBS, key=len, reverse=True))})(?=\s*\d)")
# Japanese and Korean put the amount right before the verb, with no particle: "応答時間を2時間
# 短縮する", "응답 시간 2시간 단축" reduce by 2 hours ("2時間に短縮" is to 2 hours).
_CJK_AMOUNT_RE = re.compile(
    rf"(?<![\d.,从從由到至])(?<![从從由到至] )({_CJK_NUM}\s?%?{_CJK_UNIT}){COUNTER_BEFORE_VERB}\s*"
    rf"(?=(?:{'|'.join(sorted(_CJK_CHANGE_VERBS, key=len, reverse=True))}))"
)
# "通过/通過 …，" (by means of …,) opening the sentence: the means; the result follows the comma.
_CJK_MEANS_RE = re.compile(r"^\s*(?:通过|通過)[^，,。；;]{1,40}[，,]\s*(?=\S)")
# "压缩至 1.2%" (compress to): the verb is both characters, not the noun before 缩 (round 25)
_CJK_VERB_TO_RE = re.compile(
    rf"(?:[压壓](?=[缩縮]))?([{''.join(CJK_VERBS_BEFORE_TO)}])(?=\s*[到至]\s*\d)"
)
_CJK_WORD_RE = re.compile("|".join(sorted(_CJK_WORDS_ALL, key=len, reverse=True)))
# Twentieth round: a work verb opening a noun ("招聘渠道成本", the cost of recruiting channels)
# whose clause goes on to a verb of change and its amount is no verb.
_WORK_VERBS = frozenset(
    w
    for w, v in CJK_VERBS.items()
    if v not in ("increase", "reduce", "reach", "keep", "double", "halve")
)
_CHANGE_AFTER = re.compile(
    rf"[\u4e00-\u9fff]{{1,8}}?(?:{'|'.join(sorted(_CJK_CHANGE_VERBS, key=len, reverse=True))})"
    r"\s*(?:by\s+)?\d"
)


def _cjk_word(match: re.Match, counted: bool) -> str:
    """Return a CJK verb as a marked English verb (put first later), a word in English."""
    word = match.group(0)
    if word in _WORK_VERBS and _CHANGE_AFTER.match(match.string, match.end()):
        return word  # "招聘渠道成本缩减 30%": a noun (recruiting channels) before the change
    if word in CJK_VERBS and match.string[match.end() : match.end() + 1] == "率":
        return word  # twenty-second round: "用户增长率达到10%", a growth rate is a noun
    if word in CJK_VERBS:  # a factor ("翻倍", "半減") is the measure without a number
        moves = counted or CJK_VERBS[word] in ("double", "halve")
        return f" {VERB_MARK}{CJK_VERBS[word]}{VERB_MARK} " if moves else word
    return f" {CJK_WORDS[word]} "


THAI = re.compile(r"[\u0e00-\u0e7f]")
_THAI_NUMBER = r"\d[\d.,]*\s?%?"
_THAI_UNIT_RE = re.compile(
    rf"({_THAI_NUMBER})\s*({'|'.join(sorted(THAI_UNITS, key=len, reverse=True))})"
)
_THAI_BEFORE_RE = re.compile(rf"({'|'.join(THAI_BEFORE_NUMBER)})\s*(?=[-+]?\d)")
_THAI_WORD_RE = re.compile("|".join(sorted({**THAI_WORDS, **THAI_VERBS}, key=len, reverse=True)))


def thai_text(text: str) -> str:
    """Return Thai text with its numbers, bound words, units and verb in English words."""
    text = _THAI_UNIT_RE.sub(lambda m: f" {number_with(m.group(1), THAI_UNITS[m.group(2)])} ", text)
    text = _THAI_BEFORE_RE.sub(lambda m: f" {THAI_BEFORE_NUMBER[m.group(1)]} ", text)
    counted = any(ch.isdigit() for ch in text)

    def english(match: re.Match) -> str:
        word = match.group(0)
        if word in THAI_VERBS:
            return f" {VERB_MARK}{THAI_VERBS[word]}{VERB_MARK} " if counted else word
        return f" {THAI_WORDS[word]} "

    return verb_first(_THAI_WORD_RE.sub(english, text))

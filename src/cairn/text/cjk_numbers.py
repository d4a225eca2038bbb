"""Numbers written the Chinese, Japanese and Korean way, read as digits.

Scales after a number ("3万" is 30,000, "1.2亿" 120,000,000, "1億2000万" 120,000,000) and
Chinese numerals before a measure word ("两个" 2, "十五篇" 15). `cairn.text.languages` calls
these while it rewrites a CJK key result in the English words the rules read.
"""

from __future__ import annotations

import re

from cairn.text.script_words import CJK_SCALES

# Chinese measure words: "个" things, "次" times, "本" books, "篇" articles, "道" problems …
_MEASURE = "个個次本节節篇道套家天周週月年位条條项項场場门門名人份章件台种種类類款张張轮輪期批组組"
# Not an ordinal ("第二类": the second kind) nor a month ("二月底": the end of February; two
# months are "两个月"), nineteenth round.
# Twenty-third round: nor a numeral inside a rate's compound name ("二次分享率", the re-share
# rate; "三次复购率"): "次" then the rate's words, no value.
_NUMERAL = re.compile(
    rf"(?<!第)([一二两三四五六七八九十]{{1,3}})(?=[{_MEASURE}])(?!月)(?!次[\u4e00-\u9fff]{{1,6}}率)"
)
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8}
_DIGITS |= {"九": 9}
_NUM = r"\d[\d.,]*"
_SCALE_RE = re.compile(rf"({_NUM})\s*([{''.join(CJK_SCALES)}])")
_COMPOUND_RE = re.compile(r"(\d+(?:\.\d+)?)\s*[亿億억]\s*(\d+(?:\.\d+)?)\s*[万萬만]")
# Round 34: a magnitude written without a digit ("百万新元以上", "千万", "十万用户", "百万円") is
# the number; not after another numeral or a word of vagueness ("数百万", "几十万": some
# millions), nor the adverb "千万" (by all means: "千万不要放弃", "千万要注意"), nor "百万富翁" (a millionaire),
# an ordinal ("第十万个") or an order of magnitude ("百万级").
_WORD_MAGNITUDE_RE = re.compile(
    r"(?<![\d一二两兩三四五六七八九十百千万萬亿億数數几幾第])([十百千])([万萬亿億])"
    r"(?![\d一二两兩三四五六七八九十百千]|[不别別要记記注小得富级級])"
)
_WORD_TENS = {"十": 10, "百": 100, "千": 1000}


def scaled(text: str) -> str:
    """Return text with numbers written in scales as plain numbers ("1億2000万", "3万")."""
    if "十" in text or "百" in text or "千" in text:
        text = _WORD_MAGNITUDE_RE.sub(_word_magnitude, text)
    return _SCALE_RE.sub(_scaled, _COMPOUND_RE.sub(_compound, text))


def has_numeral(text: str) -> bool:
    """Return True when a Chinese numeral counts something ("两个", "三篇")."""
    return _NUMERAL.search(text) is not None


def numerals_as_digits(text: str) -> str:
    """Return text with the Chinese numerals before a measure word as digits."""
    # "一" is a number only when nothing else in the sentence is: "一套代码…三种模式" counts 3
    alone = not any(ch.isdigit() for ch in text) and len(_NUMERAL.findall(text)) < 2
    return _NUMERAL.sub(lambda m: _numeral(m.group(1), alone, m.end(), text), text)


def _compound(match: re.Match) -> str:
    """Return "120000000" for "1億2000万": a number written in two scales."""
    value = float(match.group(1)) * 1e8 + float(match.group(2)) * 1e4
    return f"{value:.0f}" if value.is_integer() else str(value)


def _word_magnitude(match: re.Match) -> str:
    """Return "1000000" for "百万", "10000000" for "千万", "100000" for "十万"."""
    return f"{_WORD_TENS[match.group(1)] * CJK_SCALES[match.group(2)]:.0f}"


def _scaled(match: re.Match) -> str:
    """Return "30000" for "3万", "120000000" for "1.2亿"."""
    value = float(match.group(1).replace(",", "")) * CJK_SCALES[match.group(2)]
    return f"{value:.0f}" if value.is_integer() else str(value)


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

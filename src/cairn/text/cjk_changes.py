"""CJK changes in points, factors and tenths, and timeframes by a quarter (thirty-first round).

Read by `cairn.text.script_targets.cjk_targets` first, before the moves, growths and zeros of
`cairn.text.cjk_moves`; each rewrite gives a wording the later rules already read:

- percentage points: "3%p", "3퍼센트포인트", "3个百分点", "3個百分點" always, and "5포인트",
  "5ポイント", "5pt" when the sentence names a rate (률, 율, 率): "3 pp", an absolute change in
  "%" ("전환율 3%p 개선", "継続率を5pt向上させる", "转化率提升3个百分点"); "NPS 5포인트" (a score)
  is left as it was;
- a factor before a verb of growth: "2배 증가", "2배로 늘리기", "3배 달성", "2倍にする", "3倍に
  増やす", "增长到3倍" are a rise by 100·(N−1) % ("100% 증가", "200%増やす", "增长200%"); "2배속",
  "3倍速", "2倍以上" (a label question) are left; "半分にする" is "半減する" and "翻一番" is "翻倍";
- tenths: Japanese "3割" before a verb of change ("3割削減", "2割減らす", "3割増") is 30 %, Chinese
  "两成" / "三成" after one ("降低两成", "增长三成") 20 %, 30 %; "割合", "割引", "完成", "成本"
  are no tenths;
- a quarter or a month as a deadline ("Q2까지", "Q2までに", "Q2前", "6月底前"): "by Q2", a
  timeframe, not the target;
- Korean "… 원을 넘지 않도록" and Japanese "…を超えないように" (not to exceed): "or less";
- "故障清零", "漏洞清零" (cleared to zero) after a trouble: "故障 0", as "零故障" is read.

Every step tests a plain key character before its regex (the parse's speed, SPEC §7).
"""

from __future__ import annotations

import re

from cairn.text.cjk_moves import TROUBLE
from cairn.text.language_marks import VERB_MARK

_NUM = r"\d+(?:\.\d+)?"

# --- percentage points -----------------------------------------------------------------------
_POINTS_ALWAYS = re.compile(
    rf"({_NUM})\s?(?:%\s?[pP](?![a-zA-Z])|％\s?[pP](?![a-zA-Z])|(?:퍼센트|%)\s?포인트|"
    r"[个個]?百分[点點])"
)
_POINTS_OF_RATE = re.compile(rf"({_NUM})\s?(?:포인트|ポイント|pt(?![a-zA-Z]))")
_RATE = re.compile(r"[률율率]|レート")
# improving a rate by points raises it ("전환율 3%p 개선", "コンバージョン率を3ポイント改善")
_IMPROVED_BY_POINTS = re.compile(r"(\d pp)\s*(?:개선|향상|改善|向上|올리기|올린다|올리다|올립니다)")


def _points(text: str) -> str:
    if "%" in text or "％" in text or "百分" in text or "퍼센트" in text:
        text = _POINTS_ALWAYS.sub(r"\1 pp ", text)
    if ("포인트" in text or "ポイント" in text or "pt" in text) and _RATE.search(text):
        text = _POINTS_OF_RATE.sub(r"\1 pp ", text)
    if " pp" in text:
        text = _IMPROVED_BY_POINTS.sub(r"\1 増加 ", text)
    return text


# --- factors ---------------------------------------------------------------------------------
_KOREAN_FACTOR = re.compile(rf"({_NUM})\s?배\s?(?:로|으로)?\s?(?=증가|늘|확대|성장|상승|향상|높)")
_KOREAN_FACTOR_REACHED = re.compile(rf"({_NUM})\s?배\s?달성")
_JAPANESE_FACTOR = re.compile(
    rf"({_NUM})\s?倍\s?(?:に\s?(?=増|拡大|伸|引き上|高め|向上|成長)|(?=増|拡大|成長)|に\s?(?:する|します|したい)(?![\u3040-\u309f]))"
)
_CHINESE_FACTOR = re.compile(
    rf"(增长|增長|提升|提高|增加|扩大|擴大)\s?(?:到|至|为|為)\s?({_NUM})\s?倍(?![速以])"
)
_HALF = re.compile(
    r"(?:半分\s?に\s?(?:する|します|したい|減らす|短縮する|短縮|削減する|削減)|"
    r"절반\s?(?:으로|수준으로)\s?(?:줄이기|줄인다|줄이다|줄입니다|줄이겠다|줄이겠습니다|줄여야|단축|감소|절감))"
)


_ONE_TIME = re.compile(r"(?:增长|增長|增加|提升|提高|扩大|擴大)\s?了?\s?一倍")
_HALF_WORD = re.compile(r"(?:下降|降低|减少|減少|缩短|縮短|削减|削減|压缩|壓縮)\s?了?\s?一半")


def _rise(factor: str) -> str:
    value = (float(factor) - 1) * 100
    return f"{value:g}%"


def _japanese_factor(match: re.Match[str]) -> str:
    """Return "200%" before a verb of growth ("3倍に増やす"), "100%増やす" for "2倍にする"."""
    made = match[0].endswith(("する", "します", "したい"))
    return f"{_rise(match[1])}{'増やす' if made else ''}"


def _factors(text: str) -> str:
    if "배" in text:
        text = _KOREAN_FACTOR.sub(lambda m: f"{_rise(m[1])} ", text)
        text = _KOREAN_FACTOR_REACHED.sub(lambda m: f"{_rise(m[1])} 증가", text)
    if "倍" in text:
        if _KANA.search(text):
            text = _JAPANESE_FACTOR.sub(_japanese_factor, text)
        text = _CHINESE_FACTOR.sub(lambda m: f"{m[1]}{_rise(m[2])}", text)
    if "半分" in text or "절반" in text:
        text = _HALF.sub(f" {VERB_MARK}halve{VERB_MARK} ", text)
    if "翻一番" in text:
        text = text.replace("翻一番", "翻倍")
    if "一倍" in text or "一半" in text:  # "增长一倍" (grow by one time): double; "下降一半": halve
        text = _ONE_TIME.sub("翻倍", _HALF_WORD.sub("减半", text))
    return text


_KANA = re.compile(r"[\u3041-\u309f\u30a0-\u30ff]")

# --- tenths ----------------------------------------------------------------------------------
_WARI = re.compile(
    rf"({_NUM})\s?割\s?(?=削減|減|増|向上|改善|アップ|ダウン|短縮|低減|カット|伸ば|引き上|引き下|下げ|上げ)"
)
_CHINESE_TENTHS = {"一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5}
_CHINESE_TENTHS |= {"六": 6, "七": 7, "八": 8, "九": 9}
_CHENG = re.compile(
    r"(降低|减少|減少|下降|增长|增長|提升|提高|增加|缩短|縮短|削减|削減|压缩|壓縮)\s?"
    r"([一二两兩三四五六七八九]|\d)\s?成(?![本功员員果长長熟立交绩績品分就为為])"
)


def _tenths(text: str) -> str:
    if "割" in text:
        text = _WARI.sub(lambda m: f"{float(m[1]) * 10:g}%", text)
    if "成" in text:
        text = _CHENG.sub(lambda m: f"{m[1]}{int(_CHINESE_TENTHS.get(m[2]) or m[2]) * 10}%", text)
    return text


# --- a bare noun of growth after a percent (Japanese "売上20%増") ------------------------------
_BARE_GROWTH = re.compile(r"(\d\s?%)\s?(増|減)(?![加やえ少らっ])")

# Japanese "20%カット", "20%ダウン" (cut, down) and "20%アップ" (up) after a percent: a change by it
# ("コストを20%カット"); "ダウンタイム", "アップデート" are other words.
_KATAKANA_CHANGE = re.compile(
    r"(\d\s?[%％])\s?(カット|ダウン|アップ)(?:する|させる|します|したい)?(?![\u30a0-\u30ff])"
)

# --- deadlines -------------------------------------------------------------------------------
_QUARTER = re.compile(r"\b[Qq]([1-4])\s?(?:까지|までに|まで|前|之前|底前|末前)")
# a quarter in words: Korean "1분기 내 / 안에 / 까지 / 중" (분기: a quarter, not minutes), Japanese
# "第1四半期中に / までに / 内に"
_QUARTER_WORDS = re.compile(
    r"(?<!\d)([1-4])\s?분기\s?(?:내에|내|안에|이내|까지|중에|중)|"
    r"第\s?([1-4])\s?四半期\s?(?:中に|中|までに|まで|内に|以内に)"
)
_MONTH_END = re.compile(r"(?<!\d)(\d{1,2})\s?月\s?(?:底|末)?\s?(?:前|之前)(?=[\u4e00-\u9fff])")

# --- not to exceed ---------------------------------------------------------------------------
_NOT_EXCEED = re.compile(
    r"\s?(?:을|를)?\s?넘지\s?(?:않도록|않게|않기|않는다|않음|말\s?것)|"
    r"\s?を?\s?超えない(?:ように|よう)?"
)

# --- cleared to zero -------------------------------------------------------------------------
_CLEARED = re.compile(rf"((?:{TROUBLE}|bug|Bug|BUG))\s?清零")


# --- Japanese days from one to another ("リードタイムを10日から5日へ短縮": 10 → 5 days); not a
# date ("4月1日から4月30日まで": from the first of April)
_DAYS_MOVE = re.compile(
    r"(?<![月\d])(\d+(?:\.\d+)?)\s?日\s?(から|→)\s?(\d+(?:\.\d+)?)\s?日\s?(?=へ|に|まで)"
)

# --- Korean "올리기" (raise) after a target's particle ("50점까지 올리기", "4%로 올린다"): the verb of
# a rise; with a bare count it posts ("글 세개 올리기", round 14) and is left
_RAISED_TO = re.compile(
    r"([\d%점명개건원])\s?(까지|으로|로)\s?올(?:리기|린다|리다|립니다|리겠다|리겠습니다|려야)"
)

# --- thousands of ten thousands (Korean "1억 2천만": 120,000,000) -------------------------------
_THOUSANDS_OF_MAN = re.compile(r"(\d+)\s?천\s?만")


def cjk_changes(text: str) -> str:
    """Return CJK text with the shapes above written as the later rules read them."""
    if "日" in text and _KANA.search(text):
        text = _DAYS_MOVE.sub(r"\1 days \2 \3 days ", text)
    if "올" in text:
        text = _RAISED_TO.sub(r"\1\2 높이기", text)
    if "천" in text:
        text = _THOUSANDS_OF_MAN.sub(lambda m: f"{int(m[1]) * 1000}만", text)
    text = _points(_factors(_tenths(text)))
    if "増" in text or "減" in text:
        text = _BARE_GROWTH.sub(lambda m: f"{m[1]}{'増加' if m[2] == '増' else '減少'}", text)
    if "カット" in text or "ダウン" in text or "アップ" in text:
        text = _KATAKANA_CHANGE.sub(
            lambda m: f"{m[1]}{'増やす' if m[2] == 'アップ' else '減らす'}", text
        )
    if "Q" in text or "q" in text:
        text = _QUARTER.sub(r" by Q\1 ", text)
    if "분기" in text or "四半期" in text:
        text = _QUARTER_WORDS.sub(lambda m: f" by Q{m[1] or m[2]} ", text)
    if "月" in text and "前" in text:
        text = _MONTH_END.sub(r" by month \1 ", text)
    if "넘지" in text or "超えない" in text:
        text = _NOT_EXCEED.sub(" 以下 ", text)
    if "清零" in text:
        text = _CLEARED.sub(r"\1 0 ", text)
    return text

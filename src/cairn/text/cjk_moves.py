"""CJK moves, growths and zeros (after round 32's first run, issue 15, session 18).

Read by `cairn.text.script_targets.cjk_targets` before the CJK bounds:

- "分" after a number in Japanese text (kana present) is minutes ("12分から15分へ", "12分→15分"),
  as "秒" and "時間" are seconds and hours; Chinese "分" stays points ("从30分提升至45分"), and
  "3分の1" (a third) and a word that begins with 分 ("分析", "分野") are no minutes;
- a per-one qualifier before the measure ("1セッションあたり", "1人当たり", "1日あたり") names
  what the measure is counted per, not a value: its "1" is left out;
- Korean "N% 성장" (growth by N%) is a change, as "N% 증가" is (`korean_growth`);
- "零" before and "ゼロ" after a word for a trouble ("零冲突", "重大障害ゼロ") are the number 0
  (`zero_troubles`).

Every step tests a plain key character before its regex (the parse's speed, SPEC §7).
"""

from __future__ import annotations

import re

_KANA = re.compile(r"[\u3041-\u309f\u30a0-\u30ff]")
_MINUTES = re.compile(r"(\d[\d.,]*)\s?分(?:間)?(?![の析野布配担類散割解岐離子])")
_PER_ONE = re.compile(
    r"(?<![\d.,])1\s?(?=[\u30a0-\u30ff\u4e00-\u9fff]{1,8}\s?(?:あたり|当たり|当り))"
)


def japanese_moves(text: str) -> str:
    """Return Japanese text with its minutes and per-one qualifiers written as the rules read them."""
    if not _KANA.search(text):
        return text
    if "分" in text:
        text = _MINUTES.sub(r"\1 minutes ", text)
    if "あたり" in text or "当たり" in text or "当り" in text:
        text = _PER_ONE.sub("", text)
    return text


# Korean "N% 성장" (growth by N%) is a change, as "N% 증가" is; "성장률 30%" (a growth rate) is not.
_KOREAN_GROWTH = re.compile(r"(\d[\d.,]*\s?%)\s?성장(?![률율])")


def korean_growth(text: str) -> str:
    """Return Korean text with a growth by a percent written as an increase by it."""
    if "성장" in text and "%" in text:
        return _KOREAN_GROWTH.sub(r"\1 증가", text)
    return text


# "零冲突", "零事故", "重大障害ゼロ": none of a trouble, a ceiling of 0, as English "Zero incidents" is
# labelled. Only before (Chinese) or after (Japanese) a word for a trouble: "零售" (retail), "零件"
# (parts), "零基础" (from scratch) and "零结果率" (the zero-result rate, a measure) are no target.
_TROUBLES = (
    "冲突", "衝突", "事故", "缺陷", "故障", "宕机", "當機", "停机", "停機", "投诉", "投訴", "漏洞",
    "错误", "錯誤", "差错", "差錯", "违规", "違規", "逾期", "延期", "中断", "中斷", "泄露", "洩露",
    "障害", "バグ", "欠陥", "クレーム", "インシデント", "違反", "遅延",
)  # fmt: skip
_TROUBLE = "|".join(sorted(_TROUBLES, key=len, reverse=True))
# Thirty-second round: one word of severity or place may stand between ("零P1事故", "零重大事故",
# "零严重漏洞", "零线上故障"), as English "Zero P1 incidents", "Zero critical incidents".
_SEVERITY = (
    r"(?:[Pp][0-4]|SEV-?[0-4]|[Ss]ev-?[0-4]|重大|严重|嚴重|高危|致命|安全|线上|線上|生产|生產)"
)
_ZERO_BEFORE = re.compile(rf"零\s?(?=(?:{_SEVERITY}\s?)?(?:{_TROUBLE})(?![率]))")
TROUBLE = _TROUBLE  # the trouble words, also read by `cjk_changes` ("故障清零")
_ZERO_AFTER = re.compile(rf"((?:{_TROUBLE}))\s?ゼロ")


def zero_troubles(text: str) -> str:
    """Return "零冲突" / "障害ゼロ" with the zero as the number 0 ("0 冲突", "障害 0")."""
    if "零" in text:
        text = _ZERO_BEFORE.sub("0 ", text)
    if "ゼロ" in text:
        text = _ZERO_AFTER.sub(r"\1 0 ", text)
    return text

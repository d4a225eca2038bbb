"""A wish for more with no number, in Chinese, Japanese or Korean (twenty-sixth round).

Personal OKRs write "do more of it" as a wish: "多运动，多锻炼。", "多看书多学习多实践", "多看看大佬的
博客" ("多" + a verb of doing: do more of it), "もっと本を読む", "더 많이 운동하기"; a raise or savings
that reach what was expected ("涨薪。", "加薪", "存款到达预期"). Each raises what it names, as
"Improve marketing" does (increase, no value). The raise and the savings are rewritten with the
verb "increase" (`languages_cjk.verb_without_number`); "do more of it" gives the direction only
(`directions`), so the coach still reads it as the writer's own doing. Only "多" first in the sentence and before a verb
of doing: "多语言支持", "多元化发展", "多模块合并部署" (many languages, diverse, several modules)
name things, and a later clause ("…，多贡献好玩的项目，写…", round 26: a list of work) stays as
it is. "预期" only as what a measure reaches, ending the sentence ("项目按预期上线" stays none).
"""

from __future__ import annotations

import re

# Verbs of doing after "多" (do more of): exercise, travel, read, learn, practise, write, share …
_DOING = (
    "运动|運動|锻炼|鍛煉|旅游|旅遊|旅行|走动|走動|走走|出去|看看|看|读|讀|学习|學習|学|學|实践|實踐"
    "|练习|練習|练|練|写|寫|思考|交流|沟通|溝通|分享|陪|听|聽|参加|參加|尝试|嘗試|跑步|喝水|休息"
    "|总结|總結|反思|输出|輸出|记录|記錄"
)
_MORE_DOING = re.compile(rf"^[\s*]*多(?:{_DOING})")
_MORE_ELSEWHERE = re.compile(r"^[\s*]*(?:もっと|더\s?많이|더\s?자주)")
_RAISE = re.compile(r"^[\s*]*(?:涨薪|漲薪|加薪|升职加薪|升職加薪)[\s.!！。]*$")
_AS_EXPECTED = re.compile(
    r"^[\s*]*([^，,；;。]{1,20}?)(?:到达|到達|达到|達到|达成|達成)(?:预期|預期)(?:水平|目标|目標)?"
    r"[\s.!！。]*$"
)


def more_of_doing(text: str) -> bool:
    """Return True for "do more of it" with no number ("多运动，多锻炼。", "もっと本を読む").

    Read by `directions` only (increase), never as a verb in the rewritten text: the coach reads
    the rewritten text's verb, and "do more exercise" is the writer's own doing (an activity
    there), not a metric moved.
    """
    if _MORE_DOING.match(text) is None and _MORE_ELSEWHERE.match(text) is None:
        return False
    return not any(ch.isdigit() for ch in text)


def more_wish(text: str) -> str | None:
    """Return "increase …" for a raise or savings that reach the expected (no number), else
    None: a measure named, which the verb "increase" rewrites for every reader."""
    if _RAISE.match(text):
        return f"increase {text.strip()}"
    if expected := _AS_EXPECTED.match(text):
        return f"increase {expected.group(1)}"  # "存款到达预期": savings rise to the expected
    return None

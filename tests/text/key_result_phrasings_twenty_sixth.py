"""Twenty-sixth-round families of composed key results (issue 15), labels by construction.

Not shipped: a test-side generator, as tests/text/key_result_phrasings.py. The families are the
five-field misses of round 28's first run; labels follow the conventions of docs/plaintext.md,
never what the parser answers:

- a wish for more with no number: Chinese "多" + a verb of doing ("多运动，多锻炼。", "多看看大佬的
  博客"), a verb of raising after an adverb of going on ("继续提升前端开发的技术", "进一步提高自己的执行
  力"), a raise ("涨薪。"), savings that reach the expected ("存款到达预期"), Japanese "もっと…",
  Korean "더 많이 …": increase, no value;
- a floor or ceiling spelt with hyphens ("implement at-least 20 integration tests", "at-most 5
  incidents", "no-less-than 90% uptime", "not-more-than 3 outages"): as with spaces; "no fewer
  than N" (hyphened or not) is a floor, as "no less than";
- an English noun of change, no article, before "in"/"of", no number ("Reduction in
  Cyber-incidents", "Growth of the user base"): the direction of its verb, no value.

Each family carries near misses that must keep their reading, in `near_misses()`.
"""

from __future__ import annotations

from itertools import product

from tests.text.key_result_phrasings import ABOVE, BELOW, DECREASE, INCREASE, Phrasing

# ---------------------------------------------------------------------------------------------
# 1. A wish for more with no number: increase, no value.

MORE_DOING = (
    "运动",
    "锻炼",
    "旅游",
    "走动",
    "看书",
    "读书",
    "学习",
    "实践",
    "看看大佬的博客",
    "练习口语",
)
GOING_ON = ("继续", "进一步", "不断")
RAISING = ("提升前端开发的技术", "提高自己的执行力，不拖延", "增强团队协作能力")
WISHES = (
    ("涨薪。", "zh"),
    ("加薪", "zh"),
    ("存款到达预期", "zh"),
    ("收入达到预期水平", "zh"),
    ("多運動，多鍛煉。", "zh-Hant"),
    ("繼續提升前端開發的技術", "zh-Hant"),
    ("もっと本を読む", "ja"),
    ("もっと運動する", "ja"),
    ("더 많이 운동하기", "ko"),
    ("더 많이 책 읽기", "ko"),
)


def more_wishes() -> list[Phrasing]:
    """Return "多运动，多锻炼。", "继续提升…", "涨薪。": increase, no value."""
    doing = [f"多{a}，多{b}。" for a, b in zip(MORE_DOING, MORE_DOING[1:], strict=False)]
    doing += [f"多{a}多{b}" for a, b in zip(MORE_DOING[::2], MORE_DOING[1::2], strict=True)]
    going = [f"{adverb}{rest}" for adverb, rest in product(GOING_ON, RAISING)]
    texts = [(t, "zh") for t in doing + going] + list(WISHES)
    return [Phrasing(t, lang, "wish for more", INCREASE) for t, lang in texts]


# ---------------------------------------------------------------------------------------------
# 2. A bound spelt with hyphens: as with spaces.

HYPHENED = (
    ("implement at-least {n} integration tests", ABOVE, "tests"),
    ("Solve at-least {n}% of open issues", ABOVE, "%"),
    ("Keep At-Least {n} active mentors", ABOVE, "mentors"),
    ("Maintain no-less-than {n}% uptime", ABOVE, "%"),
    ("Ship at-most {n} hotfixes", BELOW, "hotfixes"),
    ("Have not-more-than {n} open incidents", BELOW, "incidents"),
    ("Allow no-more-than {n} outages", BELOW, "outages"),
    ("Keep no-fewer-than {n} mentors", ABOVE, "mentors"),
    ("Recruit no fewer than {n} mentors", ABOVE, "mentors"),
)


def hyphened_bounds() -> list[Phrasing]:
    """Return "implement at-least 20 integration tests": a floor (stay above) at N."""
    return [
        Phrasing(shape.format(n=n), "en", "hyphened bound", way, None, n, None, unit)
        for (shape, way, unit), n in product(HYPHENED, (5, 20))
    ]


# ---------------------------------------------------------------------------------------------
# 3. An English noun of change, no article, no number: its verb's direction.

NOUNS = (
    ("Reduction in", DECREASE),
    ("Reductions in", DECREASE),
    ("Decrease in", DECREASE),
    ("Decline in", DECREASE),
    ("Growth of", INCREASE),
    ("Growth in", INCREASE),
    ("Improvement in", INCREASE),
    ("Improvements in", INCREASE),
    ("Increase in", INCREASE),
)
LOWER = ("Cyber-incidents", "customer churn", "support tickets")
HIGHER = ("customer retention", "the user base", "code quality")


def change_nouns() -> list[Phrasing]:
    """Return "Reduction in Cyber-incidents", "Growth of the user base": the verb's direction."""
    return [
        Phrasing(f"{noun} {what}", "en", "noun of change", way)
        for (noun, way) in NOUNS
        for what in (LOWER if way == DECREASE else HIGHER)
    ]


def twenty_sixth_round_phrasings() -> list[Phrasing]:
    return more_wishes() + hyphened_bounds() + change_nouns()


# ---------------------------------------------------------------------------------------------
# Near misses: similar shapes that keep their reading.


def near_misses() -> list[Phrasing]:
    none = (
        # round 17: building work, no measure raised; 坚持 (keep at it) and 继续 + a work verb
        ("加强整体数据基础设施建设，尤其是外部和第三方数据系统", "zh"),
        ("加强品牌建设", "zh"),
        ("优化获客渠道ROI", "zh"),
        ("坚持锻炼", "zh"),
        ("继续补充计算机基础知识及服务端知识", "zh"),
        ("继续追美剧《This is us》", "zh"),
        ("持续学习，不被新技术的更新淹没。", "zh"),
        # "多" before a noun: many languages, diverse, several modules
        ("多语言支持", "zh"),
        ("多元化发展", "zh"),
        ("多模块合并部署", "zh"),
        ("学习 Rust, 自己项目保持更新，多贡献好玩的项目，写日语命令行的新项目", "zh"),
        ("项目按预期上线", "zh"),
        # a noun of change naming a thing
        ("Reduction plan approved", "en"),
        ("Growth team hired", "en"),
        ("Improvement backlog groomed", "en"),
    )
    misses = [Phrasing(t, lang, "near miss", None) for t, lang in none]
    misses += [
        Phrasing(
            "Support at-least-once delivery for 5 queues",
            "en",
            "near miss",
            INCREASE,
            None,
            5,
            None,
            "queues",
        ),
        Phrasing(
            "Reduction in churn by 5%",
            "en",
            "near miss",
            DECREASE,
            None,
            None,
            {"amount": 5, "relative": True},
        ),
        Phrasing(
            "Implement at least 20 integration tests",
            "en",
            "near miss",
            ABOVE,
            None,
            20,
            None,
            "tests",
        ),
    ]
    return misses

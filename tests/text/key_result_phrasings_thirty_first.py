"""Families of composed key results of the thirty-first round (issue 15, session 19): the parser
in Korean, Japanese and Chinese; labels by construction (docs/plaintext.md, "The thirty-first
round"), never what the parser answers:

- percentage points ("3%p", "5포인트" and "5ポイント" / "5pt" of a rate, "3个百分点"): an
  absolute change in "%";
- a factor before a verb of growth ("2배로 늘리기", "3倍に増やす", "增长到3倍"): +100·(N−1) %;
  a half ("半分にする", "절반으로 줄이기"): −50 %; "翻一番": +100 %;
- tenths ("3割削減", "降低两成"): a relative change of 30 %, 20 %;
- a quarter or a month as a deadline ("Q2까지", "Q2までに", "Q2前", "6月底前"): no target;
- not to exceed ("500만 원을 넘지 않도록", "50万円を超えないように"): a ceiling;
- cleared to zero ("故障清零"): a ceiling of 0;
- the Korean obligation, intent and future of a verbal noun, the Japanese polite and wish forms
  ("40% 줄여야 합니다", "20% 늘리고자 합니다", "단축하겠습니다", "30%減らします", "10%減らしたい");
- Korean thousands of ten thousands ("1억 2천만 원"), Japanese days from one to another ("10日から
  5日へ短縮"), "점" between a number and its particle, "올리기" after a target's particle
  ("30점에서 50점까지 올리기"), Thai "เหลือ" (down to).

Each family carries near misses that must keep their reading, in `near_misses()`.
`python -m tests.text.key_result_phrasings_thirty_first` prints the figure.
"""

from __future__ import annotations

from tests.text.key_result_phrasings import BELOW, DECREASE, INCREASE, Phrasing

REL = True


def _change(n: float, relative: bool = REL) -> dict:
    return {"amount": n, "relative": relative}


# ---------------------------------------------------------------------------------------------
# 1. Percentage points: an absolute change in "%".

_RATES = {
    "ko": (("전환율", INCREASE), ("재구매율", INCREASE), ("이탈률", DECREASE)),
    "ja": (("コンバージョン率", INCREASE), ("継続率", INCREASE), ("解約率", DECREASE)),
    "zh": (("转化率", INCREASE), ("留存率", INCREASE), ("流失率", DECREASE)),
    "zh-Hant": (("轉換率", INCREASE), ("留存率", INCREASE), ("流失率", DECREASE)),
}
_POINT_TEMPLATES = {
    "ko": (
        ("{m} {n}%p {up}", "{m} {n}%p {down}"),
        ("{m}을 {n}%p 높인다", "{m}을 {n}%p 낮춘다"),
        ("{m} {n}포인트 상승", "{m} {n}포인트 하락"),
        ("{m} {n}퍼센트포인트 {up}", "{m} {n}퍼센트포인트 {down}"),
    ),
    "ja": (
        ("{m}を{n}ポイント改善", "{m}を{n}ポイント下げる"),
        ("{m}を{n}pt向上させる", "{m}を{n}pt削減する"),
        ("{m}を{n}ポイント引き上げる", "{m}を{n}ポイント減らす"),
    ),
    "zh": (
        ("{m}提升{n}个百分点", "{m}下降{n}个百分点"),
        ("{m}环比提高{n}个百分点", "{m}同比降低{n}个百分点"),
    ),
    "zh-Hant": (("{m}提升{n}個百分點", "{m}降低{n}個百分點"),),
}


def percentage_points() -> list[Phrasing]:
    """Return "전환율 3%p 개선": up by 3 points of %."""
    out = []
    for lang, templates in _POINT_TEMPLATES.items():
        for (metric, way), (up, down), n in zip(
            _RATES[lang] * 4, templates * 3, (3, 1.5, 5, 2, 0.5, 4, 2.5), strict=False
        ):
            template = up if way == INCREASE else down
            text = template.format(m=metric, n=n, up="개선", down="감소")
            out.append(Phrasing(text, lang, "points", way, None, None, _change(n, False), "%"))
    return out


# ---------------------------------------------------------------------------------------------
# 2. A factor before a verb of growth; a half; "翻一番".

_FACTORS = {
    "ko": ("매출을 {n}배로 늘리기", "월간 활성 사용자 {n}배 증가", "신규 가입자 {n}배 달성",
           "유료 고객 수를 {n}배로 늘리겠습니다"),
    "ja": ("売上を{n}倍にする", "リード数を{n}倍に増やす", "有料会員数を{n}倍に伸ばす",
           "問い合わせ数を{n}倍に増加させる"),
    "zh": ("线索数量增长到{n}倍", "营收提升至{n}倍", "付费用户数增加到{n}倍"),
    "zh-Hant": ("營收提升至{n}倍", "付費用戶數增長到{n}倍"),
}  # fmt: skip
_HALVES = (
    ("障害対応時間を半分にする", "ja"),
    ("問い合わせ件数を半分に減らす", "ja"),
    ("처리 시간을 절반으로 줄이기", "ko"),
    ("대기 시간을 절반으로 단축", "ko"),
    ("서버 비용을 절반으로 줄이겠습니다", "ko"),
)
_DOUBLINGS = (("付费用户数翻一番", "zh"), ("营收翻一番", "zh"), ("營收翻一番", "zh-Hant"))


def factors() -> list[Phrasing]:
    """Return "매출을 2배로 늘리기": up by 100 %; "半分にする": down by 50 %."""
    out = [
        Phrasing(t.format(n=n), lang, "factor", INCREASE, None, None, _change((n - 1) * 100))
        for lang, templates in _FACTORS.items()
        for t in templates
        for n in (2, 3)
    ]
    out += [Phrasing(t, lang, "half", DECREASE, None, None, _change(50)) for t, lang in _HALVES]
    out += [
        Phrasing(t, lang, "factor", INCREASE, None, None, _change(100)) for t, lang in _DOUBLINGS
    ]
    return out


# ---------------------------------------------------------------------------------------------
# 3. Tenths: "3割削減", "降低两成".

_WARI = (
    ("解約率を{n}割削減する", DECREASE), ("問い合わせ件数を{n}割減らす", DECREASE),
    ("売上を{n}割増やす", INCREASE), ("売上{n}割増", INCREASE), ("処理時間を{n}割短縮", DECREASE),
)  # fmt: skip
_CHENG = (
    ("获客成本降低{n}成", DECREASE, "zh"), ("营收增长{n}成", INCREASE, "zh"),
    ("退货率减少{n}成", DECREASE, "zh"), ("營收增長{n}成", INCREASE, "zh-Hant"),
    ("獲客成本降低{n}成", DECREASE, "zh-Hant"),
)  # fmt: skip
_CHINESE_DIGITS = {2: "两", 3: "三", 5: "五"}


def tenths() -> list[Phrasing]:
    """Return "解約率を3割削減する": down by 30 %."""
    out = [
        Phrasing(t.format(n=n), "ja", "tenths", way, None, None, _change(n * 10))
        for t, way in _WARI
        for n in (2, 3)
    ]
    out += [
        Phrasing(t.format(n=_CHINESE_DIGITS[n]), lang, "tenths", way, None, None, _change(n * 10))
        for t, way, lang in _CHENG
        for n in (2, 3, 5)
    ]
    return out


# ---------------------------------------------------------------------------------------------
# 4. A quarter or a month as a deadline: the target follows.

_DEADLINES = (
    ("Q{q}까지 이탈률을 {n}%로 낮추기", "ko"), ("Q{q}까지 오류율을 {n}%로 줄인다", "ko"),
    ("Q{q}までに解約率を{n}%に下げる", "ja"), ("Q{q}までにエラー率を{n}%に削減", "ja"),
    ("Q{q}前将流失率降至{n}%", "zh"), ("{q}月底前将错误率降低到{n}%", "zh"),
    ("{q}月前将流失率降至{n}%", "zh"), ("Q{q}前將流失率降至{n}%", "zh-Hant"),
)  # fmt: skip


def deadlines() -> list[Phrasing]:
    """Return "Q2까지 이탈률을 3%로 낮추기": down to 3 %, Q2 is no target."""
    return [
        Phrasing(t.format(q=q, n=n), lang, "deadline", DECREASE, None, n, None, "%")
        for t, lang in _DEADLINES
        for q, n in ((2, 3), (4, 1.5))
    ]


# ---------------------------------------------------------------------------------------------
# 5. Not to exceed; cleared to zero.

_NOT_EXCEED = (
    ("클라우드 비용이 월 {n}만 원을 넘지 않도록 관리", "ko", 10_000, "원"),
    ("광고비가 {n}만 원을 넘지 않게 유지", "ko", 10_000, "원"),
    ("クラウド費用が月{n}万円を超えないように管理する", "ja", 10_000, "円"),
    ("広告費を{n}万円を超えないよう抑える", "ja", 10_000, "円"),
)
_TROUBLES = ("线上故障", "安全漏洞", "严重事故", "客户投诉", "线上bug")


def ceilings() -> list[Phrasing]:
    """Return "… 500만 원을 넘지 않도록": stay below 5,000,000 원; "故障清零": stay below 0."""
    out = [
        Phrasing(t.format(n=n), lang, "not to exceed", BELOW, None, n * scale, None, unit)
        for t, lang, scale, unit in _NOT_EXCEED
        for n in (300, 500)
    ]
    out += [Phrasing(f"{t}清零", "zh", "cleared to zero", BELOW, None, 0) for t in _TROUBLES]
    out += [Phrasing("安全漏洞清零", "zh-Hant", "cleared to zero", BELOW, None, 0)]
    return out


# ---------------------------------------------------------------------------------------------
# 6. Verb forms: obligation, intent, future, polite, wish.

_FORMS = (
    ("로딩 시간을 {n}% 줄여야 합니다", "ko", DECREASE), ("매출을 {n}% 늘려야 한다", "ko", INCREASE),
    ("이탈률을 {n}% 낮춰야 함", "ko", DECREASE), ("전환율을 {n}% 높여야 합니다", "ko", INCREASE),
    ("매출을 {n}% 늘리고자 합니다", "ko", INCREASE), ("비용을 {n}% 줄이고자 한다", "ko", DECREASE),
    ("問い合わせ件数を{n}%減らします", "ja", DECREASE), ("広告費を{n}%減らしたい", "ja", DECREASE),
    ("売上を{n}%増やしたい", "ja", INCREASE), ("継続率を{n}%高めます", "ja", INCREASE),
    ("解約率を{n}%下げたい", "ja", DECREASE), ("客単価を{n}%引き上げます", "ja", INCREASE),
)  # fmt: skip
_NOUN_FORMS = (
    ("배포 시간 단축하겠습니다", DECREASE), ("고객 만족도 향상하겠다", INCREASE),
    ("서버 비용 절감해야 합니다", DECREASE), ("응답 속도 개선하고자 합니다", INCREASE),
    ("이탈률 감소시키겠습니다", DECREASE),
)  # fmt: skip


def verb_forms() -> list[Phrasing]:
    """Return "로딩 시간을 40% 줄여야 합니다": down by 40 %."""
    out = [
        Phrasing(t.format(n=n), lang, "verb form", way, None, None, _change(n))
        for t, lang, way in _FORMS
        for n in (10, 25)
    ]
    out += [Phrasing(t, "ko", "verb form", way) for t, way in _NOUN_FORMS]
    return out


# ---------------------------------------------------------------------------------------------
# 7. Numbers and moves: "1억 2천만 원", "10日から5日へ", "30점에서 50점까지 올리기", "เหลือ".


def numbers_and_moves() -> list[Phrasing]:
    """Return "연 매출 1억 2천만 원 달성": 120,000,000 원, and the moves."""
    out = [
        Phrasing(f"연 매출 {a}억 {b}천만 원 달성", "ko", "scale", INCREASE, None,
                 a * 100_000_000 + b * 10_000_000, None, "원")
        for a, b in ((1, 2), (3, 5))
    ]  # fmt: skip
    out += [
        Phrasing("월 매출 5천만 원 달성", "ko", "scale", INCREASE, None, 50_000_000, None, "원")
    ]
    for a, b in ((10, 5), (14, 7)):
        out += [
            Phrasing(f"リードタイムを{a}日から{b}日へ短縮します", "ja", "days", DECREASE, a, b,
                     None, "days"),
            Phrasing(f"納期を{a}日から{b}日に短縮する", "ja", "days", DECREASE, a, b, None, "days"),
        ]  # fmt: skip
    for a, b in ((30, 50), (45, 60)):
        out += [
            Phrasing(f"NPS를 {a}점에서 {b}점까지 올리기", "ko", "points counter", INCREASE, a, b),
            Phrasing(
                f"만족도를 {a}점에서 {b}점으로 올린다", "ko", "points counter", INCREASE, a, b
            ),
            Phrasing(f"NPSを{a}点から{b}点に引き上げる", "ja", "points counter", INCREASE, a, b),
        ]
    for a, b in ((8, 5), (12, 6)):
        out.append(
            Phrasing(f"ลดอัตราการยกเลิกจาก {a}% เหลือ {b}%", "th", "thai", DECREASE, a, b, None, "%")
        )
    return out


# ---------------------------------------------------------------------------------------------
# 8. The survey's second batch: Japanese "20%カット / ダウン / アップ", an arrow between scaled
# numbers ("10万→20万に").

_KATAKANA = (
    ("コストを{n}%カット", DECREASE), ("解約率を{n}%ダウン", DECREASE), ("CVRを{n}%アップ", INCREASE),
    ("広告費{n}%カット", DECREASE), ("売上{n}%アップ", INCREASE), ("離脱率を{n}%ダウンさせる", DECREASE),
)  # fmt: skip


def second_batch() -> list[Phrasing]:
    """Return "コストを20%カット": down by 20 %; "MAUを10万→20万に": from 100,000 to 200,000."""
    out = [
        Phrasing(t.format(n=n), "ja", "katakana change", way, None, None, _change(n))
        for t, way in _KATAKANA
        for n in (10, 20)
    ]
    for a, b in ((10, 20), (3, 5)):
        out += [
            Phrasing(f"MAUを{a}万→{b}万に", "ja", "scaled arrow", INCREASE, a * 10**4, b * 10**4),
            Phrasing(f"会員数を{a}万→{b}万へ増やす", "ja", "scaled arrow", INCREASE, a * 10**4,
                     b * 10**4),
        ]  # fmt: skip
    return out


# ---------------------------------------------------------------------------------------------
# 9. The survey's third batch: a quarter in words ("1분기 내", "第1四半期中に") as a timeframe;
# Chinese "增长一倍" (double) and "下降一半" (halve).

_QUARTER_WORDS = (
    ("{q}분기 내 신규 고객 {n}명 확보", "ko"), ("{q}분기 안에 유료 회원 {n}명 달성", "ko"),
    ("{q}분기까지 파트너사 {n}개 확보", "ko"),
    ("第{q}四半期中に新規顧客を{n}社獲得", "ja"), ("第{q}四半期までに導入企業{n}社を達成", "ja"),
)  # fmt: skip
_ONE_TIME = (
    ("活跃用户数增长一倍", "zh", INCREASE, 100), ("GMV提升一倍", "zh", INCREASE, 100),
    ("營收增長一倍", "zh-Hant", INCREASE, 100), ("服务器成本下降一半", "zh", DECREASE, 50),
    ("平均处理时长缩短一半", "zh", DECREASE, 50), ("客訴數量減少一半", "zh-Hant", DECREASE, 50),
)  # fmt: skip


def third_batch() -> list[Phrasing]:
    """Return "1분기 내 신규 고객 100명 확보": 100, no timeframe read; "增长一倍": up by 100 %."""
    out = [
        Phrasing(t.format(q=q, n=n), lang, "quarter in words", INCREASE, None, n)
        for t, lang in _QUARTER_WORDS
        for q, n in ((1, 100), (3, 250))
    ]
    out += [
        Phrasing(t, lang, "one time, one half", way, None, None, _change(n))
        for t, lang, way, n in _ONE_TIME
    ]
    return out


def thirty_first_round_phrasings() -> list[Phrasing]:
    return (
        percentage_points()
        + factors()
        + tenths()
        + deadlines()
        + ceilings()
        + verb_forms()
        + numbers_and_moves()
        + second_batch()
        + third_batch()
    )


# ---------------------------------------------------------------------------------------------
# Near misses: similar shapes that keep their reading.


def near_misses() -> list[Phrasing]:
    nm = "near miss"
    return [
        # "올리기" with a bare count posts (round 14)
        Phrasing("글 세개 올리기", "ko", nm, INCREASE, None, 3),
        Phrasing("블로그 글 10개 올리기", "ko", nm, INCREASE, None, 10),
        # a percent, not points; a growth rate
        Phrasing("재구매율 5% 상승", "ko", nm, INCREASE, None, None, _change(5)),
        Phrasing("转化率提升3%", "zh", nm, INCREASE, None, None, _change(3)),
        # 割 and 成 inside words: 割引, 割合, 成本, 完成, 成功
        Phrasing("割引率を10%に引き上げる", "ja", nm, INCREASE, None, 10, None, "%"),
        Phrasing("割合を30%に高める", "ja", nm, INCREASE, None, 30, None, "%"),
        Phrasing("売上を20%増加させる", "ja", nm, INCREASE, None, None, _change(20)),
        Phrasing("生产成本降低20%", "zh", nm, DECREASE, None, None, _change(20)),
        Phrasing("生產成本降低20%", "zh-Hant", nm, DECREASE, None, None, _change(20)),
        Phrasing("完成30次用户访谈", "zh", nm, INCREASE, None, 30),
        Phrasing("成功率提升至95%", "zh", nm, INCREASE, None, 95, None, "%"),
        Phrasing("零售额增长20%", "zh", nm, INCREASE, None, None, _change(20)),
        # points outside CJK text stay as they were
        Phrasing(
            "Improve activation by 5 pts",
            "en",
            nm,
            INCREASE,
            None,
            None,
            _change(5, False),
            "points",
        ),  # fmt: skip
        Phrasing("Tăng doanh thu 20%", "vi", nm, INCREASE, None, None, _change(20)),
        # katakana words that begin with ダウン / アップ
        Phrasing("ダウンタイムを50%削減", "ja", nm, DECREASE, None, None, _change(50)),
        # a minute before "내" stays a minute (분, not 분기)
        Phrasing("응답 시간 1분 이내", "ko", nm, BELOW, None, 1, None, "minutes"),
    ]


if __name__ == "__main__":
    from tests.text.test_key_result_phrasings import print_figures

    groups = {
        "points": percentage_points(),
        "factors": factors(),
        "tenths": tenths(),
        "deadlines": deadlines(),
        "ceilings": ceilings(),
        "verb forms": verb_forms(),
        "numbers and moves": numbers_and_moves(),
        "second batch": second_batch(),
        "third batch": third_batch(),
    }
    print_figures({**groups, "near misses": near_misses()})

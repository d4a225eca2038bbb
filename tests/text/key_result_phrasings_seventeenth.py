"""Seventeenth-round families of composed key results (issue 15), labels by construction.

Not shipped: a test-side generator, as tests/text/key_result_phrasings.py. Each family is a
cause of round-15 misses or of older sets' remaining misses (docs/plaintext.md, "Seventeenth
round … (parser)"); its labels follow from the conventions of docs/plaintext.md and the labelled
sets, never from what the parser answers:

- a status note after a Korean, Japanese or Chinese key result, "— 현재: 26개 / 목표: 50개"
  ("current / target"): the current value is the start (a change from it, so a bound in the
  sentence becomes a move: 26 → 50 is an increase); a current state in words ("현재: 측정 전",
  not measured yet) is no start (round-15 rows);
- Korean "N초 이내" / "N분 이내" (within N seconds/minutes) after a measure: a ceiling, also
  before "로 단축" (shorten to within N); the Japanese and Chinese "以内" read so already;
- a score out of a maximum with a floor, "4.5/5.0 이상", "4.5/5 or higher": stay above the
  score (as "CSAT > 4.5/5" in the dev set), no unit;
- Korean "N% <adverb>적 증가/감소" ("200% 폭발적 증가", explosive growth): a relative change, as
  "200% 증가";
- a baseline inside a comparison clause ("— tương đương gấp đôi baseline ~15%", equivalent to
  twice the baseline): says what the target is worth, it is not the start;
- a Korean amount in 만원 ("600만원"): the unit is "원" as written (round-15 label; currencies are
  written as the sentence writes them, as "VNĐ" and "Rp");
- a counted acronym after the number ("1,000 MAU", "100,000 PV"): the acronym is the unit (round
  12 and 15 labels); a score ("9 NPS") is not;
- German "N <Zeiteinheit/Nomen> weniger/mehr" (the third label decision): a change by N that
  keeps its unit, time units in English ("4 Wochen weniger": 4 weeks less);
- "<metric> +€10" (the third label decision): a change by an amount of money, its currency the
  unit; "-$5" a decrease;
- a Vietnamese noun of two syllables whose second has no diacritic ("500 phụ huynh", parents):
  the whole noun;
- a Chinese adverb of manner between "从 A" and its verb ("从 4.0 稳步提升至 4.5", steadily raise,
  round 12): from A to B, as without it;
- an aim before the key result's verb ("Strive to reduce ten percent of open-source software
  mistakes", round 12; "Aim to cut 10% of costs"): read as the verb alone, "reduce N% of X"
  being a change of N% (as "Reduce 20% of cloud costs").
"""

from __future__ import annotations

from itertools import product

from tests.text.key_result_phrasings import ABOVE, BELOW, DECREASE, INCREASE, Phrasing

# ---------------------------------------------------------------------------------------------
# 1. "— current: A / target: B" after a CJK key result.

CURRENT_TARGET = (
    ("디자인 템플릿 카탈로그 {b}개 이상 확보 — 현재: {a}개 / 목표: {b}개", "ko", None),
    ("관리자 대시보드 핵심 기능 완성도 {b}% — 현재: {a}% / 목표: {b}%", "ko", "%"),
    ("신규 가입자 {b}명 달성 — 현재: {a}명 / 목표: {b}명", "ko", None),
    ("テンプレート数を{b}件にする — 現在: {a}件 / 目標: {b}件", "ja", None),
    ("自動化率{b}% — 現在: {a}% / 目標: {b}%", "ja", "%"),
    ("模板库达到{b}个 — 当前：{a}个 / 目标：{b}个", "zh", None),
    ("测试覆盖率{b}% — 当前: {a}% / 目标: {b}%", "zh", "%"),
)


def current_target_variants() -> list[Phrasing]:
    """Return "<key result> — 현재: A / 목표: B": start A, target B."""
    out = []
    for (shape, language, unit), (a, b) in product(CURRENT_TARGET, ((26, 50), (80, 100))):
        text = shape.format(a=a, b=b)
        out.append(Phrasing(text, language, "current_target", INCREASE, a, b, None, unit))
    return out


NOT_MEASURED = (
    ("견적 전환율 {b}% 이상 달성 — 현재: 측정 전 / 목표: {b}%", "ko", ABOVE, "%"),
    ("NCP Docker 배포 안정성 {b}% — 현재: 배포 완료 / 목표: {b}%", "ko", INCREASE, "%"),
    ("페이지 로딩 속도 평균 2초 이내 — 현재: 측정 전 / 목표: 2초", "ko", BELOW, "seconds"),
)


def not_measured_variants() -> list[Phrasing]:
    """Return a status note whose current state is words: no start."""
    out = []
    for (shape, language, direction, unit), b in product(NOT_MEASURED, (30, 90)):
        text = shape.format(b=b)
        target = 2 if "2초" in shape else b
        out.append(Phrasing(text, language, "not_measured", direction, None, target, None, unit))
    return out


# ---------------------------------------------------------------------------------------------
# 2. Korean "N초 이내": a ceiling.

WITHIN = (
    ("페이지 로딩 속도 평균 {n}초 이내", "ko", "seconds"),
    ("홈 페이지 LCP(Largest Contentful Paint)를 **{n}초 이내** 달성", "ko", "seconds"),
    ("홈 페이지 LCP **{n}초 이내** (Q1 이월)", "ko", "seconds"),
    ("전체 응답 속도(Latency)를 Redis 캐싱을 통해 **평균 {n}초 이내로 단축**한다.", "ko", "seconds"),
    ("평균 응답 시간 {n}분 이내", "ko", "minutes"),
    ("API 응답 시간 {n}ms 이내", "ko", "ms"),
    ("ページの表示速度を{n}秒以内にする", "ja", "seconds"),
    ("页面加载时间{n}秒以内", "zh", "seconds"),
)  # fmt: skip


def within_variants() -> list[Phrasing]:
    """Return "<measure> N초 이내": stay below N."""
    out = []
    for (shape, language, unit), n in product(WITHIN, (2.5, 3)):
        n = 200 if unit == "ms" else n
        text = shape.format(n=n)
        out.append(Phrasing(text, language, "within", BELOW, None, n, None, unit))
    return out


# ---------------------------------------------------------------------------------------------
# 3. A score out of a maximum, with a floor.

SCORE_FLOOR = (
    ("모바일 사용자 만족도 {s}/5.0 이상", "ko"),
    ("고객 만족도 {s}/5 이상 유지", "ko"),
    ("顧客満足度{s}/5.0以上", "ja"),
    ("用户满意度{s}/5以上", "zh"),
    ("CSAT {s}/5 or higher", "en"),
    ("Average course rating of {s}/5 or more", "en"),
)


def score_floor_variants() -> list[Phrasing]:
    """Return "<score> S/M 이상": stay above S, no unit."""
    out = []
    for (shape, language), s in product(SCORE_FLOOR, (4.5, 4)):
        out.append(Phrasing(shape.format(s=s), language, "score_floor", ABOVE, None, s))
    return out


# ---------------------------------------------------------------------------------------------
# 4. Korean "N% <adverb>적 증가": a relative change.

KO_ADVERB_CHANGE = (
    ("사용자 참여도 {n}% 폭발적 증가", INCREASE),
    ("월간 매출 {n}% 지속적 증가", INCREASE),
    ("재구매율 {n}% 획기적 향상", INCREASE),
    ("이탈률 {n}% 대폭 감소", DECREASE),
    ("운영 비용 {n}% 획기적 감소", DECREASE),
)


def korean_adverb_change_variants() -> list[Phrasing]:
    """Return "M N% 폭발적 증가": a relative change of N."""
    out = []
    for (shape, direction), n in product(KO_ADVERB_CHANGE, (200, 30)):
        change = {"amount": n, "relative": True}
        out.append(
            Phrasing(shape.format(n=n), "ko", "ko_adverb_change", direction, None, None, change)
        )
    return out


# ---------------------------------------------------------------------------------------------
# 5. A baseline inside a comparison clause.

COMPARISON = (
    ("**≥ {t}%** users nhận được ít nhất 1 interview callback — tương đương gấp đôi baseline ~{b}% khi tự dùng ChatGPT.", "vi"),
    ("≥ {t}% người dùng quay lại trong tuần đầu — tương đương gấp đôi baseline {b}%", "vi"),
    ("≥ {t}% of users get an interview callback — equivalent to double the baseline of ~{b}%", "en"),
    ("At least {t}% of trial users convert, equivalent to twice the {b}% baseline", "en"),
    ("≥ {t}% dos usuários voltam na primeira semana — equivalente ao dobro do baseline de {b}%", "pt"),
)  # fmt: skip


def comparison_variants() -> list[Phrasing]:
    """Return a floor, then a baseline it is compared with: stay above, no start."""
    out = []
    for (shape, language), (b, t) in product(COMPARISON, ((15, 30), (20, 40))):
        text = shape.format(b=b, t=t)
        out.append(Phrasing(text, language, "comparison", ABOVE, None, t, None, "%"))
    return out


# ---------------------------------------------------------------------------------------------
# 6. Korean amounts in 만원.

KRW = (
    ("고객 생애 가치(LTV) {n}만원 이상 달성", ABOVE),
    ("월 평균 매출 {n}만원 이상", ABOVE),
    ("객단가 {n}만원 달성", INCREASE),
    ("월 매출 {n}만 원 달성", INCREASE),
)


def won_variants() -> list[Phrasing]:
    """Return "N만원": the amount N × 10,000, the unit 원 as written."""
    out = []
    for (shape, direction), n in product(KRW, (600, 5)):
        text = shape.format(n=n)
        out.append(Phrasing(text, "ko", "won", direction, None, n * 10_000, None, "원"))
    return out


# ---------------------------------------------------------------------------------------------
# 7. A counted acronym after the number.

ACRONYMS = (
    ("Reach **{w} MAU** with at least **5% converting to paid**", "en", "MAU"),
    ("Reach {w} MAU by the end of Q3", "en", "MAU"),
    ("Grow to {w} DAU", "en", "DAU"),
    ("ウェブサイトの月間オーガニックトラフィック {w} PV を達成する。", "ja", "PV"),
    ("Đạt {w} MAU trong quý", "vi", "MAU"),
)


def acronym_variants() -> list[Phrasing]:
    """Return "N MAU": the target N, the acronym its unit."""
    out = []
    for (shape, language, unit), (w, n) in product(
        ACRONYMS, (("1,000", 1000), ("100,000", 100000))
    ):
        if language == "vi":
            w = w.replace(",", ".")
        out.append(Phrasing(shape.format(w=w), language, "acronym", INCREASE, None, n, None, unit))
    return out


# ---------------------------------------------------------------------------------------------
# 8. German "N <unit> weniger/mehr": a change by an amount that keeps its unit.

DE_AMOUNT = (
    ("Von der Idee zum Release vergehen {n} Wochen weniger", DECREASE, "weeks"),
    ("Das Onboarding dauert {n} Tage weniger", DECREASE, "days"),
    ("Jedes Release braucht {n} Stunden weniger", DECREASE, "hours"),
    ("Pro Woche bleiben {n} Stunden mehr für Fokusarbeit", INCREASE, "hours"),
    ("Es nehmen {n} Kunden mehr teil", INCREASE, "Kunden"),
)


def german_amount_variants() -> list[Phrasing]:
    """Return "N Wochen weniger": a change by N in weeks."""
    out = []
    for (shape, direction, unit), n in product(DE_AMOUNT, (4, 2)):
        change = {"amount": n, "relative": False}
        out.append(
            Phrasing(shape.format(n=n), "de", "de_amount", direction, None, None, change, unit)
        )
    return out


# ---------------------------------------------------------------------------------------------
# 9. "<metric> +€10": a change by an amount of money.

SIGNED_MONEY = (
    ("AOV +{c}{n}", INCREASE),
    ("Average order value +{c}{n}", INCREASE),
    ("ARPU +{c}{n} per month", INCREASE),
    ("Ticket médio +{c}{n}", INCREASE),
    ("CAC -{c}{n}", DECREASE),
)


def signed_money_variants() -> list[Phrasing]:
    """Return "AOV +€10": a change by 10, the currency its unit."""
    out = []
    for (shape, direction), c, n in product(SIGNED_MONEY, ("€", "$"), (10, 5)):
        language = "pt" if "médio" in shape else "en"
        change = {"amount": n, "relative": False}
        text = shape.format(c=c, n=n)
        out.append(Phrasing(text, language, "signed_money", direction, None, None, change, c))
    return out


# ---------------------------------------------------------------------------------------------
# 10. A Vietnamese noun of two syllables, the second without a diacritic.

VI_NOUNS = (
    ("Đạt {n} phụ huynh đăng ký gói thuê bao trả phí", "phụ huynh"),
    ("Có {n} phụ huynh dùng app mỗi tuần", "phụ huynh"),
    ("Đạt {n} học sinh đăng ký khóa học", "học sinh"),
    ("Tuyển {n} giáo viên mới", "giáo viên"),
)


def vietnamese_noun_variants() -> list[Phrasing]:
    """Return "N phụ huynh …": the target N, the noun of two syllables its unit."""
    out = []
    for (shape, unit), (w, n) in product(VI_NOUNS, (("500", 500), ("1.000", 1000))):
        out.append(Phrasing(shape.format(n=w), "vi", "vi_noun", INCREASE, None, n, None, unit))
    return out


# ---------------------------------------------------------------------------------------------
# 11. A Chinese adverb between "从 A" and its verb of change.

ZH_ADVERB = (
    ("品牌认知度问卷的 NPS（净推荐值）从 {a} 稳步提升至 {b} 以上", INCREASE, None),
    ("转化率从{a}%逐步提高到{b}%", INCREASE, "%"),
    ("客户满意度从{a}%持续提升到{b}%", INCREASE, "%"),
    ("客户流失率从{b}%大幅降低到{a}%", DECREASE, "%"),
    ("平均响应时间从{b}秒显著缩短至{a}秒", DECREASE, "seconds"),
)


def chinese_adverb_variants() -> list[Phrasing]:
    """Return "从 A 稳步提升至 B": start A, target B (a decrease from B to A)."""
    out = []
    for (shape, direction, unit), (a, b) in product(ZH_ADVERB, ((4, 4.5), (5, 8))):
        start, target = (a, b) if direction == INCREASE else (b, a)
        text = shape.format(a=a, b=b)
        out.append(Phrasing(text, "zh", "zh_adverb", direction, start, target, None, unit))
    return out


# ---------------------------------------------------------------------------------------------
# 12. An aim before the key result's own verb.

AIMS = ("Strive to", "Aim to", "Try to", "Seek to")
AIMED = (
    ("{aim} reduce {n} of open-source software mistakes", DECREASE),
    ("{aim} cut {n} of cloud costs", DECREASE),
    ("{aim} reduce {n} of support tickets", DECREASE),
)


def aim_variants() -> list[Phrasing]:
    """Return "Strive to reduce N% of X": a relative change of N."""
    out = []
    for aim, (shape, direction), (w, n) in product(AIMS, AIMED, (("ten percent", 10), ("15%", 15))):
        text = shape.format(aim=aim, n=w)
        change = {"amount": n, "relative": True}
        out.append(Phrasing(text, "en", "aim", direction, None, None, change))
    return out


def seventeenth_round_phrasings() -> list[Phrasing]:
    """Return every family of the seventeenth round."""
    return (
        current_target_variants()
        + not_measured_variants()
        + within_variants()
        + score_floor_variants()
        + korean_adverb_change_variants()
        + comparison_variants()
        + won_variants()
        + acronym_variants()
        + german_amount_variants()
        + signed_money_variants()
        + vietnamese_noun_variants()
        + chinese_adverb_variants()
        + aim_variants()
    )

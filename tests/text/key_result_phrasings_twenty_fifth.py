"""Twenty-fifth-round families of composed key results (issue 15), labels by construction.

Not shipped: a test-side generator, as tests/text/key_result_phrasings.py. The families are the
parser misses of rounds 26 and 27's first run (now development material); labels follow the
conventions of docs/plaintext.md, never what the parser answers:

- a current value in brackets and no target ("降低线上生产Bug数量（现在100个）", "Reduce production
  bugs (currently 100)", "(atualmente 100)", "(derzeit 100)", "（現在100件）"): the start;
- a Chinese verb whose sense is downward right before 到/至 ("瘦到 125", "包体积缩到 20 MB"): a
  decrease to the target;
- a Chinese ceiling "在 N ms 之内", "N 秒内" ("首屏渲染在 500 ms 之内"): stay below N;
- a Japanese or Korean target "N%まで向上させる", "N%까지 향상" (to N%, as "N%に"): the target, not
  a change by N%;
- a verb of measuring or of setting a baseline with no number ("Measure the satisfaction of
  participants …", "Set a baseline metric for percent of users who click …"): no direction.

Each family carries near misses that must keep their reading, in `near_misses()`.
"""

from __future__ import annotations

from itertools import product

from tests.text.key_result_phrasings import DECREASE, INCREASE, Phrasing

STAY_BELOW = "stay_below"

# ---------------------------------------------------------------------------------------------
# 1. A current value in brackets, no target: the start.

CURRENT = (
    ("降低线上生产Bug数量（现在{n}个）", "zh", DECREASE, None),
    ("降低线上Bug数量（当前{n}）", "zh", DECREASE, None),
    ("减少客户投诉（目前{n}）", "zh", DECREASE, None),
    ("提升周活跃用户数（当前{n}）", "zh", INCREASE, None),
    ("Reduce production bugs (currently {n})", "en", DECREASE, None),
    ("Grow weekly active users (currently {n})", "en", INCREASE, None),
    ("Reduce churn (currently {n}%)", "en", DECREASE, "%"),
    ("Reduce open incidents (current: {n})", "en", DECREASE, None),
    ("Reduzir bugs em produção (atualmente {n})", "pt", DECREASE, None),
    ("Reducir los errores en producción (actualmente {n})", "es", DECREASE, None),
    ("Réduire les bugs en production (actuellement {n})", "fr", DECREASE, None),
    ("Ridurre i bug in produzione (attualmente {n})", "it", DECREASE, None),
    ("Produktionsfehler senken (derzeit {n})", "de", DECREASE, None),
    ("本番環境のバグを減らす（現在{n}件）", "ja", DECREASE, None),
    ("提升周活跃用户数（目前为 {n}）", "zh", INCREASE, None),
)


# Beside a target: a word between "current" and the number ("（当前新增 1）": newly added so far).
BESIDE_TARGET = (
    ("新增 {t} 家企业在生产环境使用或完成试点接入（当前新增 {n}），3 家企业参与社区", "zh", None),
    ("Add {t} customers (currently {n}), 3 partners", "en", "customers"),
)  # fmt: skip


def current_variants() -> list[Phrasing]:
    """Return "降低线上生产Bug数量（现在100个）": the start N, no target."""
    alone = [
        Phrasing(shape.format(n=n), lang, "current value", way, n, None, None, unit)
        for (shape, lang, way, unit), n in product(CURRENT, (100, 42))
    ]
    beside = [
        Phrasing(shape.format(t=t, n=1), lang, "current value", INCREASE, 1, t, None, unit)
        for (shape, lang, unit), t in product(BESIDE_TARGET, (5, 10))
    ]  # fmt: skip
    return alone + beside


# ---------------------------------------------------------------------------------------------
# 2. A Chinese verb whose sense is downward before 到/至: a decrease to the target.

DOWNWARD = (
    ("瘦到 {n}", None),
    ("体重瘦到{n}", None),
    ("体重瘦至 {n}", None),
    ("體重瘦到 {n}", None),
    ("包体积缩到 {n} MB", "MB"),
    ("安装包缩至 {n} MB", "MB"),
    ("构建时间缩到 {n} 秒", "seconds"),
    ("文件体积压缩到 {n} MB", "MB"),
    ("支付纠纷率压缩至{n}%以下", "%"),
)


def downward_variants() -> list[Phrasing]:
    """Return "瘦到 125": decrease to N."""
    return [
        Phrasing(shape.format(n=n), "zh", "downward to", _way(shape), None, n, None, unit)
        for (shape, unit), n in product(DOWNWARD, (125, 60))
    ]


def _way(shape: str) -> str:
    return STAY_BELOW if "以下" in shape else DECREASE  # "压缩至1.2%以下": at most 1.2%


# ---------------------------------------------------------------------------------------------
# 3. A Chinese ceiling: "在 N ms 之内", "N 秒内" — stay below N.

WITHIN = (
    ("首屏渲染在 {n} ms 之内", "zh", "ms"),
    ("首屏渲染在{n}ms之内", "zh", "ms"),
    ("接口响应时间在 {n} 毫秒之内", "zh", "ms"),
    ("页面加载在 {n} 秒之内", "zh", "seconds"),
    ("响应时间 {n} 秒内", "zh", "seconds"),
    ("响应时间在{n}秒内", "zh", "seconds"),
    ("構建時間在 {n} 秒之內", "zh", "seconds"),
    ("首屏渲染在 {n} ms 以内", "zh", "ms"),
    ("接口响应 {n} 毫秒以内", "zh", "ms"),
    ("Page render within {n} ms", "en", "ms"),
    ("응답 시간 {n}초 이내", "ko", "seconds"),
    ("応答時間を{n}秒以内にする", "ja", "seconds"),
)


def within_variants() -> list[Phrasing]:
    """Return "首屏渲染在 500 ms 之内": stay below N."""
    return [
        Phrasing(shape.format(n=n), lang, "within", STAY_BELOW, None, n, None, unit)
        for (shape, lang, unit), n in product(WITHIN, (500, 3))
    ]


# ---------------------------------------------------------------------------------------------
# 4. Japanese "N%まで" and Korean "N%까지" before a verbal noun of change: the target.

UP_TO = (
    ("組立課の設備稼働率を{n}%まで向上させる", "ja", INCREASE),
    ("稼働率を{n}%まで向上する", "ja", INCREASE),
    ("顧客満足度を{n}%まで改善する", "ja", INCREASE),
    ("リピート率を{n}%まで増加させる", "ja", INCREASE),
    ("不良率を{n}%まで削減する", "ja", DECREASE),
    ("解約率を{n}%まで減少させる", "ja", DECREASE),
    ("稼働率を{n}%まで上げる", "ja", INCREASE),
    ("가동률을 {n}%까지 향상", "ko", INCREASE),
    ("만족도를 {n}%까지 개선", "ko", INCREASE),
    ("전환율을 {n}%까지 증가", "ko", INCREASE),
    ("불량률을 {n}%까지 감소", "ko", DECREASE),
    ("가동률을 {n}%까지 향상시키기", "ko", INCREASE),
    ("불량률을 {n}%까지 낮춘다", "ko", DECREASE),
    ("불량률 {n}%로 낮춤", "ko", DECREASE),
    ("가동률을 {n}%로 높임", "ko", INCREASE),
    ("가동률을 {n}%까지 높인다", "ko", INCREASE),
)


def up_to_variants() -> list[Phrasing]:
    """Return "稼働率を98%まで向上させる": to N%."""
    return [
        Phrasing(shape.format(n=n), lang, "up to", way, None, n, None, "%")
        for (shape, lang, way), n in product(UP_TO, (98, 5))
    ]


# ---------------------------------------------------------------------------------------------
# 5. A verb of measuring or of setting a baseline, no number: no direction.

MEASURING = (
    ("Measure the satisfaction of participants that attend our hybrid and online events to make them more inclusive and engaging", "en"),
    ("Measure customer satisfaction to make onboarding more engaging", "en"),
    ("Set a baseline metric for percent of users who click “Learn more and apply” on the opportunity listing page.", "en"),
    ("Set a baseline for the share of visitors who click “Learn more”", "en"),
    ("Establish a baseline for churn to make retention better", "en"),
    ("Track NPS to see whether more users recommend us", "en"),
    ("Benchmark page load time against more competitors", "en"),
    ("Define a baseline metric for more accurate forecasts", "en"),
    ("Medir la satisfacción de los participantes para hacer los eventos más inclusivos", "es"),
    ("Mesurer la satisfaction des participants pour rendre les événements plus inclusifs", "fr"),
    ("Medir a satisfação dos participantes para tornar os eventos mais inclusivos", "pt"),
    ("Die Zufriedenheit der Teilnehmer für mehr Inklusion messen", "de"),
    ("Misurare la soddisfazione dei partecipanti per rendere gli eventi più inclusivi", "it"),
    ("测量参与者的满意度", "zh"),
    ("衡量活动的参与度", "zh"),
    ("参加者の満足度を測定する", "ja"),
)  # fmt: skip


def measuring_variants() -> list[Phrasing]:
    """Return "Measure the satisfaction of participants …": no direction, no value."""
    return [Phrasing(text, lang, "measuring", None) for text, lang in MEASURING]


def twenty_fifth_round_phrasings() -> list[Phrasing]:
    """Return every twenty-fifth-round family's phrasings."""
    return (
        current_variants()
        + downward_variants()
        + within_variants()
        + up_to_variants()
        + measuring_variants()
    )


# ---------------------------------------------------------------------------------------------
# Near misses: a target beside the current value, upward verbs before 到, a period "within"
# (a timeframe), a change by N% with no particle, measuring joined to a verb of change.

NEAR_MISSES = (
    Phrasing("Reduce production bugs to 20 (currently 100)", "en", "near miss", DECREASE, 100, 20),
    Phrasing("Reach 80 weekly users (currently 17)", "en", "near miss", INCREASE, 17, 80, None, "users"),
    Phrasing("关键岗位人才储备率达到120%(当前80%)", "zh", "near miss", INCREASE, 80, 120, None, "%"),
    Phrasing("Reduce production bugs (P0 and P1)", "en", "near miss", DECREASE),
    Phrasing("增加到 500", "zh", "near miss", INCREASE, None, 500),
    Phrasing("用户数升到 500", "zh", "near miss", INCREASE, None, 500),
    Phrasing("体重减到 60", "zh", "near miss", DECREASE, None, 60),
    Phrasing("加载时间缩短至 2 秒", "zh", "near miss", DECREASE, None, 2, None, "seconds"),
    Phrasing("体重控制在 60 公斤以下", "zh", "near miss", STAY_BELOW, None, 60),
    Phrasing("在3天之内完成部署", "zh", "near miss", None),
    Phrasing("稼働率を5%向上させる", "ja", "near miss", INCREASE, None, None, {"amount": 5, "relative": True}),
    Phrasing("稼働率を98%に向上させる", "ja", "near miss", INCREASE, None, 98, None, "%"),
    Phrasing("매출을 20% 향상", "ko", "near miss", INCREASE, None, None, {"amount": 20, "relative": True}),
    Phrasing("가동률을 98%로 향상", "ko", "near miss", INCREASE, None, 98, None, "%"),
    Phrasing("Measure and improve customer satisfaction", "en", "near miss", INCREASE),
    Phrasing("Increase the share of users who click “Learn more”", "en", "near miss", INCREASE),
    Phrasing("Measure NPS monthly and raise it to 50", "en", "near miss", INCREASE, None, 50),
    Phrasing("Zwiększyć liczbę zamówień z 1000 do 5000", "pl", "near miss", INCREASE, 1000, 5000),
    Phrasing("Opublikować 20 publikacji", "pl", "near miss", INCREASE, None, 20, None, "publikacji"),
    Phrasing("Zmniejszyć czas z 10 do 5 dni", "pl", "near miss", DECREASE, 10, 5, None, "days"),
    Phrasing("불량률 낮추기", "ko", "near miss", DECREASE),
    Phrasing("Reach 80 weekly users (from 17)", "en", "near miss", INCREASE, 17, 80, None, "users"),
)  # fmt: skip


def near_misses() -> list[Phrasing]:
    """Return sentences the twenty-fifth-round rules must read as before."""
    return list(NEAR_MISSES)

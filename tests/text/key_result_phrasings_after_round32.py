"""Families of composed key results after round 32's first run (issue 15, session 18), labels by
construction (docs/plaintext.md, "After the first run of round 32"), never what the parser answers:

- a Japanese move in minutes or by an arrow before "へ" ("視聴時間を12分から15分へ", "継続率を58%→64%
  へ"), after a per-one qualifier ("1セッションあたり"): from the first value to the second;
- a Korean change by a percent in the future form or as "성장" ("신규고객을 20% 늘리겠다", "매출 30%
  성장"), and "N개월 안에 / 내" (within N months: a timeframe, not a target);
- none of a trouble ("零冲突", "實現零宕機", "重大障害ゼロ"): a ceiling of 0;
- a bound named by a word, no number ("Keep CAC below profitability thresholds.", "sous les seuils
  de rentabilité"): a ceiling;
- an opening "our goal is to" ("Nossa meta é ultrapassar 2.000 estrelas"): the verb after it;
- a fraction below one before "of" (".5 of existing members"): a share, no counted unit.

Each family carries near misses that must keep their reading, in `near_misses()`.
`python -m tests.text.key_result_phrasings_after_round32` prints the figure.
"""

from __future__ import annotations

from tests.text.key_result_phrasings import ABOVE, BELOW, DECREASE, INCREASE, Phrasing

# ---------------------------------------------------------------------------------------------
# 1. A Japanese move from one value to another.

MOVES = (
    # (sentence, direction, start, target, unit)
    ("1セッションあたり視聴時間を12分から15分へ", INCREASE, 12, 15, "minutes"),
    ("視聴時間を12分から15分へ", INCREASE, 12, 15, "minutes"),
    ("目標は12分→15分", INCREASE, 12, 15, "minutes"),
    ("処理時間を30分から15分へ短縮", DECREASE, 30, 15, "minutes"),
    ("平均対応時間を45分から20分まで短縮する", DECREASE, 45, 20, "minutes"),
    ("継続率を58%→64%へ改善する", INCREASE, 58, 64, "%"),
    ("StreamXアプリの7日間継続率を58%→64%へ改善するプロジェクト", INCREASE, 58, 64, "%"),
    ("1人当たり売上を5万円から8万円へ", INCREASE, 50000, 80000, "円"),
    ("1日あたり学習時間を20分から40分へ", INCREASE, 20, 40, "minutes"),
)


def japanese_moves() -> list[Phrasing]:
    """Return "視聴時間を12分から15分へ": from 12 to 15 minutes."""
    return [
        Phrasing(text, "ja", "japanese move", way, start, target, None, unit)
        for text, way, start, target, unit in MOVES
    ]


# ---------------------------------------------------------------------------------------------
# 2. A Korean change by a percent: the future form, "성장"; "N개월 안에" is a timeframe.

KOREAN = (
    ("3개월 안에 신규고객을 20% 늘리겠다", INCREASE, 20),
    ("매출을 30% 늘리겠습니다", INCREASE, 30),
    ("올해 매출 30% 성장", INCREASE, 30),
    ("구독자 15% 성장", INCREASE, 15),
    ("이탈률을 10% 줄이겠다", DECREASE, 10),
    ("6개월 내 비용을 5% 낮추겠습니다", DECREASE, 5),
)


def korean_changes() -> list[Phrasing]:
    """Return "신규고객을 20% 늘리겠다": up by 20%."""
    return [
        Phrasing(text, "ko", "korean change", way, None, None, {"amount": n, "relative": True})
        for text, way, n in KOREAN
    ]


# ---------------------------------------------------------------------------------------------
# 3. None of a trouble: a ceiling of 0.

ZEROS = (
    ("库能力与插件暴露能力的边界文档零冲突", "zh"),
    ("实现零宕机", "zh"),
    ("生产环境零事故", "zh"),
    ("发布流程零缺陷", "zh"),
    ("全年零投诉", "zh"),
    ("實現零當機", "zh-Hant"),
    ("客戶零投訴", "zh-Hant"),
    ("重大障害ゼロ", "ja"),
    ("本番環境のバグゼロ", "ja"),
)


def zero_troubles() -> list[Phrasing]:
    """Return "零冲突": stay below 0."""
    return [Phrasing(text, lang, "zero trouble", BELOW, None, 0) for text, lang in ZEROS]


# ---------------------------------------------------------------------------------------------
# 4. A bound named by a word, no number: a ceiling.

BOUNDS = (
    ("Keep CAC below profitability thresholds.", "en"),
    ("Keep churn below industry average", "en"),
    ("Keep latency under the SLA limit", "en"),
    ("Maintain infrastructure costs below budget", "en"),
    ("Mantener el CAC por debajo de los umbrales de rentabilidad", "es"),
    ("Mantener los costes por debajo del presupuesto", "es"),
    ("Maintenir le CAC sous les seuils de rentabilité", "fr"),
    ("Manter o CAC abaixo dos limites de rentabilidade", "pt"),
    ("Mantenere il CAC sotto le soglie di redditività", "it"),
)


def named_bounds() -> list[Phrasing]:
    """Return "Keep CAC below profitability thresholds.": stay below, no value."""
    return [Phrasing(text, lang, "named bound", BELOW) for text, lang in BOUNDS]


# ---------------------------------------------------------------------------------------------
# 5. An opening "our goal is to": the verb after it.

GOALS = (
    ("Nossa meta é ultrapassar 2.000 estrelas para assegurar o fórum gratuito.", "pt", "estrelas"),
    ("Our goal is to exceed 2,000 stars", "en", "stars"),
    ("Nuestra meta es superar 2.000 estrellas", "es", "estrellas"),
    ("Notre objectif est de dépasser 2 000 étoiles", "fr", "étoiles"),
    ("Il nostro obiettivo è superare 2.000 stelle", "it", None),
)


def goal_lead_ins() -> list[Phrasing]:
    """Return "Nossa meta é ultrapassar 2.000 estrelas": stay above 2,000."""
    return [
        Phrasing(text, lang, "goal lead-in", ABOVE, None, 2000, None, unit)
        for text, lang, unit in GOALS
    ]


# ---------------------------------------------------------------------------------------------
# 6. A fraction below one before "of": a share, no counted unit.

FRACTIONS = (
    ("we expect at least .5 of existing members to have created new logins by one month", 0.5),
    ("at least 0.5 of existing members have created new logins", 0.5),
    ("At least 0.25 of active users try the new editor", 0.25),
)


def fraction_shares() -> list[Phrasing]:
    """Return "at least .5 of existing members": 0.5, no unit."""
    return [Phrasing(text, "en", "fraction of", ABOVE, None, n) for text, n in FRACTIONS]


def after_round32_phrasings() -> list[Phrasing]:
    return (
        japanese_moves()
        + korean_changes()
        + zero_troubles()
        + named_bounds()
        + goal_lead_ins()
        + fraction_shares()
    )


# ---------------------------------------------------------------------------------------------
# Near misses: similar shapes that keep their reading.


def near_misses() -> list[Phrasing]:
    none = (
        # "零" as part of a word (retail, zero-result rate); a trouble followed by a rate
        ("搜索零结果率", "zh"),
        ("零延期率", "zh"),
        # "under" a folder, "sous licence", "bajo la carpeta": no bound
        ("Keep validation datasets under `data/` to enable automated regression tests.", "en"),
        ("Publier sous licence MIT", "fr"),
        ("Guardar los archivos bajo la carpeta data", "es"),
        # "our goal is" before no verb
        ("Our goal is ambitious", "en"),
        ("Nossa meta é ambiciosa", "pt"),
    )
    misses = [Phrasing(t, lang, "near miss", None) for t, lang in none]
    misses += [
        # Chinese "分" is points; "零售" is retail
        Phrasing("NPS从45分提升到55分", "zh", "near miss", INCREASE, 45, 55),
        Phrasing(
            "零售额增长20%",
            "zh",
            "near miss",
            INCREASE,
            None,
            None,
            {"amount": 20, "relative": True},
        ),
        # a growth rate is a target; a whole count before "of" keeps its noun
        Phrasing("성장률 30% 달성", "ko", "near miss", INCREASE, None, 30, None, "%"),
        Phrasing("at least 5 of the members", "en", "near miss", ABOVE, None, 5, None, "members"),
        # "our goal is" before a number: the number, as written
        Phrasing(
            "Nossa meta é 2.000 estrelas", "pt", "near miss", INCREASE, None, 2000, None, "estrelas"
        ),
        # a number given: the values decide
        Phrasing("Keep churn below 5%", "en", "near miss", BELOW, None, 5, None, "%"),
    ]
    return misses


if __name__ == "__main__":
    from tests.text.test_key_result_phrasings import print_figures

    print_figures({"families": after_round32_phrasings(), "near misses": near_misses()})

"""Families of composed key results after round 31's first run (issue 15, session 18), labels by
construction (docs/plaintext.md, "After the first run of round 31"), never what the parser answers:

- the passive of a verb of change after the measure, no number ("Test coverage should be
  improved.", "Die Ladezeit soll reduziert werden", "A cobertura deve ser melhorada", "Время
  загрузки должно быть снижено"): the verb's direction ("improved" the better way: down for a
  time), and English "go up / go down" as the predicate ("Issues … go down");
- a Latin abbreviation of hours or minutes before Chinese "内" or Korean "내" ("email/issue 24h 内
  响应"): within that time, a ceiling, as "24小时内" is;
- a star sign after a number ("to over 100 ⭐️"): the unit stars;
- a count, a singular noun and "milestone" / "mark" ("Hit 200+ user milestone"): that noun counted.

Each family carries near misses that must keep their reading, in `near_misses()`.
`python -m tests.text.key_result_phrasings_after_round31` prints the figure.
"""

from __future__ import annotations

from tests.text.key_result_phrasings import ABOVE, BELOW, DECREASE, INCREASE, Phrasing

# ---------------------------------------------------------------------------------------------
# 1. A passive of a verb of change after the measure: the verb's direction, no value.

PASSIVES = (
    # (sentence, language, direction)
    ("Test coverage should be improved.", "en", INCREASE),
    ("Customer satisfaction must be improved", "en", INCREASE),
    ("Page load time should be improved", "en", DECREASE),
    ("Onboarding time needs to be reduced", "en", DECREASE),
    ("Trial conversion should be increased further", "en", INCREASE),
    ("Support backlog gets reduced", "en", DECREASE),
    ("Die Testabdeckung soll verbessert werden", "de", INCREASE),
    ("Die Testabdeckung soll erhöht werden", "de", INCREASE),
    ("Die Ladezeit soll reduziert werden", "de", DECREASE),
    ("Die Kosten müssen gesenkt werden", "de", DECREASE),
    ("La couverture de tests doit être améliorée", "fr", INCREASE),
    ("La couverture doit être augmentée", "fr", INCREASE),
    ("Le temps de chargement doit être réduit", "fr", DECREASE),
    ("La cobertura de pruebas debe ser mejorada", "es", INCREASE),
    ("La cobertura de pruebas debe mejorarse", "es", INCREASE),
    ("El tiempo de carga debe ser reducido", "es", DECREASE),
    ("A cobertura de testes deve ser melhorada", "pt", INCREASE),
    ("O tempo de resposta deve ser reduzido", "pt", DECREASE),
    ("La copertura deve essere aumentata", "it", INCREASE),
    ("Il tempo di risposta deve essere ridotto", "it", DECREASE),
    ("De laadtijd moet verlaagd worden", "nl", DECREASE),
    ("De klanttevredenheid moet verbeterd worden", "nl", INCREASE),
    ("Покрытие тестами должно быть улучшено", "ru", INCREASE),
    ("Время загрузки должно быть снижено", "ru", DECREASE),
    ("Конверсия должна быть повышена", "ru", INCREASE),
)
GOES = (
    ("Issues reported by those completing UserTesting sessions go down", DECREASE),
    ("Bugs go down", DECREASE),
    ("Support tickets go down", DECREASE),
    ("Churn goes down", DECREASE),
    ("Sign-ups go up", INCREASE),
    ("Weekly active users go up", INCREASE),
)


def passive_moves() -> list[Phrasing]:
    """Return "Test coverage should be improved.", "Bugs go down": the direction, no value."""
    found = [Phrasing(text, lang, "passive after the measure", way) for text, lang, way in PASSIVES]
    found += [Phrasing(text, "en", "go up or down", way) for text, way in GOES]
    return found


# ---------------------------------------------------------------------------------------------
# 2. A Latin abbreviation of hours or minutes before "内" / "내": within it, a ceiling.

WITHIN = (
    ("email/issue 24h 内响应", "zh", 24, "hours"),
    ("24h内响应", "zh", 24, "hours"),
    ("客服 2h 内回复工单", "zh", 2, "hours"),
    ("告警 30min 内处理", "zh", 30, "minutes"),
    ("bug 48hrs 以内修复", "zh", 48, "hours"),
    ("線上問題 4h 內回覆", "zh-Hant", 4, "hours"),
    ("고객 문의 24h 내 답변", "ko", 24, "hours"),
    ("장애 알림 15min 내 대응", "ko", 15, "minutes"),
)


def abbreviated_within() -> list[Phrasing]:
    """Return "email/issue 24h 内响应": stay below 24 hours."""
    return [
        Phrasing(text, lang, "abbreviated within", BELOW, None, n, None, unit)
        for text, lang, n, unit in WITHIN
    ]


# ---------------------------------------------------------------------------------------------
# 3. A star sign after a number: the unit stars.

STARS = (
    ("Increase GitHub Stars to over 100 ⭐️", "en", ABOVE, 100),
    ("500+ ⭐ on GitHub", "en", ABOVE, 500),
    ("Mantener 4.5 ★ en Google Play", "es", ABOVE, 4.5),
    ("GitHub 스타 1000⭐ 달성", "ko", INCREASE, 1000),
    ("Erreichen Sie 200 🌟 auf GitHub", "de", INCREASE, 200),
    ("Atteindre 300 ⭐️ sur GitHub", "fr", INCREASE, 300),
)


def star_signs() -> list[Phrasing]:
    """Return "to over 100 ⭐️": the unit stars."""
    return [
        Phrasing(text, lang, "star sign", way, None, n, None, "stars")
        for text, lang, way, n in STARS
    ]


# ---------------------------------------------------------------------------------------------
# 4. A count, a singular noun and "milestone" / "mark": the noun counted.

MILESTONES = (
    ("Hit 200+ user milestone to demonstrate traction for investors.", ABOVE, 200, "users"),
    ("Reach the 1,000 customer milestone", INCREASE, 1000, "customers"),
    ("Pass the 10k download mark", INCREASE, 10000, "downloads"),
    ("Cross the 500 company milestone", INCREASE, 500, "companies"),
    ("Hit the 50 subscriber milestone", INCREASE, 50, "subscribers"),
)


def milestones() -> list[Phrasing]:
    """Return "Hit 200+ user milestone": the noun, plural, is the unit."""
    return [
        Phrasing(text, "en", "count milestone", way, None, n, None, unit)
        for text, way, n, unit in MILESTONES
    ]


def after_round31_phrasings() -> list[Phrasing]:
    return passive_moves() + abbreviated_within() + star_signs() + milestones()


# ---------------------------------------------------------------------------------------------
# Near misses: similar shapes that keep their reading.


def near_misses() -> list[Phrasing]:
    none = (
        # a passive of a verb that moves no measure; a participle with no auxiliary (adjective)
        ("The roadmap should be approved", "en"),
        ("Ship improved font fallback to stable", "en"),
        ("Improved onboarding flow", "en"),
        ("Write a report on how costs should be reduced", "en"),
        ("Das Budget soll genehmigt werden", "de"),
        ("Le plan doit être validé", "fr"),
        ("El informe debe ser aprobado", "es"),
        ("O plano deve ser aprovado", "pt"),
        ("План должен быть утверждён", "ru"),
        # "go up" a place, not a measure
        ("Users go up the onboarding funnel", "en"),
        # a star before the number decorates; "milestone" with no count or after a plural
        ("Ship the Q3 milestone", "en"),
    )
    misses = [Phrasing(t, lang, "near miss", None) for t, lang in none]
    misses += [
        # "内容" (content) after a duration is no "within"
        Phrasing("30min内容更新", "zh", "near miss", INCREASE, None, 30, None, "minutes"),
        # a period before "内" stays a timeframe; the count is the target
        Phrasing("3 个月内获得 100 个用户", "zh", "near miss", INCREASE, None, 100),
        Phrasing("⭐ 100 new users", "en", "near miss", INCREASE, None, 100, None, "users"),
        Phrasing("Hit 5 milestones", "en", "near miss", INCREASE, None, 5, None, "milestones"),
        Phrasing(
            "Complete 3 project milestones",
            "en",
            "near miss",
            INCREASE,
            None,
            3,
            None,
            "milestones",
        ),
        # a number given: the values decide, not the passive
        Phrasing("Bugs go down from 40 to 20", "en", "near miss", DECREASE, 40, 20),
    ]
    return misses


if __name__ == "__main__":
    from tests.text.test_key_result_phrasings import print_figures

    print_figures({"families": after_round31_phrasings(), "near misses": near_misses()})

"""The twenty-seventh round's survey (issue 15): measure wordings written before any held-out set.

Not shipped, not a test: candidate key results people plausibly write in real OKRs, each with
the fields the conventions of docs/plaintext.md give it, grouped by family. `python -m
tests.text.key_result_survey_twenty_seventh [-v]` prints how many of each family the parser reads
right on all five fields (the round's "before" and "after" table; `-v` lists the misses).
Wordings whose labels the conventions leave open ("1 in 5 users", "3:1 LTV:CAC", "by a third",
"Reduce churn 2×", "7 out of 10 to 5 out of 10") are not here (docs, twenty-seventh round).
"""

from __future__ import annotations

import sys
from collections import Counter

from tests.text.key_result_phrasings import ABOVE, BELOW, DECREASE, INCREASE, Phrasing


def _p(family, text, lang, way, start=None, target=None, change=None, unit=None) -> Phrasing:
    if change is not None:
        change = {"amount": change[0], "relative": change[1]}
    return Phrasing(text, lang, family, way, start, target, change, unit)


REL, ABS = True, False

SURVEY = (
    # number formats
    _p("numbers", "Grow MAU to 1.2k", "en", INCREASE, None, 1200),
    _p("numbers", "Reach USD 1.2M ARR", "en", INCREASE, None, 1_200_000, None, "USD"),
    _p("numbers", "Grow MRR to $12.5K", "en", INCREASE, None, 12500, None, "$"),
    _p("numbers", "Raise ARR to £1.2m", "en", INCREASE, None, 1_200_000, None, "£"),
    _p("numbers", "Reach €1.2bn GMV", "en", INCREASE, None, 1.2e9, None, "€"),
    _p("numbers", "Increase DAU from 1.2k to 2k", "en", INCREASE, 1200, 2000),
    _p("numbers", "Grow followers 10K → 25K", "en", INCREASE, 10000, 25000),
    _p("numbers", "Reach 10万 users", "en", INCREASE, None, 100_000, None, "users"),
    _p("numbers", "Reach 2 lakh users", "en", INCREASE, None, 200_000, None, "users"),
    _p("numbers", "Reach 1.5 crore in revenue", "en", INCREASE, None, 15_000_000),
    _p("numbers", "Reach 1.2 mln users", "en", INCREASE, None, 1_200_000, None, "users"),
    _p("numbers", "Reach 3.5 bn impressions", "en", INCREASE, None, 3.5e9, None, "impressions"),
    _p("numbers", "Grow MRR to 12.5 k€", "en", INCREASE, None, 12500, None, "€"),
    _p("numbers", "Faturar R$ 10 mil por mês", "pt", INCREASE, None, 10000, None, "R$"),
    _p("numbers", "Umsatz auf €1,2 Mio steigern", "de", INCREASE, None, 1_200_000, None, "€"),
    _p("numbers", "Umsatz auf 1,2 Mio. € steigern", "de", INCREASE, None, 1_200_000, None, "€"),
    _p("numbers", "Hire twenty-five engineers", "en", INCREASE, None, 25, None, "engineers"),
    _p("numbers", "Publish a dozen blog posts", "en", INCREASE, None, 12, None, "posts"),
    _p("numbers", "Process 1.2k tickets per week", "en", INCREASE, None, 1200, None, "tickets"),
    _p(
        "numbers",
        "Grow newsletter to 25k+ subscribers",
        "en",
        ABOVE,
        None,
        25000,
        None,
        "subscribers",
    ),
    # bounds
    _p("bounds", "Reduce p95 latency to under 200ms", "en", BELOW, None, 200, None, "ms"),
    _p("bounds", "Keep churn at most 3%", "en", BELOW, None, 3, None, "%"),
    _p("bounds", "Ensure uptime ≥ 99.9%", "en", ABOVE, None, 99.9, None, "%"),
    _p("bounds", "Keep error rate ≤ 0.5%", "en", BELOW, None, 0.5, None, "%"),
    _p("bounds", "Keep error rate <= 0.5%", "en", BELOW, None, 0.5, None, "%"),
    _p("bounds", "Reach a minimum of 40 customers", "en", ABOVE, None, 40, None, "customers"),
    _p("bounds", "Monthly spend must not exceed $10k", "en", BELOW, None, 10000, None, "$"),
    _p("bounds", "Cloud spend not to exceed $50k", "en", BELOW, None, 50000, None, "$"),
    _p(
        "bounds", "A maximum of 3 P1 incidents per quarter", "en", BELOW, None, 3, None, "incidents"
    ),
    _p("bounds", "P95 < 300 ms", "en", BELOW, None, 300, None, "ms"),
    _p("bounds", "Resolve tickets in < 2 days", "en", BELOW, None, 2, None, "days"),
    _p("bounds", "Keep churn within 2-3%", "en", BELOW, None, 3, None, "%"),
    _p("bounds", "Grow ARR north of $2M", "en", ABOVE, None, 2_000_000, None, "$"),
    _p("bounds", "Achieve sub-200ms p95 latency", "en", BELOW, None, 200, None, "ms"),
    _p("bounds", "Keep API latency sub-100 ms", "en", BELOW, None, 100, None, "ms"),
    _p("bounds", "Reduce p95 latency to sub-200ms", "en", BELOW, None, 200, None, "ms"),
    _p("bounds", "Mantenere il churn sotto il 2%", "it", BELOW, None, 2, None, "%"),
    _p("bounds", "Utrzymać dostępność powyżej 99,9%", "pl", ABOVE, None, 99.9, None, "%"),
    _p("bounds", "Nå minst 500 aktiva kunder", "sv", ABOVE, None, 500, None, "kunder"),
    _p("bounds", "Håll svarstiden under 2 timmar", "sv", BELOW, None, 2, None, "hours"),
    # points
    _p("points", "Increase NPS by 3 percentage points", "en", INCREASE, None, None, (3, ABS), "%"),
    _p("points", "Increase retention by 3pp", "en", INCREASE, None, None, (3, ABS), "%"),
    _p("points", "Increase retention by 3 p.p.", "en", INCREASE, None, None, (3, ABS), "%"),
    _p("points", "Increase retention by 3 ppt", "en", INCREASE, None, None, (3, ABS), "%"),
    _p("points", "Improve activation by 5 pts", "en", INCREASE, None, None, (5, ABS), "points"),
    _p("points", "Increase conversion by 50 bps", "en", INCREASE, None, None, (50, ABS), "bps"),
    _p("points", "Aumentar a conversão em 3 p.p.", "pt", INCREASE, None, None, (3, ABS), "%"),
    _p(
        "points",
        "Aumentar a conversão em 3 pontos percentuais",
        "pt",
        INCREASE,
        None,
        None,
        (3, ABS),
        "%",
    ),
    _p("points", "Aumentar la conversión en 3 p.p.", "es", INCREASE, None, None, (3, ABS), "%"),
    _p("points", "Aumentare la conversione di 3 p.p.", "it", INCREASE, None, None, (3, ABS), "%"),
    _p(
        "points",
        "Conversion um 3 Prozentpunkte steigern",
        "de",
        INCREASE,
        None,
        None,
        (3, ABS),
        "%",
    ),
    _p(
        "points",
        "Augmenter la conversion de 3 points de pourcentage",
        "fr",
        INCREASE,
        None,
        None,
        (3, ABS),
        "%",
    ),
    _p("points", "Conversie verhogen met 3 procentpunt", "nl", INCREASE, None, None, (3, ABS), "%"),
    _p("points", "Zwiększyć konwersję o 3 p.p.", "pl", INCREASE, None, None, (3, ABS), "%"),
    _p(
        "points",
        "Zwiększyć konwersję o 3 punkty procentowe",
        "pl",
        INCREASE,
        None,
        None,
        (3, ABS),
        "%",
    ),
    _p("points", "Увеличить конверсию на 3 п.п.", "ru", INCREASE, None, None, (3, ABS), "%"),
    _p(
        "points",
        "Увеличить конверсию на 3 процентных пункта",
        "ru",
        INCREASE,
        None,
        None,
        (3, ABS),
        "%",
    ),
    _p("points", "Збільшити конверсію на 3 в.п.", "uk", INCREASE, None, None, (3, ABS), "%"),
    _p(
        "points",
        "Öka konverteringen med 3 procentenheter",
        "sv",
        INCREASE,
        None,
        None,
        (3, ABS),
        "%",
    ),
    _p(
        "points",
        "Meningkatkan konversi sebesar 3 poin persentase",
        "id",
        INCREASE,
        None,
        None,
        (3, ABS),
        "%",
    ),
    # scores out of N
    _p("scores", "Raise CSAT to 4.6/5", "en", INCREASE, None, 4.6),
    _p("scores", "Raise CSAT from 4.2 to 4.6/5", "en", INCREASE, 4.2, 4.6),
    _p("scores", "Raise CSAT from 4.2/5 to 4.6/5", "en", INCREASE, 4.2, 4.6),
    _p("scores", "Aumentar o CSAT de 4,2/5 para 4,6/5", "pt", INCREASE, 4.2, 4.6),
    _p("scores", "Reach 4/5 CSAT", "en", INCREASE, None, 4),
    # time
    _p("time", "Cut response time to 90 secs", "en", DECREASE, None, 90, None, "seconds"),
    _p("time", "Reduce deploy time to 10 mins", "en", DECREASE, None, 10, None, "minutes"),
    _p("time", "Reduce MTTR from 2 hrs to 30 mins", "en", DECREASE, 120, 30, None, "minutes"),
    _p("time", "Reduce latency from 1.2s to 800ms", "en", DECREASE, 1200, 800, None, "ms"),
    _p("time", "Reduce latency from 1.2 s to 800 ms", "en", DECREASE, 1200, 800, None, "ms"),
    _p("time", "Reduce MTTR from 2 h to 30 min", "en", DECREASE, 120, 30, None, "minutes"),
    _p("time", "Reduce MTTR from 1h 30m to 45m", "en", DECREASE, 90, 45, None, "minutes"),
    _p("time", "Cut build time from 2h30 to 1h", "en", DECREASE, 2.5, 1, None, "hours"),
    _p("time", "Reduce build time to 1h 15m", "en", DECREASE, None, 75, None, "minutes"),
    _p(
        "time",
        "Reduce time to first value to 1 hr 30 min",
        "en",
        DECREASE,
        None,
        90,
        None,
        "minutes",
    ),
    _p("time", "Cut average handle time to 4m 30s", "en", DECREASE, None, 270, None, "seconds"),
    _p("time", "Reduce call time to 4 min 30 sec", "en", DECREASE, None, 270, None, "seconds"),
    _p(
        "time",
        "Réduire le temps de traitement de 1h30 à 45 min",
        "fr",
        DECREASE,
        90,
        45,
        None,
        "minutes",
    ),
    _p(
        "time",
        "Réduire le temps de réponse de 2 h à 30 min",
        "fr",
        DECREASE,
        120,
        30,
        None,
        "minutes",
    ),
    _p(
        "time",
        "Reducir el tiempo de respuesta de 1 h 30 min a 45 min",
        "es",
        DECREASE,
        90,
        45,
        None,
        "minutes",
    ),
    _p(
        "time",
        "Reduzir o tempo de atendimento de 1h30min para 45min",
        "pt",
        DECREASE,
        90,
        45,
        None,
        "minutes",
    ),
    _p(
        "time",
        "Bearbeitungszeit von 1 Std. 30 Min. auf 45 Min. senken",
        "de",
        DECREASE,
        90,
        45,
        None,
        "minutes",
    ),
    _p(
        "time",
        "Ridurre il tempo di risposta da 1 ora e 30 minuti a 45 minuti",
        "it",
        DECREASE,
        90,
        45,
        None,
        "minutes",
    ),
    _p(
        "time",
        "Skrócić czas obsługi z 1 godz. 30 min do 45 min",
        "pl",
        DECREASE,
        90,
        45,
        None,
        "minutes",
    ),
    # change forms
    _p("changes", "Grow revenue from 40 to 60 (+50%)", "en", INCREASE, 40, 60),
    _p("changes", "Grow revenue +20% QoQ", "en", INCREASE, None, None, (20, REL)),
    _p("changes", "Grow revenue 2x YoY", "en", INCREASE, None, None, (100, REL)),
    _p("changes", "Double sign-ups from 50", "en", INCREASE, 50, 100),
    _p("changes", "Halve onboarding time from 8h", "en", DECREASE, 8, 4, None, "hours"),
    _p("changes", "Reduce cycle time from 8h to 4h (-50%)", "en", DECREASE, 8, 4, None, "hours"),
    _p("changes", "Increase signups 1.5x", "en", INCREASE, None, None, (50, REL)),
    _p("changes", "Grow revenue by 20% m/m", "en", INCREASE, None, None, (20, REL)),
    _p("changes", "Cut costs by half", "en", DECREASE, None, None, (50, REL)),
    _p("changes", "Triple the number of partners", "en", INCREASE, None, None, (200, REL)),
    _p("changes", "Grow ARR by 25% to $5M", "en", INCREASE, 4_000_000, 5_000_000, None, "$"),
    _p("changes", "Grow ARR by 25% YoY to $5M", "en", INCREASE, 4_000_000, 5_000_000, None, "$"),
    _p(
        "changes",
        "Increase revenue 25% QoQ to $5M",
        "en",
        INCREASE,
        4_000_000,
        5_000_000,
        None,
        "$",
    ),
    _p("changes", "Grow ARR 25% to $5M", "en", INCREASE, 4_000_000, 5_000_000, None, "$"),
    _p("changes", "Grow MAU 20% to 12,000", "en", INCREASE, 10000, 12000),
    _p(
        "changes",
        "Umsatz um 25% auf 5 Mio. € steigern",
        "de",
        INCREASE,
        4_000_000,
        5_000_000,
        None,
        "€",
    ),
    _p(
        "changes",
        "Aumentar a receita em 25% para R$ 5 milhões",
        "pt",
        INCREASE,
        4_000_000,
        5_000_000,
        None,
        "R$",
    ),
    _p(
        "changes",
        "Aumentar los ingresos un 25% hasta 5 millones de euros",
        "es",
        INCREASE,
        4_000_000,
        5_000_000,
        None,
        "€",
    ),
    _p(
        "changes",
        "Augmenter le chiffre d'affaires de 25 % pour atteindre 5 M€",
        "fr",
        INCREASE,
        4_000_000,
        5_000_000,
        None,
        "€",
    ),
    _p(
        "changes",
        "Omzet met 25% verhogen naar 5 miljoen euro",
        "nl",
        INCREASE,
        4_000_000,
        5_000_000,
        None,
        "€",
    ),
    # languages the rounds touched least: from/to, by, at least, double, halve
    _p("languages", "Ridurre il tasso di abbandono dal 5% al 3%", "it", DECREASE, 5, 3, None, "%"),
    _p("languages", "Aumentare le vendite del 20%", "it", INCREASE, None, None, (20, REL)),
    _p("languages", "Raddoppiare il numero di iscritti", "it", INCREASE, None, None, (100, REL)),
    _p("languages", "Dimezzare i tempi di consegna", "it", DECREASE, None, None, (50, REL)),
    _p("languages", "Zmniejszyć churn z 5% do 3%", "pl", DECREASE, 5, 3, None, "%"),
    _p("languages", "Podwoić liczbę użytkowników", "pl", INCREASE, None, None, (100, REL)),
    _p("languages", "Skrócić czas odpowiedzi o połowę", "pl", DECREASE, None, None, (50, REL)),
    _p("languages", "Satışları %20 artırmak", "tr", INCREASE, None, None, (20, REL)),
    _p("languages", "Müşteri sayısını 500'den 1000'e çıkarmak", "tr", INCREASE, 500, 1000),
    _p("languages", "Yanıt süresini yarıya indirmek", "tr", DECREASE, None, None, (50, REL)),
    _p("languages", "Menurunkan churn dari 5% menjadi 3%", "id", DECREASE, 5, 3, None, "%"),
    _p("languages", "Menggandakan jumlah pengguna", "id", INCREASE, None, None, (100, REL)),
    _p(
        "languages",
        "Mengurangi waktu respons hingga setengahnya",
        "id",
        DECREASE,
        None,
        None,
        (50, REL),
    ),
    _p("languages", "Churn verlagen van 5% naar 3%", "nl", DECREASE, 5, 3, None, "%"),
    _p("languages", "Doorlooptijd halveren", "nl", DECREASE, None, None, (50, REL)),
    _p("languages", "Minska churn från 5% till 3%", "sv", DECREASE, 5, 3, None, "%"),
    _p("languages", "Fördubbla antalet användare", "sv", INCREASE, None, None, (100, REL)),
    _p("languages", "Halvera svarstiden", "sv", DECREASE, None, None, (50, REL)),
    _p("languages", "Зменшити відтік з 5% до 3%", "uk", DECREASE, 5, 3, None, "%"),
    _p("languages", "Подвоїти кількість користувачів", "uk", INCREASE, None, None, (100, REL)),
    _p("languages", "Скоротити час відповіді вдвічі", "uk", DECREASE, None, None, (50, REL)),
    _p("languages", "Giảm tỷ lệ rời bỏ từ 5% xuống 3%", "vi", DECREASE, 5, 3, None, "%"),
    _p("languages", "Tăng gấp đôi số người dùng", "vi", INCREASE, None, None, (100, REL)),
    _p("languages", "Giảm một nửa thời gian phản hồi", "vi", DECREASE, None, None, (50, REL)),
)


def survey() -> list[Phrasing]:
    return list(SURVEY)


def main(argv: list[str]) -> None:
    from tests.text.test_key_result_phrasings import check

    right, total, misses = Counter(), Counter(), []
    for p in SURVEY:
        total[p.family] += 1
        try:
            check(p)
            right[p.family] += 1
        except AssertionError as wrong:
            misses.append(wrong.args[0])
    for family in total:
        print(f"{family:10} {right[family]:3} / {total[family]}")
    print(f"{'all':10} {sum(right.values()):3} / {sum(total.values())}")
    if "-v" in argv:
        for miss in misses:
            print(" ", miss)


if __name__ == "__main__":
    main(sys.argv[1:])

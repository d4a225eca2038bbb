"""Twenty-third-round families of composed key results (issue 15), labels by construction.

Not shipped: a test-side generator, as tests/text/key_result_phrasings.py. The families are the
first-run misses of rounds 23 and 24, largest first; labels follow the conventions of
docs/plaintext.md, never what the parser answers:

- a relative change written "VERB N% in <metric>" ("Grow 20% in number of customers",
  "crescer 30% no tráfego orgânico", "crescere del 20% nel fatturato") and the Japanese and
  Korean "をN%上げる", "을 N% 올리기": a change of N%, not a target of N%;
- a debt paid off by an amount ("Pay off $20,000 in student loan debt", "Quitar R$ 5.000 do
  empréstimo", "5.000 € Schulden tilgen"): a decrease by that amount, its currency the unit;
- a floor written in words ("高於90%", "최소한 8개") or as "> 0": stay above, zero included;
- a time improved by an amount ("Die Marathonzeit um 15 Minuten verbessern"): a decrease;
- a gain stated first ("新增10个活跃用户": up by 10), a numeral inside a rate's name
  ("二次分享率") and a plan named by a number ("my 401k") are no values;
- smaller ones: Arabic "من 3.8 لـ 4.5" (from–to), a Russian or Ukrainian noun right after a count
  that follows the verb ("Получить 3 приглашения"), a bound on a named benchmark ("to above
  industry average of 3.5%"), German and Dutch nouns of rise ("eine Zunahme der …"), "減低 … 至0".

Each family carries near misses that must keep their reading, in `near_misses()`.
"""

from __future__ import annotations

from itertools import product

from tests.text.key_result_phrasings import ABOVE, DECREASE, INCREASE, Phrasing

# ---------------------------------------------------------------------------------------------
# 1. A relative change: a change verb, N%, then "in <metric>" (or the CJK verb after N%).

SHARE_IN = (
    ("Grow {n}% in number of customers", "en", INCREASE),
    ("Increase {n}% in monthly revenue", "en", INCREASE),
    ("Reduce {n}% in support costs", "en", DECREASE),
    ("Grow {n}% in the number of active users", "en", INCREASE),
    ("Crescer {n}% no tráfego orgânico", "pt", INCREASE),
    ("Aumentar {n}% nas vendas online", "pt", INCREASE),
    ("Reduzir {n}% no custo de aquisição", "pt", DECREASE),
    ("Crecer un {n}% en clientes", "es", INCREASE),
    ("Augmenter de {n}% en chiffre d'affaires", "fr", INCREASE),
    ("Crescere del {n}% nel fatturato", "it", INCREASE),
    ("Ridurre del {n}% nei costi di spedizione", "it", DECREASE),
    ("Um {n}% wachsen im Umsatz", "de", INCREASE),
    ("市場価値を{n}%上げる", "ja", INCREASE),
    ("売上を{n}%伸ばす", "ja", INCREASE),
    ("顧客単価を{n}%上げる", "ja", INCREASE),
    ("매출을 {n}% 올리기", "ko", INCREASE),
    ("시장 가치를 {n}% 끌어올리기", "ko", INCREASE),
    ("收入增长{n}%", "zh", INCREASE),
)


def share_in_variants() -> list[Phrasing]:
    """Return "Grow 20% in number of customers": a relative change of N, no unit."""
    return [
        Phrasing(shape.format(n=n), lang, "relative change", way, None, None, _rel(n))
        for (shape, lang, way), n in product(SHARE_IN, (5, 20))
    ]


def _rel(n: float) -> dict:
    return {"amount": n, "relative": True}


def _by(n: float) -> dict:
    return {"amount": n, "relative": False}


# ---------------------------------------------------------------------------------------------
# 2. A debt paid off by an amount: a decrease of the debt by that amount.

DEBTS = (
    ("Pay off ${n:,} in student loan debt", "en", "$"),
    ("Pay off ${n:,} of credit card debt", "en", "$"),
    ("Repay ${n:,} of my car loan", "en", "$"),
    ("Quitar R$ {d} do empréstimo", "pt", "R$"),
    ("Pagar R$ {d} de dívidas", "pt", "R$"),
    ("Saldar {d} € de deuda", "es", "€"),
    ("Rembourser {s} € de dettes", "fr", "€"),
    ("Ripagare {d} € di debiti", "it", "€"),
    ("{d} € Schulden tilgen", "de", "€"),
)


def debt_variants() -> list[Phrasing]:
    """Return "Pay off $20,000 in student loan debt": down by 20,000 $."""
    out = []
    for (shape, lang, unit), n in product(DEBTS, (5000, 20000)):
        text = shape.format(n=n, d=f"{n:,}".replace(",", "."), s=f"{n:,}".replace(",", " "))
        out.append(Phrasing(text, lang, "debt paid off", DECREASE, None, None, _by(n), unit))
    return out


# ---------------------------------------------------------------------------------------------
# 3. A floor in words (CJK) or "> 0".

FLOORS = (
    ("同事對系統的滿意度高於{n}%", "zh", "%"),
    ("客戶滿意度不低於{n}%", "zh", "%"),
    ("客户满意度高于{n}%", "zh", "%"),
    ("顧客満足度{n}%以上", "ja", "%"),
    ("블로그에 최소한 {n}개의 글 쓰기", "ko", None),
    ("최소한 {n}권의 책 읽기", "ko", None),
    ("고객 만족도 {n}% 이상", "ko", "%"),
)
ABOVE_ZERO = (
    "Income outside of work salary > 0",
    "Monthly profit > 0",
    "Net promoter score > 0",
    "Net cash flow > 0",
)


def floor_variants() -> list[Phrasing]:
    """Return "高於90%", "최소한 8개", "> 0": a floor to stay above."""
    out = [
        Phrasing(shape.format(n=n), lang, "floor in words", ABOVE, None, n, None, unit)
        for (shape, lang, unit), n in product(FLOORS, (8, 90))
    ]
    return out + [Phrasing(t, "en", "floor in words", ABOVE, None, 0) for t in ABOVE_ZERO]


# ---------------------------------------------------------------------------------------------
# 4. A time improved by an amount goes down.

TIMES = (
    ("Die Marathonzeit um {n} Minuten verbessern", "de", "minutes"),
    ("Die Ladezeit um {n} Sekunden verbessern", "de", "seconds"),
    ("Mejorar mi tiempo en la maratón en {n} minutos", "es", "minutes"),
    ("Melhorar o tempo de maratona em {n} minutos", "pt", "minutes"),
    ("Améliorer mon temps au semi-marathon de {n} minutes", "fr", "minutes"),
    ("Migliorare il tempo sui 10 km di {n} minuti", "it", "minutes"),
    ("Improve 5k time by {n} minutes", "en", "minutes"),
)


def improved_time_variants() -> list[Phrasing]:
    """Return "Die Marathonzeit um 15 Minuten verbessern": down by 15 minutes."""
    return [
        Phrasing(shape.format(n=n), lang, "time improved", DECREASE, None, None, _by(n), unit)
        for (shape, lang, unit), n in product(TIMES, (2, 15))
    ]


# ---------------------------------------------------------------------------------------------
# 5. A gain stated first; numbers inside names.

GAINS = ("新增{n}个活跃用户", "新增{n}名注册用户", "本季度新增{n}个客户", "新增{n}家合作伙伴")
NAMES = (
    Phrasing("用户生成短链后的二次分享率提升至40%", "zh", "name with a number", INCREASE, None, 40, None, "%"),
    Phrasing("三次复购率提升至20%", "zh", "name with a number", INCREASE, None, 20, None, "%"),
    Phrasing("Fully fund my 401k with $19,500", "en", "name with a number", INCREASE, None, 19500, None, "$"),
    Phrasing("Max out my 401k with $20,500", "en", "name with a number", INCREASE, None, 20500, None, "$"),
    Phrasing("Contribute $6,000 to my 403b", "en", "name with a number", INCREASE, None, 6000, None, "$"),
)  # fmt: skip


def gain_and_name_variants() -> list[Phrasing]:
    """Return "新增10个活跃用户" (up by 10) and numbers that are part of a name."""
    gains = [
        Phrasing(shape.format(n=n), "zh", "gain stated first", INCREASE, None, None, _by(n))
        for shape, n in product(GAINS, (10, 500))
    ]
    return gains + list(NAMES)


# ---------------------------------------------------------------------------------------------
# 6. The smaller families: Arabic "من A لـ B", a Russian or Ukrainian noun right after a count,
# a bound on a named benchmark, nouns of rise, a CJK verb of reducing.

ARABIC = (
    ("رفع تقييم العملاء من {a} لـ {b} خلال 6 شهور", INCREASE, None),
    ("زيادة عدد العملاء من {a} لـ {b}", INCREASE, None),
    ("زيادة المبيعات من {a} حتى {b}", INCREASE, None),
    ("رفع نسبة الرضا من {a}% لـ {b}%", INCREASE, "%"),
    ("خفض وقت الاستجابة من {b} حتى {a} ساعة", DECREASE, "hours"),
    ("تقليل نسبة الإلغاء من {b}% لـ {a}%", DECREASE, "%"),
)
SLAVIC = (
    ("Получить {n} приглашения на платные консультации", "ru", "приглашения"),
    ("Провести {n} вебинаров", "ru", "вебинаров"),
    ("Получить {n} отзывов", "ru", "отзывов"),
    ("Провести {n} интервью с клиентами", "ru", "интервью"),
    ("Отримати {n} відгуків", "uk", "відгуків"),
    ("Написати {n} статті", "uk", "статті"),
)
BENCHMARKS = (
    Phrasing("Increase the CTR% to above industry average of 3.5%", "en", "benchmark bound", ABOVE, None, 3.5, None, "%"),
    Phrasing("Keep churn below the industry average of 2%", "en", "benchmark bound", "stay_below", None, 2, None, "%"),
    Phrasing("Raise NPS above the sector benchmark of 40", "en", "benchmark bound", ABOVE, None, 40),
    Phrasing("Aumentar el CTR por encima del promedio del sector de 3,5%", "es", "benchmark bound", ABOVE, None, 3.5, None, "%"),
    Phrasing("Aumentar o CTR para acima da média do setor de 3,5%", "pt", "benchmark bound", ABOVE, None, 3.5, None, "%"),
    Phrasing("Mantenere il churn sotto la media di settore del 2%", "it", "benchmark bound", "stay_below", None, 2, None, "%"),
)  # fmt: skip
RISES = (
    ("eine Zunahme der Kommentarbeteiligung", "de", INCREASE),
    ("ein Anstieg der Neukunden", "de", INCREASE),
    ("een toename van het aantal reacties", "nl", INCREASE),
    ("een verhoging van de klanttevredenheid", "nl", INCREASE),
    ("減低各部門因進度問題而產生的誤會至0", "zh", DECREASE),
    ("减低客户投诉至0", "zh", DECREASE),
)


def smaller_family_variants() -> list[Phrasing]:
    """Return the smaller families of the first runs (see section 6 above)."""
    out = [
        Phrasing(shape.format(a=a, b=b), "ar", "arabic from to", way, *_pair(way, a, b), None, unit)
        for (shape, way, unit), (a, b) in product(ARABIC, ((3.8, 4.5), (100, 300)))
    ]
    out += [
        Phrasing(shape.format(n=n), lang, "noun after a count", INCREASE, None, n, None, unit)
        for (shape, lang, unit), n in product(SLAVIC, (3, 20))
    ]
    out += list(BENCHMARKS)
    out += [
        Phrasing(text, lang, "noun of change", way, None, 0 if "0" in text else None)
        for text, lang, way in RISES
    ]
    return out


def _pair(way: str, a: float, b: float) -> tuple[float, float]:
    """Return (start, target): the shapes write the larger value first for a decrease."""
    return (a, b) if way == INCREASE else (b, a)


def twenty_third_round_phrasings() -> list[Phrasing]:
    """Return every twenty-third-round family's phrasings."""
    return (
        share_in_variants()
        + debt_variants()
        + floor_variants()
        + improved_time_variants()
        + gain_and_name_variants()
        + smaller_family_variants()
    )


# ---------------------------------------------------------------------------------------------
# Near misses: a target, a payment with no debt, a count, a verb after "to".

NEAR_MISSES = (
    Phrasing("Grow to 20% in market share", "en", "near miss", INCREASE, None, 20, None, "%"),
    Phrasing("Grow 20% in Q3", "en", "near miss", INCREASE, None, 20, None, "%"),
    Phrasing("Increase conversion to 5% in Q3", "en", "near miss", INCREASE, None, 5, None, "%"),
    Phrasing("Reach 20% in market share", "en", "near miss", INCREASE, None, 20, None, "%"),
    Phrasing("売上を20%に上げる", "ja", "near miss", INCREASE, None, 20, None, "%"),
    Phrasing("블로그에 글 10개 올리기", "ko", "near miss", INCREASE, None, 10),
    Phrasing("Pay $500 to the landlord", "en", "near miss", INCREASE, None, 500, None, "$"),
    Phrasing("Save $5,000 for an emergency fund", "en", "near miss", INCREASE, None, 5000, None, "$"),
    Phrasing("Pagar R$ 500 de aluguel", "pt", "near miss", INCREASE, None, 500, None, "R$"),
    Phrasing("Fully fund my IRA with $6,000", "en", "near miss", INCREASE, None, 6000, None, "$"),
    Phrasing("Achieve zero support tickets", "en", "near miss", "stay_below", None, 0, None, "tickets"),
    Phrasing("Improve NPS by 10 points", "en", "near miss", INCREASE, None, None, _by(10), "points"),
    Phrasing("Melhorar o NPS em 10 pontos", "pt", "near miss", INCREASE, None, None, _by(10), "pontos"),
    Phrasing("Die Teilnahme um 15 Minuten pro Woche verlängern", "de", "near miss", INCREASE, None, None, _by(15), "minutes"),
    Phrasing("完成三次培训", "zh", "near miss", INCREASE, None, 3),
    Phrasing("全国设立5个服务中心，销售人员新增100人。", "zh", "near miss", INCREASE, None, 5),
    Phrasing("新增用户达到1000人", "zh", "near miss", INCREASE, None, 1000),
    Phrasing("MAU 10K к июню", "ru", "near miss", INCREASE, None, 10000),
    Phrasing("Привлечь 500 новых клиентов", "ru", "near miss", INCREASE, None, 500),
    Phrasing("Поддержать до 50 000 пользователей в течение года", "ru", "near miss", INCREASE, None, 50000),
    Phrasing("Increase open rate above 25%", "en", "near miss", ABOVE, None, 25, None, "%"),
    Phrasing("建立培训体系，提升团队能力", "zh", "near miss", None),
    Phrasing("加强Ads的数据化管理，提高广告投放效果", "zh", "near miss", INCREASE),
    Phrasing("自动化常见故障的诊断与恢复,减少人工干预。", "zh", "near miss", None),
)  # fmt: skip


def near_misses() -> list[Phrasing]:
    """Return sentences the twenty-third-round rules must read as before."""
    return list(NEAR_MISSES)

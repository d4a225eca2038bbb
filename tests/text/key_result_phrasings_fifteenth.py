"""Fifteenth-round families of composed key results (issue 15), labels by construction.

Not shipped: a test-side generator, as tests/text/key_result_phrasings.py. Each family is a
cause of the round-13 misses (docs/plaintext.md, "Fifteenth round"); its labels follow from the
conventions of docs/plaintext.md (rounds 10 to 13), never from what the parser answers:

- counts written in words in Russian ("Пять новых приложений", "Разработать три сервиса"):
  the number is the target; the inflected Russian noun is no unit (round-13 convention);
- Russian "с N на M" where "с" opens the pair: "на" is "to", not "by" (round 13);
- a Japanese change after its metric, "<metric>の N% の増加 / 減少": a relative change of N;
- a Vietnamese amount with the currency after it ("20.000.000 VNĐ"): the currency as written;
- baselines written "— current A → target B" and "(currently averaging A/quarter)", and a floor
  or ceiling with a baseline that carries a note after a comma ("above 68% (currently 61%,
  weighed by …)"): a change from A (round-13 convention: a bound with a baseline is a change);
- a qualifier holding a number before the measure: "<metric> on cohorts older than 6 months:
  above 92%" (the bound after the colon is the measure) and "<metric> ≥4 days/week → target 30
  teams" (the target after the arrow is);
- Spanish "menor a / mayor a N" (round 9): a ceiling or a floor.

Not generated, because the earlier generators and pattern tests state the opposite (see
docs/plaintext.md, "Fifteenth round"): an English change by an amount without a unit ("by 0.5
days"; the first generator's by_hours and by_absolute families keep hours, minutes and days),
and a Chinese "一个" after a verb as the count 1 ("产品化一个功能点"; "打造一个学习型团队" has
no value in tests/text/test_real_key_result_patterns.py).
"""

from __future__ import annotations

from itertools import product

from tests.text.key_result_phrasings import ABOVE, BELOW, INCREASE, Phrasing


def _rel(n: float) -> dict:
    return {"amount": n, "relative": True}


# ---------------------------------------------------------------------------------------------
# 1. Counts in words in Russian, before an inflected noun (no unit).

RU_WORDS = {"Два": 2, "Три": 3, "Пять": 5, "Десять": 10}
RU_COUNTED = (
    "{w} новых приложений, разработанных и принятых в Организации",
    "{w} новых клиентов в регионе",
    "Разработать {l} новых сервисов",
    "Запустить {l} пилотных проектов",
)


def russian_word_count_variants() -> list[Phrasing]:
    """Return a Russian count in words before a noun: the target N, no unit."""
    out = []
    for shape, (word, n) in product(RU_COUNTED, RU_WORDS.items()):
        text = shape.format(w=word, l=word.lower())
        out.append(Phrasing(text, "ru", "ru_word_count", INCREASE, None, n))
    return out


# ---------------------------------------------------------------------------------------------
# 2. Russian "с N на M": from N to M.

RU_FROM_ON = (
    "Увеличение объема протестированного конвейера с {a}% на {b}%",
    "Увеличить конверсию с {a}% на {b}%",
    "Рост доли постоянных клиентов с {a}% на {b}%",
)


def russian_from_on_variants() -> list[Phrasing]:
    """Return "с A% на B%": start A, target B, in percent."""
    out = []
    for shape, (a, b) in product(RU_FROM_ON, ((50, 200), (20, 35))):
        text = shape.format(a=a, b=b)
        out.append(Phrasing(text, "ru", "ru_from_on", INCREASE, a, b, None, "%"))
    return out


# ---------------------------------------------------------------------------------------------
# 3. A Japanese change written after its metric.

JA_AFTER = (
    ("内部システムによる測定で、学生エンゲージメントの {n}% の増加", INCREASE),
    ("顧客満足度の {n}% の向上", INCREASE),
    ("月間売上の{n}%の増加", INCREASE),
    ("解約率の {n}% の減少", "decrease"),
    ("問い合わせ件数の{n}%の削減", "decrease"),
)


def japanese_change_after_variants() -> list[Phrasing]:
    """Return "<metric>の N% の<change noun>": a relative change of N."""
    out = []
    for (shape, way), n in product(JA_AFTER, (12, 30)):
        out.append(Phrasing(shape.format(n=n), "ja", "ja_change_after", way, None, None, _rel(n)))
    return out


# ---------------------------------------------------------------------------------------------
# 4. A Vietnamese amount with its currency after it.

VI_CURRENCY = (
    "Đạt MRR {n} VNĐ (Chuyển đổi 50 PT trả phí gói Base 400.000 VNĐ/tháng).",
    "Đạt doanh thu {n} VNĐ",
    "Doanh thu đạt {n} VNĐ trong quý 3",
)


def vietnamese_currency_variants() -> list[Phrasing]:
    """Return "<amount> VNĐ": the target, the currency as written."""
    out = []
    for shape, (written, n) in product(VI_CURRENCY, (("20.000.000", 20e6), ("500.000", 5e5))):
        text = shape.format(n=written)
        out.append(Phrasing(text, "vi", "vi_currency", INCREASE, None, n, None, "VNĐ"))
    return out


# ---------------------------------------------------------------------------------------------
# 5. Baselines written beside the target.

BASELINE_ARROWS = (
    ("Close {b} enterprise deals (>$50K ARR each) — current {a} → target {b}", "deals"),
    ("Sign {b} design partners — current {a} → target {b}", "partners"),
    ("Onboard {b} pilot customers - current {a} -> target {b}", "customers"),
)
AVERAGING = (
    ("Publish 12 long-form pieces (currently averaging {a}/quarter)", 12, "pieces"),
    ("Run 8 customer interviews (currently averaging {a}/month)", 8, "interviews"),
    ("Ship 20 releases (currently averaging {a} per quarter)", 20, "releases"),
)
BOUNDS_NOTED = (
    ("Gross margin: above 68% (currently {a}%, weighed by inference cost)", 68, INCREASE),
    ("Net revenue retention: above 110% (currently {a}%, trailing twelve months)", 110, INCREASE),
    ("Churn: below 3% (currently {a}%, measured monthly)", 3, "decrease"),
)


def baseline_variants() -> list[Phrasing]:
    """Return a target with its baseline stated beside it: a change from the baseline."""
    out = []
    for (shape, unit), (a, b) in product(BASELINE_ARROWS, ((0, 3), (2, 10))):
        out.append(
            Phrasing(shape.format(a=a, b=b), "en", "arrow_baseline", INCREASE, a, b, None, unit)
        )
    for a, b, unit in ((0, 100000, "$"), (20000, 100000, "$")):
        text = (
            f"Hit ${b // 1000}K ARR from enterprise — current ${a // 1000}K → target ${b // 1000}K"
        )
        if a == 0:
            text = text.replace("$0K", "$0")
        out.append(Phrasing(text, "en", "arrow_baseline", INCREASE, a, b, None, unit))
    for (shape, target, unit), a in product(AVERAGING, (4, 3)):
        text = shape.format(a=a)
        out.append(Phrasing(text, "en", "averaging", INCREASE, a, target, None, unit))
    for (shape, target, way), a in product(BOUNDS_NOTED, (61, 5)):
        if (way == INCREASE) == (a > target):
            continue
        text = shape.format(a=a)
        out.append(Phrasing(text, "en", "bound_noted_baseline", way, a, target, None, "%"))
    return out


# ---------------------------------------------------------------------------------------------
# 6. A qualifier with a number before the measure.

QUALIFIED_BOUNDS = (
    ("Logo retention on cohorts older than 6 months: above {n}%", ABOVE),
    ("Gross retention for accounts older than 12 months: at least {n}%", ABOVE),
    ("Error rate on requests larger than 5 MB: below {n}%", BELOW),
    ("Churn among customers with more than 10 seats: under {n}%", BELOW),
)
QUALIFIED_ARROWS = (
    ("Weekly active teams reading the digest ≥4 days/week → target {n} teams.", "teams"),
    ("Accounts using the API ≥3 times a week → target {n} accounts", "accounts"),
    ("Users opening the app 5+ days/week -> target {n} users", "users"),
)


def qualifier_variants() -> list[Phrasing]:
    """Return a bound or an arrowed target after a qualifier that holds its own number."""
    out = []
    for (shape, way), n in product(QUALIFIED_BOUNDS, (92, 4)):
        out.append(Phrasing(shape.format(n=n), "en", "qualified_bound", way, None, n, None, "%"))
    for (shape, unit), n in product(QUALIFIED_ARROWS, (30, 250)):
        out.append(
            Phrasing(shape.format(n=n), "en", "qualified_arrow", INCREASE, None, n, None, unit)
        )
    return out


# ---------------------------------------------------------------------------------------------
# 7. Spanish "menor a / mayor a N": a ceiling and a floor (round 9).

ES_BOUNDS = (
    (
        "Asegurar que el sistema mantenga un tiempo de respuesta menor a {n} segundos",
        BELOW,
        "seconds",
    ),
    ("Tiempo de carga menor a {n} segundos", BELOW, "seconds"),
    ("Mantener una satisfacción mayor a {n}%", ABOVE, "%"),
    ("Lograr una tasa de conversión mayor que {n}%", ABOVE, "%"),
)


def spanish_bound_variants() -> list[Phrasing]:
    """Return "<metric> menor a / mayor a N": a ceiling or a floor of N."""
    out = []
    for (shape, way, unit), n in product(ES_BOUNDS, (5, 90)):
        out.append(Phrasing(shape.format(n=n), "es", "es_bound", way, None, n, None, unit))
    return out


def fifteenth_round_phrasings() -> list[Phrasing]:
    """Return every family of the fifteenth round."""
    return (
        russian_word_count_variants()
        + russian_from_on_variants()
        + japanese_change_after_variants()
        + vietnamese_currency_variants()
        + baseline_variants()
        + qualifier_variants()
        + spanish_bound_variants()
    )

"""The key result parser on the twelfth-round families (see key_result_phrasings_twelfth)."""

import pytest

from tests.text.key_result_phrasings_twelfth import twelfth_round_phrasings
from tests.text.test_key_result_phrasings import check, fields


@pytest.mark.parametrize(
    "phrasing", twelfth_round_phrasings(), ids=lambda p: f"{p.language}-{p.family}-{p.text}"
)
def test_twelfth_round_families(phrasing):
    check(phrasing)


# Near misses of each twelfth-round rule: sentences that must read as before.
NEAR_MISSES = {
    # a year after a verb, a preposition, a lower-case word, or with a unit stays a value
    "Reach 2025 customers": ("increase", None, 2025, None, "customers"),
    "Grow NPS to 2000": ("increase", None, 2000, None, None),
    "Grow Weekly Active Users To 2025": ("increase", None, 2025, None, None),
    "Reduce MTTR 2025 ms": ("decrease", None, 2025, None, "ms"),
    "Keep SLA 2000": ("stay_above", None, 2000, None, None),
    "Increase revenue from 2024 to 2030": ("increase", 2024, 2030, None, None),
    "By the end of 2025, run at least 12 workshops": ("stay_above", None, 12, None, "workshops"),
    # CJK: "average" inside the metric, months in a duration, a from–to without qualifiers
    "平均响应时间从 5 小时降低到 2 小时": ("decrease", 5, 2, None, "hours"),
    "평균 응답 시간을 6시간에서 2시간으로 단축": ("decrease", 6, 2, None, "hours"),
    "3个月内将流失率降低到5%": ("decrease", None, 5, None, "%"),
    "将月活跃用户从1万提升到2万": ("increase", 10000, 20000, None, None),
    "解約率を12%から8%に下げる": ("decrease", 12, 8, None, "%"),
    # counted nouns: a counter word, a conjunction, English words, a loanword before a syllable
    "Merekrut 5 orang pelanggan baru": ("increase", None, 5, None, None),
    "Tổ chức 3 lần workshop": ("increase", None, 3, None, None),
    "NPS ≥ 45 và monthly churn ≤ 5% sau tháng đầu": ("stay_above", None, 45, None, None),
    "≥ 150 weekly active users hoàn thành ít nhất 1 Challenge session": (
        "stay_above",
        None,
        150,
        None,
        "users",
    ),
    "Tạo ít nhất 30 qualified leads có đủ thông tin": ("stay_above", None, 30, None, "leads"),
    "Đạt 50 sinh viên tham gia": ("increase", None, 50, None, None),
    # time units of other languages: English words that are also such forms stay words
    "Process 5 ore shipments per day": ("increase", None, 5, None, "shipments"),
    "Add 1 tag per release": ("increase", None, 1, None, "releases"),
    # "di"/"del" after a verb of change stay "by"; "más de N" and "mais de N%" stay bounds
    "Ridurre i costi di 500 euro": (
        "decrease",
        None,
        None,
        {"amount": 500, "relative": False},
        "€",
    ),
    "Aumentare le vendite del 20%": (
        "increase",
        None,
        None,
        {"amount": 20, "relative": True},
        None,
    ),
    "Atender más de 40 clientes al mes": ("stay_above", None, 40, None, "clientes"),
    "Atingir mais de 40% de conversão": ("stay_above", None, 40, None, "%"),
    "Garantizar al menos 95% de disponibilidad": ("stay_above", None, 95, None, "%"),
    # an aside with a start alone, or naming where items come from, leaves the change as it is
    "Grow revenue by 20% (from $1M)": (
        "increase",
        None,
        None,
        {"amount": 20, "relative": True},
        None,
    ),
    "Cut costs by 10% (from 3 regions)": (
        "decrease",
        None,
        None,
        {"amount": 10, "relative": True},
        None,
    ),
    "Reach 80 weekly users (up from 15)": ("increase", 15, 80, None, "users"),
    "Cut lead time from 7 months to 3 months": ("decrease", 7, 3, None, "months"),
}


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES.items())
def test_near_misses_of_the_twelfth_round_rules(text, expected):
    assert fields(text) == expected

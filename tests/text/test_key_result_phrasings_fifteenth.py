"""The key result parser on the fifteenth-round families (see key_result_phrasings_fifteenth)."""

import pytest

from cairn.coach.wording import is_activity
from cairn.text.key_result_parser import parse_key_result
from tests.text.key_result_phrasings_fifteenth import fifteenth_round_phrasings
from tests.text.test_key_result_phrasings import check, fields


@pytest.mark.parametrize(
    "phrasing", fifteenth_round_phrasings(), ids=lambda p: f"{p.language}-{p.family}-{p.text}"
)
def test_fifteenth_round_families(phrasing):
    check(phrasing)


_PCT = "%"

# Near misses of each rule: sentences that must read as before the fifteenth round.
NEAR_MISSES = {
    # Russian "на" after a verb is still "by"; "с … до" still from–to
    "Увеличить конверсию на 20%": ("increase", None, None, {"amount": 20, "relative": True}, None),
    "Увеличение объема с 50% до 200%": ("increase", 50, 200, None, _PCT),
    # a Japanese target stays a target; the change without "の" as before
    "顧客満足度 95% を達成する": ("increase", None, 95, None, _PCT),
    "学生エンゲージメントを 12% 増加": ("increase", None, None, {"amount": 12, "relative": True}, None),
    # "đồng" is still VND
    "Đạt doanh thu 20 triệu đồng": ("increase", None, 20000000, None, "VND"),
    # a label without a number before a bound, a baseline aside without a comma
    "Gross margin: above 68%": ("stay_above", None, 68, None, _PCT),
    "CAC payback: under 14 months (currently 21)": ("decrease", 21, 14, None, "months"),
    "Publish 12 posts (currently 4)": ("increase", 4, 12, None, "posts"),
    # an arrow between two values is a from–to, not a target after a qualifier
    "Increase activation from 55% → 75%": ("increase", 55, 75, None, _PCT),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES.items())
def test_near_misses_of_the_fifteenth_round_rules(text, expected):
    assert fields(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Пять новых приложений, разработанных и принятых в Организации",
        "Publish 12 long-form pieces (currently averaging 4/quarter)",
    ],
)
def test_work_stays_work_once_its_count_or_baseline_is_read(text):
    # the coach read these as activities before the parser read their numbers (round 13)
    assert is_activity(text, parse_key_result(text))

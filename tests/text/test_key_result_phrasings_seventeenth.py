"""The key result parser on the seventeenth-round families (see key_result_phrasings_seventeenth)."""

import pytest

from cairn.text.comparison_clauses import signed_money, without_comparison
from cairn.text.counted_nouns import vietnamese_syllable
from cairn.text.key_result_parser import parse_key_result
from cairn.text.stated_targets import stated_target
from tests.text.key_result_phrasings_seventeenth import seventeenth_round_phrasings
from tests.text.test_key_result_phrasings import check, fields


@pytest.mark.parametrize(
    "phrasing", seventeenth_round_phrasings(), ids=lambda p: f"{p.language}-{p.family}-{p.text}"
)
def test_seventeenth_round_families(phrasing):
    check(phrasing)


_PCT = "%"

# Near misses of each rule: sentences that must read as before the seventeenth round.
NEAR_MISSES = {
    # "이내" after a period stays a timeframe; a change without an adverb as before
    "30일 이내 답변": (None, None, None, None, None),
    "고객 문의 24시간 이내 응답": ("stay_below", None, 24, None, "hours"),
    "매출 50% 증가": ("increase", None, None, {"amount": 50, "relative": True}, None),
    "이탈률 30% 감소": ("decrease", None, None, {"amount": 30, "relative": True}, None),
    # a score with a bound sign or a move to it, and a count of a whole
    "CSAT > 4.5/5": ("stay_above", None, 4.5, None, None),
    "Increase customer satisfaction to 4.8/5": ("increase", None, 4.8, None, None),
    "Validate value prop resonates with 5/5 stakeholders": ("increase", None, 5, None, "stakeholders"),
    # acronyms that are a score or a modifier are no unit
    "Mobilizer sentiment bigger than 15 NPS": ("stay_above", None, 15, None, None),
    "Reach 50 NPS": ("increase", None, 50, None, None),
    "Deploy 5 AI models to production": ("increase", None, 5, None, "models"),
    "Generate 500 MQLs": ("increase", None, 500, None, "MQLs"),
    # an English loan or a word that follows a Vietnamese noun stays out of it
    "Ký được 5 hợp đồng pilot trả phí": ("increase", None, 5, None, "hợp đồng"),
    "Có 50 người tham gia": ("increase", None, 50, None, "người"),
    "Đạt 200 shop active": ("increase", None, 200, None, "shop"),
    # a status note in words adds nothing; the English "current → target" as before
    "성능 모니터링 체계 구축 — 현재: OpenTelemetry 설정 파일 존재하나 미활성 / 목표: 주요 API 응답시간 모니터링 대시보드 구축": (None, None, None, None, None),
    "Close 3 enterprise deals (>$50K ARR each) — current 0 → target 3": ("increase", 0, 3, None, "deals"),
    # a sign after a number or inside a range is no change; a signed percent or score as before
    "Grow revenue 3 +$5": ("stay_above", None, 3, None, None),
    "Reduce price to $5-$10": ("decrease", None, 10, None, "$"),
    "AOV +10%": ("increase", None, None, {"amount": 10, "relative": True}, None),
    "NPS +10": ("increase", None, None, {"amount": 10, "relative": False}, None),
    # "mehr als" is a bound, not a change by an amount
    "Es nehmen mehr als 4 Kunden teil": ("stay_above", None, 4, None, "Kunden"),
    # a Chinese adverb without "从", or with no verb of change after it, as before
    "持续提升用户满意度": (None, None, None, None, None),
    "用户满意度持续提升到90%": ("increase", None, 90, None, "%"),
    "NPS从4.0提升至4.5": ("increase", 4, 4.5, None, None),
    # an aim before a word that is no verb, and a share of the items, as before
    "Aim to be in the top 3": (None, None, None, None, None),
    "Aim to 500 users": ("increase", None, 500, None, "users"),
    "Strive to deliver 3 workshops": ("increase", None, 3, None, "workshops"),
    "Resolve 95% of tickets": ("increase", None, 95, None, _PCT),
    # "equivalent" without a clause sign before it is left as written
    "Reach 10,000 users equivalent to our 2025 goal": ("increase", None, 10000, None, "users"),
}  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES.items())
def test_near_misses_of_the_seventeenth_round_rules(text, expected):
    assert fields(text) == expected


def test_a_status_note_gives_its_current_value_as_the_baseline():
    assert stated_target("자동화율 50% — 현재: 26% / 목표: 50%") == ("자동화율 50%", "26%", None)
    assert stated_target("模板库 — 当前：26个 / 目标：50个") == ("模板库 50个", "26", None)
    assert stated_target("견적 전환율 30% — 현재: 측정 전 / 목표: 30%") == (
        "견적 전환율 30%",
        None,
        None,
    )
    assert stated_target("Coverage 50% / target 80%") is None


def test_a_comparison_clause_is_set_apart_only_after_a_value():
    assert (
        without_comparison("≥ 30% users — equivalent to double the baseline 15%") == "≥ 30% users"
    )
    assert without_comparison("≥ 30% users, tương đương gấp đôi baseline 15%") == "≥ 30% users"
    text = "Users equivalent to twice the baseline of 15%"
    assert without_comparison(text) == text
    assert without_comparison("Grow users — equivalent to 15% of the market") == (
        "Grow users — equivalent to 15% of the market"
    )


def test_a_signed_amount_of_money_after_a_word_is_a_change():
    assert signed_money("AOV +€10") == "AOV up €10"
    assert signed_money("CAC -$5") == "CAC down $5"
    assert signed_money("$10-$20 per seat") == "$10-$20 per seat"
    assert signed_money("Grow revenue 3 +$5") == "Grow revenue 3 +$5"


@pytest.mark.parametrize("word", ["huynh", "sinh", "minh", "nghiep", "tin"])
def test_vietnamese_syllables(word):
    assert vietnamese_syllable(word)


@pytest.mark.parametrize("word", ["pilot", "blog", "test", "app", "tool", "shop"])
def test_english_loans_are_no_vietnamese_syllable(word):
    assert not vietnamese_syllable(word)


# The lead's decision on compound units (docs/plaintext.md, "A third label decision"): a fixed
# compound whose head alone says something else is counted whole; any other noun before the head
# is dropped, as the older sets label "14 account executives" (executives) and "5 AI models".


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Publish 5 customer case studies", "case studies"),
        ("Write 12 user stories for the editor", "user stories"),
        ("Ship 4 landing pages", "landing pages"),
        ("Document 10 use cases", "use cases"),
        ("Open 30 Pull Requests", "pull requests"),
    ],
)
def test_a_fixed_compound_is_counted_whole(text, unit):
    assert parse_key_result(text).unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Onboard 50 career advisors", "advisors"),
        ("Integrate 5 API endpoints", "endpoints"),
        ("Publish 10 technical blog posts", "posts"),
        ("Hire 14 account executives", "executives"),
    ],
)
def test_another_noun_before_the_counted_head_is_dropped(text, unit):
    assert parse_key_result(text).unit == unit

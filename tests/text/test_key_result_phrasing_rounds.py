"""The key result parser on every rules round's generated families and near misses (issue 15).

Each round since the twenty-second has a generator `tests/text/key_result_phrasings_<round>.py`
with a function returning its families' phrasings and `near_misses()` returning sentences that
look alike and must read as before. A round is registered here once; its own test module keeps
only the checks particular to it (how many languages a family spans, a real row).
"""

from importlib import import_module

import pytest

from cairn.text.key_result_parser import parse_key_result
from tests.text.test_key_result_phrasings import check

# generator module (tests/text/key_result_phrasings_<name>.py): its families' function
ROUNDS = {
    "twenty_second": "twenty_second_round_phrasings",
    "twenty_third": "twenty_third_round_phrasings",
    "twenty_fourth": "twenty_fourth_round_phrasings",
    "twenty_fifth": "twenty_fifth_round_phrasings",
    "twenty_sixth": "twenty_sixth_round_phrasings",
    "thirty_first": "thirty_first_round_phrasings",
    "after_round31": "after_round31_phrasings",
    "after_round32": "after_round32_phrasings",
    "after_round33": "after_round33_phrasings",
    "after_round34": "after_round34_phrasings",
    "after_round35": "after_round35_phrasings",
    "after_round37": "after_round37_phrasings",
    "after_round38": "after_round38_phrasings",
    "after_round39": "after_round39_phrasings",
    "after_round42": "after_round42_phrasings",
    "thirty_second": "thirty_second_phrasings",
}


def _generator(name: str):
    return import_module(f"tests.text.key_result_phrasings_{name}")


def families(name: str) -> list:
    """The phrasings of one round's families."""
    return getattr(_generator(name), ROUNDS[name])()


FAMILIES = [(name, p) for name in ROUNDS for p in families(name)]
NEAR_MISSES = [(name, p) for name in ROUNDS for p in _generator(name).near_misses()]


@pytest.mark.parametrize(
    ("round_name", "phrasing"),
    FAMILIES,
    ids=[f"{n}-{p.language}-{p.family}-{p.text}" for n, p in FAMILIES],
)
def test_each_rounds_families_read_right(round_name, phrasing):
    check(phrasing)


@pytest.mark.parametrize(
    ("round_name", "phrasing"),
    NEAR_MISSES,
    ids=[f"{n}-{p.language}-{p.text}" for n, p in NEAR_MISSES],
)
def test_each_rounds_near_misses_read_as_before(round_name, phrasing):
    check(phrasing)


def test_every_round_has_families_and_near_misses():
    for name in ROUNDS:
        assert families(name), name
        assert _generator(name).near_misses(), name


def test_the_after_round31_passive_family_spans_eight_languages():
    languages = {p.language for p in families("after_round31") if p.family.startswith("passive")}
    assert {"en", "de", "fr", "es", "pt", "it", "nl", "ru"} <= languages


def test_the_after_round32_named_bound_and_goal_families_span_five_languages():
    for family in ("named bound", "goal lead-in"):
        languages = {p.language for p in families("after_round32") if p.family == family}
        assert {"en", "es", "fr", "pt", "it"} <= languages


def test_the_round33_row_counts_doanh_nghiep():
    parsed = parse_key_result("Đạt 200 doanh nghiệp đăng ký sử dụng trước 30/06")
    assert (parsed.direction, parsed.target, parsed.unit) == ("increase", 200, "doanh nghiệp")


def test_the_round34_row_reads_a_million_singapore_dollars():
    parsed = parse_key_result("除房产外有百万新元以上的高流动性资产。")
    assert (parsed.direction, parsed.target, parsed.unit) == ("stay_above", 1e6, "新元")

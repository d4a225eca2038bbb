"""The key result parser on the families after round 34 (see key_result_phrasings_after_round34)."""

import pytest

from cairn.text.key_result_parser import parse_key_result
from tests.text.key_result_phrasings_after_round34 import after_round34_phrasings, near_misses
from tests.text.test_key_result_phrasings import check


@pytest.mark.parametrize(
    "phrasing", after_round34_phrasings(), ids=lambda p: f"{p.language}-{p.family}-{p.text}"
)
def test_after_round34_families(phrasing):
    check(phrasing)


@pytest.mark.parametrize("phrasing", near_misses(), ids=lambda p: f"{p.language}-{p.text}")
def test_near_misses_of_the_after_round34_rules(phrasing):
    check(phrasing)


def test_the_round34_row_reads_a_million_singapore_dollars():
    parsed = parse_key_result("除房产外有百万新元以上的高流动性资产。")
    assert (parsed.direction, parsed.target, parsed.unit) == ("stay_above", 1e6, "新元")

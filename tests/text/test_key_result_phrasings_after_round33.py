"""The key result parser on the families after round 33 (see key_result_phrasings_after_round33)."""

import pytest

from cairn.text.key_result_parser import parse_key_result
from tests.text.key_result_phrasings_after_round33 import after_round33_phrasings, near_misses
from tests.text.test_key_result_phrasings import check


@pytest.mark.parametrize(
    "phrasing", after_round33_phrasings(), ids=lambda p: f"{p.language}-{p.family}-{p.text}"
)
def test_after_round33_families(phrasing):
    check(phrasing)


@pytest.mark.parametrize("phrasing", near_misses(), ids=lambda p: f"{p.language}-{p.text}")
def test_near_misses_of_the_after_round33_rules(phrasing):
    check(phrasing)


def test_the_round33_row_counts_doanh_nghiep():
    parsed = parse_key_result("Đạt 200 doanh nghiệp đăng ký sử dụng trước 30/06")
    assert (parsed.direction, parsed.target, parsed.unit) == ("increase", 200, "doanh nghiệp")

"""The key result parser on the twenty-sixth-round families (see key_result_phrasings_twenty_sixth)."""

import pytest

from tests.text.key_result_phrasings_twenty_sixth import near_misses, twenty_sixth_round_phrasings
from tests.text.test_key_result_phrasings import check, fields


@pytest.mark.parametrize(
    "phrasing", twenty_sixth_round_phrasings(), ids=lambda p: f"{p.language}-{p.family}-{p.text}"
)
def test_twenty_sixth_round_families(phrasing):
    check(phrasing)


@pytest.mark.parametrize("phrasing", near_misses(), ids=lambda p: f"{p.language}-{p.text}")
def test_near_misses_of_the_twenty_sixth_round_rules(phrasing):
    check(phrasing)


def test_the_wish_family_spans_chinese_japanese_and_korean():
    languages = {p.language for p in twenty_sixth_round_phrasings() if p.family == "wish for more"}
    assert {"zh", "zh-Hant", "ja", "ko"} <= languages


def test_a_hyphened_bound_needs_a_number_after_it():
    """ "at-least-once delivery" names a guarantee; "at-least 20" is a floor."""
    assert fields("Keep at-least 20 mentors")[0] == "stay_above"
    assert fields("Adopt at-least-once delivery")[2] is None

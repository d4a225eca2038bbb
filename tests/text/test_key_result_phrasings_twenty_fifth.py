"""The key result parser on the twenty-fifth-round families (see key_result_phrasings_twenty_fifth)."""

import pytest

from tests.text.key_result_phrasings_twenty_fifth import near_misses, twenty_fifth_round_phrasings
from tests.text.test_key_result_phrasings import check


@pytest.mark.parametrize(
    "phrasing", twenty_fifth_round_phrasings(), ids=lambda p: f"{p.language}-{p.family}-{p.text}"
)
def test_twenty_fifth_round_families(phrasing):
    check(phrasing)


@pytest.mark.parametrize("phrasing", near_misses(), ids=lambda p: f"{p.language}-{p.text}")
def test_near_misses_of_the_twenty_fifth_round_rules(phrasing):
    check(phrasing)


def test_the_current_value_family_spans_seven_languages():
    languages = {p.language for p in twenty_fifth_round_phrasings() if p.family == "current value"}
    assert len(languages) >= 7

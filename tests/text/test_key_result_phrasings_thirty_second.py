"""The key result parser on the thirty-second round's families (see
key_result_phrasings_thirty_second)."""

import pytest

from tests.text.key_result_phrasings_thirty_second import near_misses, thirty_second_phrasings
from tests.text.test_key_result_phrasings import check


@pytest.mark.parametrize(
    "phrasing", thirty_second_phrasings(), ids=lambda p: f"{p.language}-{p.family}-{p.text}"
)
def test_thirty_second_families(phrasing):
    check(phrasing)


@pytest.mark.parametrize("phrasing", near_misses(), ids=lambda p: f"{p.language}-{p.text}")
def test_near_misses_of_the_thirty_second_rules(phrasing):
    check(phrasing)

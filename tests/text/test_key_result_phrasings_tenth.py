"""The key result parser on the tenth-round families (issue 15; see key_result_phrasings_tenth)."""

import pytest

from tests.text.key_result_phrasings_tenth import tenth_round_phrasings
from tests.text.test_key_result_phrasings import check


@pytest.mark.parametrize(
    "phrasing", tenth_round_phrasings(), ids=lambda p: f"{p.language}-{p.family}-{p.text}"
)
def test_tenth_round_families(phrasing):
    check(phrasing)

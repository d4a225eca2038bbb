"""The key result parser on the families after round 31 (see key_result_phrasings_after_round31)."""

import pytest

from tests.text.key_result_phrasings_after_round31 import after_round31_phrasings, near_misses
from tests.text.test_key_result_phrasings import check


@pytest.mark.parametrize(
    "phrasing", after_round31_phrasings(), ids=lambda p: f"{p.language}-{p.family}-{p.text}"
)
def test_after_round31_families(phrasing):
    check(phrasing)


@pytest.mark.parametrize("phrasing", near_misses(), ids=lambda p: f"{p.language}-{p.text}")
def test_near_misses_of_the_after_round31_rules(phrasing):
    check(phrasing)


def test_the_passive_family_spans_eight_languages():
    languages = {p.language for p in after_round31_phrasings() if p.family.startswith("passive")}
    assert {"en", "de", "fr", "es", "pt", "it", "nl", "ru"} <= languages

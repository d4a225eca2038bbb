"""The key result parser on the families after round 32 (see key_result_phrasings_after_round32)."""

import pytest

from tests.text.key_result_phrasings_after_round32 import after_round32_phrasings, near_misses
from tests.text.test_key_result_phrasings import check


@pytest.mark.parametrize(
    "phrasing", after_round32_phrasings(), ids=lambda p: f"{p.language}-{p.family}-{p.text}"
)
def test_after_round32_families(phrasing):
    check(phrasing)


@pytest.mark.parametrize("phrasing", near_misses(), ids=lambda p: f"{p.language}-{p.text}")
def test_near_misses_of_the_after_round32_rules(phrasing):
    check(phrasing)


def test_the_named_bound_and_goal_families_span_five_languages():
    for family in ("named bound", "goal lead-in"):
        languages = {p.language for p in after_round32_phrasings() if p.family == family}
        assert {"en", "es", "fr", "pt", "it"} <= languages

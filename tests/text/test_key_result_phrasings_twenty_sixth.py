"""The key result parser on the twenty-sixth-round families (see key_result_phrasings_twenty_sixth)."""

from tests.text.key_result_phrasings_twenty_sixth import twenty_sixth_round_phrasings
from tests.text.test_key_result_phrasings import fields


def test_the_wish_family_spans_chinese_japanese_and_korean():
    languages = {p.language for p in twenty_sixth_round_phrasings() if p.family == "wish for more"}
    assert {"zh", "zh-Hant", "ja", "ko"} <= languages


def test_a_hyphened_bound_needs_a_number_after_it():
    """ "at-least-once delivery" names a guarantee; "at-least 20" is a floor."""
    assert fields("Keep at-least 20 mentors")[0] == "stay_above"
    assert fields("Adopt at-least-once delivery")[2] is None

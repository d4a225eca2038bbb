"""The key result parser on the twenty-fifth-round families (see key_result_phrasings_twenty_fifth)."""

from tests.text.key_result_phrasings_twenty_fifth import twenty_fifth_round_phrasings


def test_the_current_value_family_spans_seven_languages():
    languages = {p.language for p in twenty_fifth_round_phrasings() if p.family == "current value"}
    assert len(languages) >= 7

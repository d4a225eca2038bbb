"""The key result parser on the twenty-second-round families (see key_result_phrasings_twenty_second)."""

from cairn.text.key_result_parser import parse_key_result
from cairn.text.sentence import Sentence
from tests.text.key_result_phrasings_twenty_second import twenty_second_round_phrasings


def test_every_family_has_six_shapes_in_four_languages_where_the_pattern_exists():
    families: dict[str, set[str]] = {}
    for phrasing in twenty_second_round_phrasings():
        families.setdefault(phrasing.family, set()).add(phrasing.language)
    assert {"scale link", "prenominal"} <= set(families)
    assert len(families["scale link"]) >= 4 and len(families["prenominal"]) >= 4


def test_a_date_needs_a_whole_month_word():
    """ "50 nových" (Czech "new") is a count, not the 50th of November."""
    kinds = [t.kind for t in Sentence("Získat 50 nových klientů").tokens]
    assert "date" not in kinds
    assert [t.kind for t in Sentence("by 15 Nov 2026").tokens].count("date") == 1


def test_a_percent_escape_is_no_number_outside_the_languages_writing_the_sign_first():
    assert parse_key_result("See https://x.io/a%23b for 5 guides").target == 5
    assert parse_key_result("Create %23 blueprints").target is None

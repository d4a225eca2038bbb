"""The key result parser on the twenty-fourth-round families (see key_result_phrasings_twenty_fourth)."""

from cairn.text.key_result_parser import parse_key_result
from tests.text.key_result_phrasings_twenty_fourth import twenty_fourth_round_phrasings
from tests.text.test_key_result_phrasings import fields


def test_the_noun_of_change_family_has_six_shapes_in_four_languages():
    languages = {
        p.language for p in twenty_fourth_round_phrasings() if p.family == "noun of change"
    }
    shapes = [p for p in twenty_fourth_round_phrasings() if p.family == "noun of change"]
    assert len(languages) >= 4 and len(shapes) >= 6


def test_an_article_before_another_noun_stays():
    """Only an article before a noun of change is dropped: "la note de 4,5" names a value."""
    assert fields("la note moyenne de 4,5")[2] == 4.5
    assert fields("la baisse de 3 points")[3] == {"amount": 3, "relative": False}


def test_the_metric_after_zero_keeps_two_modifiers_of_one_head():
    """ "unbounded or long-running tasks" is one head with two modifiers; "bugs or incidents" two."""
    parsed = parse_key_result("Eliminate all unbounded or long-running tasks (>10 minutes)")
    assert parsed.metric == "unbounded or long-running tasks"
    assert parse_key_result("Zero bugs or incidents").metric == "bugs"

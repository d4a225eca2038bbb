"""The key result parser on the twenty-seventh-round families (see key_result_phrasings_twenty_seventh)."""

import pytest

from cairn.text.factor_phrases import factor_after_verb, nordic_factor
from cairn.text.hyphen_bounds import sub_bounds
from cairn.text.nordic_words import nordic_bounds
from cairn.text.percentage_points import points_as_pp
from cairn.text.score_pairs import one_scale
from cairn.text.two_unit_durations import one_unit_durations
from tests.text.key_result_phrasings_twenty_seventh import (
    near_misses,
    twenty_seventh_round_phrasings,
)
from tests.text.test_key_result_phrasings import check, fields


@pytest.mark.parametrize(
    "phrasing", twenty_seventh_round_phrasings(), ids=lambda p: f"{p.language}-{p.family}-{p.text}"
)
def test_twenty_seventh_round_families(phrasing):
    check(phrasing)


@pytest.mark.parametrize("phrasing", near_misses(), ids=lambda p: f"{p.language}-{p.text}")
def test_near_misses_of_the_twenty_seventh_round_rules(phrasing):
    check(phrasing)


def test_each_family_spans_four_languages_or_more():
    groups = {
        "durations": {"two-unit duration", "one-letter unit"},
        "points": {"percentage points"},
        "scores": {"score pair"},
        "factors": {"factor after the metric"},
        "bound and scale words": {"bound word", "scale word", "nordic pair"},
        "changes": {"change then target"},
    }
    phrasings = twenty_seventh_round_phrasings()
    for group, families in groups.items():
        languages = {p.language for p in phrasings if p.family in families}
        assert len(languages) >= 4, (group, languages)


def test_a_duration_in_two_units_is_one_duration_in_the_smaller_unit():
    assert one_unit_durations("from 1h 30m to 45 min") == "from 90 min to 45 min"
    assert one_unit_durations("to 4 min 30 sec") == "to 270 sec"
    assert one_unit_durations("de 1h30 à 45 min") == "de 90 min à 45 min"
    assert one_unit_durations("von 1 Std. 30 Min. auf 45 Min.") == "von 90 min auf 45 Min."


def test_a_one_letter_unit_needs_another_duration_beside_it():
    assert one_unit_durations("from 2 h to 30 min") == "from 2 hrs to 30 min"
    assert one_unit_durations("Run 3 h of training for 20 new hires") == (
        "Run 3 h of training for 20 new hires"
    )
    # plural numbers and money stay as written
    assert one_unit_durations("Cut 404s within 2 hours") == "Cut 404s within 2 hours"
    assert one_unit_durations("Cut downtime to 2 hours and losses to $45m").endswith("$45m")


def test_percentage_points_only_after_a_number():
    assert points_as_pp("em 3 p.p.") == "em 3 pp"
    assert points_as_pp("o 3 punkty procentowe") == "o 3 pp"
    assert points_as_pp("Publish a 20 pp. report") == "Publish a 20 pp. report"
    assert points_as_pp("see p.p. 4") == "see p.p. 4"


def test_a_score_pair_drops_its_first_scale_only_when_it_cannot_be_two_dates():
    assert one_scale("from 4.2/5 to 4.6/5") == "from 4.2 to 4.6/5"
    assert one_scale("Run the campaign from 1/5 to 3/5") == "Run the campaign from 1/5 to 3/5"
    assert one_scale("from 4.2/5 to 4.6/10") == "from 4.2/5 to 4.6/10"


def test_a_factor_is_read_with_the_verb_before_it():
    assert factor_after_verb("reduce время ответа в 2 раза") == "reduce время ответа by half"
    assert factor_after_verb("increase выручку в 3 раза") == "increase выручку by 3x"
    # a larger factor of reduction is left open; no verb of change, no factor
    assert factor_after_verb("reduce время ответа в 3 раза") == "reduce время ответа в 3 раза"
    assert factor_after_verb("Сайт загружается в 2 раза быстрее") == (
        "Сайт загружается в 2 раза быстрее"
    )


def test_nordic_verbs_and_bounds():
    assert nordic_factor("Fördubbla antalet användare") == "Double antalet användare"
    assert nordic_factor("Doble verificación activada") == "Doble verificación activada"
    assert nordic_bounds("Nå minst 500 kunder") == "Nå at least 500 kunder"
    assert nordic_bounds("Minst en gång i veckan") == "Minst en gång i veckan"
    # Italian "fra 5 e 10" is between, not a Nordic pair
    assert nordic_bounds("Aumentare le vendite fra 5 e 10%") == "Aumentare le vendite fra 5 e 10%"


def test_sub_is_a_ceiling_but_not_in_an_issue_key():
    assert sub_bounds("Achieve sub-200ms latency") == "Achieve under 200ms latency"
    assert sub_bounds("Reduce page load to sub-second") == "Reduce page load to under 1 second"
    assert sub_bounds("Close SUB-123") == "Close SUB-123"
    assert fields("Keep CAC south of $200")[0] == "stay_below"

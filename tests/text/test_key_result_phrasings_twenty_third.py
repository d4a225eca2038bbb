"""The key result parser on the twenty-third-round families (see key_result_phrasings_twenty_third)."""

import pytest

from tests.text.key_result_phrasings_twenty_third import twenty_third_round_phrasings
from tests.text.test_key_result_phrasings import fields


def test_every_family_has_six_shapes_in_four_languages_where_the_pattern_exists():
    families: dict[str, set[str]] = {}
    shapes: dict[str, int] = {}
    for phrasing in twenty_third_round_phrasings():
        families.setdefault(phrasing.family, set()).add(phrasing.language)
        shapes[phrasing.family] = shapes.get(phrasing.family, 0) + 1
    for family in ("relative change", "debt paid off", "floor in words", "time improved"):
        assert len(families[family]) >= 4 and shapes[family] >= 6, family


def test_a_debt_paid_and_a_payment():
    """Paying a debt off lowers it; paying someone names an amount to reach."""
    assert fields("Pay off $5,000 of credit card debt")[0] == "decrease"
    assert fields("Pay $500 to the landlord")[0] == "increase"


# Round 25's first run (development material since): a key result may open with a gerund of a
# verb that moves a number ("cutting hospital readmission rates by 30%"); its base gives the
# direction as the verb would. Gerunds of other verbs ("Building", "Running") read as before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("cutting hospital readmission rates by 30%", ("decrease", None, None, 30, None)),
        ("Lowering onboarding drop-off by 15%", ("decrease", None, None, 15, None)),
        ("Trimming infrastructure spend by 12%", ("decrease", None, None, 12, None)),
        ("Growing weekly signups by 20%", ("increase", None, None, 20, None)),
        ("Boosting referral traffic by 25%", ("increase", None, None, 25, None)),
        ("Running 5 customer workshops", ("increase", None, 5, None, "workshops")),
    ],
)
def test_a_gerund_of_moving_leads_like_its_verb(text, expected):
    direction, start, target, change, unit = fields(text)
    amount = change["amount"] if change else None
    assert (direction, start, target, amount, unit) == expected

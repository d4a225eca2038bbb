"""The ordered rule lists of coach/work_rules.py: every name has its rule, in the written order."""

import pytest

from cairn.coach import own_practice, wording, working
from cairn.coach.work_rules import OWN_WORK, RESULT_AFTER_ALL, Rules


def test_every_named_rule_is_registered_in_its_order():
    for rules in (OWN_WORK, RESULT_AFTER_ALL):
        assert len(rules.rules()) == len(rules.order)
    assert OWN_WORK.rules()[0] is wording._certified_staff
    assert OWN_WORK.rules()[1] is own_practice._own_practice_rule
    assert RESULT_AFTER_ALL.rules()[0] is working._passed_or_works_rule


def test_a_rule_must_be_named_in_the_order_and_registered_once():
    rules: Rules[[str]] = Rules(("first", "second"))
    rules.rule("first")(lambda text: text == "a")
    with pytest.raises(ValueError):
        rules.rule("first")(lambda text: False)
    with pytest.raises(ValueError):
        rules.rule("third")(lambda text: False)
    with pytest.raises(LookupError):
        rules.rules()  # "second" has no rule
    rules.rule("second")(lambda text: text == "b")
    assert rules.any("b") and rules.any("a") and not rules.any("c")
    with pytest.raises(ValueError):
        rules.rule("second")(lambda text: False)  # frozen on first use

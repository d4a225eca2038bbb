"""Every composed batch of the coach's rounds is judged by its label (issue 15, rounds 10 to 23).

Each round's coach rules came with a batch of composed key results, a table of templates in
tests/coach/phrasings_<round>.py (the SECOND tables hold the older sets' families of the same
round); every template's composed forms (plain, with a floor, a deadline, both, a label) must be
judged as labelled: an activity flagged KR102, a vague key result KR104 or KR101, an outcome
neither. The rounds' own modules (test_<round>_round.py) keep each rule's sentences and near
misses; the tenth to twelfth rounds' batches with strict xfails stay there.
"""

from importlib import import_module

import pytest

from tests.coach.phrasings import coach_right, templates, variants

# (round, the table of its phrasings module)
BATCHES = (
    ("tenth", "TENTH"),
    ("thirteenth", "THIRTEENTH"),
    ("fourteenth", "FOURTEENTH"),
    ("fifteenth", "FIFTEENTH"),
    ("sixteenth", "SIXTEENTH"),
    ("seventeenth", "SEVENTEENTH"),
    ("seventeenth", "SECOND"),
    ("eighteenth", "EIGHTEENTH"),
    ("eighteenth", "SECOND"),
    ("nineteenth", "NINETEENTH"),
    ("nineteenth", "SECOND"),
    ("twentieth", "TWENTIETH"),
    ("twenty_first", "TWENTY_FIRST"),
    ("twenty_second", "TWENTY_SECOND"),
    ("twenty_third", "TWENTY_THIRD"),
    ("twenty_fourth", "TWENTY_FOURTH"),
    ("twenty_fifth", "TWENTY_FIFTH"),
    ("twenty_sixth", "TWENTY_SIXTH"),
    ("twenty_seventh", "TWENTY_SEVENTH"),
    ("twenty_seventh", "SECOND"),
    ("thirty_first", "THIRTY_FIRST"),
    ("after_round33", "AFTER_ROUND33"),
    ("after_round34", "AFTER_ROUND34"),
    ("after_round35", "AFTER_ROUND35"),
    ("after_round37", "AFTER_ROUND37"),
    ("after_round38", "AFTER_ROUND38"),
    ("after_round42", "AFTER_ROUND42"),
    ("thirty_second", "THIRTY_SECOND"),
)


def _table(round_name: str, name: str) -> dict:
    return getattr(import_module(f"tests.coach.phrasings_{round_name}"), name)


PARAMS = [
    pytest.param(round_name, name, *t, id="-".join(map(str, (round_name, name, *t))))
    for round_name, name in BATCHES
    for t in templates(_table(round_name, name))
]


@pytest.mark.parametrize(("round_name", "name", "language", "family", "index"), PARAMS)
def test_every_batch_is_judged_by_its_label(round_name, name, language, family, index):
    table = _table(round_name, name)
    wrong = [p.text for p in variants(language, family, index, table) if not coach_right(p)]
    assert not wrong


def test_every_round_with_a_batch_is_here():
    assert {r for r, _ in BATCHES} >= {
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "twenty_first",
        "twenty_second",
        "twenty_third",
        "twenty_fourth",
        "twenty_fifth",
        "twenty_sixth",
        "twenty_seventh",
        "thirty_first",
        "after_round33",
        "after_round34",
        "after_round35",
        "after_round37",
        "after_round38",
        "after_round42",
        "thirty_second",
    }
    assert all(templates(_table(r, n)) for r, n in BATCHES)

"""Fixes after the first run of round 37 (issue 15, session 20; docs/plaintext.md, "After the
first run of round 37"): the parser's and the coach's rows they mend, and the new patterns read a
hostile paste in linear scans. The families and their near misses are in the generator
key_result_phrasings_after_round37 (test_key_result_phrasing_rounds) and the coach batch
phrasings_after_round37 (tests/coach/test_batches)."""

import pytest

from cairn.coach.wording import is_activity
from cairn.text.key_result_parser import parse_key_result


@pytest.mark.parametrize(
    ("text", "direction", "start", "target", "unit"),
    [
        ("At least one EHR vendor participates", "stay_above", None, 1, "vendors"),
        ("At least one lender purchases the system.", "stay_above", None, 1, "lenders"),
        ("300k usuários ativos (de 200k)", "increase", 200000, 300000, "usuários"),
        ("3 LOI assinados até fim de Q1", "increase", None, 3, "LOI"),
        ('Submit 2020 project proposal for "SMART Scheduling Links"', None, None, None, None),
        (
            "New issuers are subscribed to Zulip chat and bring questions to the community"
            " (at least three new issuers)",
            "stay_above",
            None,
            3,
            "issuers",
        ),
        (
            "Baisse du taux de recherches sans mises en relations (Nbre de recherches / mises en"
            " relations) :",
            "decrease",
            None,
            None,
            None,
        ),
    ],
)
def test_the_rows_of_round_37_read_right(text, direction, start, target, unit):
    parsed = parse_key_result(text)
    assert (parsed.direction, parsed.start, parsed.target, parsed.unit) == (
        direction,
        start,
        target,
        unit,
    )


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ('Submit 2020 project proposal for "SMART Scheduling Links"', True),
        ("Discuss opportunities to co-develop with at least two outside organizations", True),
        (
            "Build an evidence-manifest resolver that improves at least two weak attributes over"
            " the best reproduced baseline.",
            True,
        ),
        (
            "New issuers are subscribed to Zulip chat and bring questions to the community"
            " (at least three new issuers)",
            False,
        ),
    ],
)
def test_the_coach_rows_of_round_37_read_right(text, activity):
    assert is_activity(text) is activity


def test_the_new_patterns_nest_no_unbounded_repeat():
    from cairn.coach import own_contacts
    from cairn.text import asides, change_nouns, counted_nouns
    from tests.coach.linear_patterns import nested_unbounded

    for pattern in (
        asides._BARE_FROM,
        asides._BOUNDED_WORD,
        change_nouns._ROMANCE_LEADING,
        counted_nouns._ACRONYM,
        counted_nouns._PARTICIPLE,
        own_contacts._CONVERSING,
        own_contacts._WITH_COUNT,
    ):
        assert not nested_unbounded(pattern), pattern.pattern


def test_the_new_rules_read_a_hostile_paste_in_linear_scans(monkeypatch):
    from cairn.coach import own_contacts
    from cairn.text import change_nouns
    from tests.coach.linear_patterns import scans

    checks = [own_contacts.conversations_held, change_nouns.romance_noun_as_verb]
    piece = "Discuss with with at least two with 3 baisse du de la "
    work = scans(monkeypatch, (own_contacts, change_nouns), checks, piece)
    (calls_small, chars_small), (calls_large, chars_large) = work(2_000), work(16_000)
    assert calls_small == calls_large
    assert chars_large <= 8 * chars_small + 8 * calls_small

"""Fixes after the first run of round 38 (issue 15, session 21; docs/plaintext.md and
docs/coach.md, "After the first run of round 38"): the parser's and the coach's rows they mend,
and the new patterns read a hostile paste in linear scans. The families and their near misses
are in the generator key_result_phrasings_after_round38 (test_key_result_phrasing_rounds) and
the coach batch phrasings_after_round38 (tests/coach/test_batches)."""

import pytest

from cairn.coach.wording import is_activity
from cairn.text.key_result_parser import parse_key_result


@pytest.mark.parametrize(
    ("text", "direction", "target", "unit"),
    [
        ("Pitch deck + one-pager + demo do ISA prontos e ensaiados até 29/07.", None, None, None),
        ("Zerar erros críticos de lint/build do MVP.", "stay_below", 0, "erros"),
        ("ISA calculado com dados reais em ao menos 5 atrativos.", "stay_above", 5, "atrativos"),
    ],
)
def test_the_rows_of_round_38_read_right(text, direction, target, unit):
    parsed = parse_key_result(text)
    assert (parsed.direction, parsed.start, parsed.target, parsed.change, parsed.unit) == (
        direction,
        None,
        target,
        None,
        unit,
    )


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Pitch deck + one-pager + demo do ISA prontos e ensaiados até 29/07.", True),
        ("1 documento de proposta de valor B2G entregue à Secretaria.", True),
        ("100% dos papéis e sociedade formalizados até 13/07.", True),
        ("ISA calculado com dados reais em ao menos 5 atrativos.", True),
        ("Zerar erros críticos de lint/build do MVP.", False),
    ],
)
def test_the_coach_rows_of_round_38_read_right(text, activity):
    assert is_activity(text) is activity


def test_the_new_patterns_nest_no_unbounded_repeat():
    from cairn.coach import deliverables_done
    from cairn.text import floor_words, numeric_dates
    from tests.coach.linear_patterns import nested_unbounded

    for pattern in (
        numeric_dates._AFTER_DEADLINE,
        numeric_dates._BARE_END,
        floor_words._FLOOR,
        deliverables_done._DELIVERABLE_DONE,
        deliverables_done._ACRONYM_DONE,
        deliverables_done._ANY_DONE,
    ):
        assert not nested_unbounded(pattern), pattern.pattern


def test_the_new_rules_read_a_hostile_paste_in_linear_scans(monkeypatch):
    from cairn.coach import deliverables_done
    from cairn.text import floor_words, numeric_dates
    from tests.coach.linear_patterns import scans

    checks = [
        numeric_dates.without_numeric_dates,
        floor_words.romance_floors,
        deliverables_done.deliverable_done,
    ]
    piece = "Relatório até 29/07 bis 1.2 em ao menos 5 entregue by 1/3 "
    work = scans(monkeypatch, (numeric_dates, floor_words, deliverables_done), checks, piece)
    (calls_small, chars_small), (calls_large, chars_large) = work(2_000), work(16_000)
    assert calls_small == calls_large
    assert chars_large <= 8 * chars_small + 8 * calls_small

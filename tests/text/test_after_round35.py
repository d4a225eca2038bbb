"""Fixes after the first runs of rounds 35 and 36 (issue 15, session 20; docs/plaintext.md, "After
the first runs of rounds 35 and 36"): the parser's rows they mend, and the new patterns read a
hostile paste in linear scans. The families and their near misses are in the generator
key_result_phrasings_after_round35 (test_key_result_phrasing_rounds)."""

import pytest

from cairn.text.key_result_parser import parse_key_result


@pytest.mark.parametrize(
    ("text", "direction", "start", "target", "change", "unit"),
    [
        ("Score de seguranca elevado de 25 para pelo menos 55/100", "increase", 25, 55, None, None),
        ("Reach 175 lbs via healthy bulk (starting from 145)", "increase", 145, 175, None, "lbs"),
        (
            "Latencia comando-a-atuacao inferior a 2 segundos",
            "stay_below",
            None,
            2,
            None,
            "seconds",
        ),
        (
            "Sistema de alertas notifica via 3 canais (WebSocket, Telegram, Email)",
            "increase",
            None,
            3,
            None,
            "canais",
        ),
        (
            "1 internal project launched with validation criteria defined",
            "increase",
            None,
            1,
            None,
            "projects",
        ),
        ("売上拡大", "increase", None, None, None, None),
        ("Continue and grow IHRDC AI enablement engagement", "increase", None, None, None, None),
        ("Surveying backlog shrinking, not growing", "decrease", None, None, None, None),
        (
            "Grow monthly revenue by an additional $50k by end of year.",
            "increase",
            None,
            None,
            50000,
            "$",
        ),
        (
            "Detectar huecos conceptuales antes de los parciales, no después",
            None,
            None,
            None,
            None,
            None,
        ),
    ],
)
def test_the_rows_of_rounds_35_and_36_read_right(text, direction, start, target, change, unit):
    parsed = parse_key_result(text)
    amount = parsed.change.amount if parsed.change else None
    assert (parsed.direction, parsed.start, parsed.target, amount, parsed.unit) == (
        direction,
        start,
        target,
        change,
        unit,
    )


def test_the_new_patterns_nest_no_unbounded_repeat():
    from cairn.text import value_marks
    from cairn.text.languages import _patterns
    from tests.coach.linear_patterns import nested_unbounded

    assert not nested_unbounded(value_marks._RELATIVE)
    for language in ("pt", "es", "fr", "it", "de"):
        assert not nested_unbounded(_patterns(language).from_to), language


def test_the_new_rules_read_a_hostile_paste_in_linear_scans(monkeypatch):
    from cairn.text import value_marks
    from tests.coach.linear_patterns import scans

    checks = [value_marks.value_marks]
    piece = "inferior a superior a 2 inferiore inférieur à 1,5 erior a a a "
    work = scans(monkeypatch, (value_marks,), checks, piece)
    (calls_small, chars_small), (calls_large, chars_large) = work(2_000), work(16_000)
    assert calls_small == calls_large
    assert chars_large <= 8 * chars_small + 8 * calls_small

"""The key result parser on the thirty-second round's families (see
key_result_phrasings_thirty_second)."""

from cairn.text.key_result_parser import parse_key_result


def test_a_hostile_paste_of_the_new_shapes_is_read_in_linear_scans(monkeypatch):
    from cairn.text import any_language, asides, cjk_moves, languages_romance, stated_targets
    from tests.coach.linear_patterns import nested_unbounded, scans

    new = (
        stated_targets._LATIN_STATUS,
        stated_targets._LATIN_STATUS_WORDS,
        asides._ARROW_PAIR,
        cjk_moves._ZERO_BEFORE,
        stated_targets._CURRENT_TARGET,
        any_language._DOT_GROUPS_RE,
        any_language._DECIMAL_COMMA_RE,
        languages_romance._ELIDED,
    )
    assert not [p.pattern for p in new if nested_unbounded(p)]
    for piece, read in (
        ("Churn — Current: 5% / Target: 3% ", stated_targets.stated_target),
        ("Churn (Current: 5%, Target: 3%) ", stated_targets.stated_target),
        ("Lose 5 kg (82 → 77 kg) ", asides.prepare),
        ("MRR (actual: 30.000 €) ", asides.prepare),
        ("(actuellement 30 000 000 000 000 € ", asides.prepare),
        ("零P1事故 零重大 ", cjk_moves.zero_troubles),
        ("Raise 2.500 € or 0,05 € ", any_language.any_language),
        ("sotto l'1% dall'8% ", languages_romance.italian_elision),
        ("Baseline: 2% → Target: 4% ", stated_targets.stated_target),
    ):
        modules = [stated_targets, asides, cjk_moves, any_language, languages_romance]
        work = scans(monkeypatch, modules, [read], piece)
        (calls_small, chars_small), (calls_large, chars_large) = work(400), work(3_200)
        assert calls_small == calls_large, piece  # no call per item
        # no copy of the rest per item; a call on the line without its last note (a tail of at
        # most 40 characters) grows by 8× less that tail, hence the slack per call
        assert chars_large <= 8 * chars_small + 40 * calls_small, piece
        assert parse_key_result(piece * 400).text

"""A held duration after a count ("Five nodes run 48 h without error", issue 15 round 24) is found
in one pass over the sentence, whatever the number of figures before it (session 19: each figure's
place was looked up by `tokens.index`, so a pasted line of 5,000 figures cost 0.7 s, n²)."""

from __future__ import annotations

from cairn.text.held_durations import held_after_count
from cairn.text.key_result_parser import parse_key_result
from cairn.text.sentence import Sentence


class _Unindexed(list):
    """The sentence's tokens, refusing the scan from the start for each figure."""

    def index(self, *args):
        raise AssertionError("a figure's place looked up by scanning the tokens")


def test_the_held_duration_after_many_figures_is_found_without_a_scan_per_figure():
    sentence = Sentence("Reach " + "12, " * 300 + "then 5 nodes run 48 hours without error")
    main = [t for t in sentence.tokens if t.kind == "num" and t.unit is None][:1]
    main += [t for t in sentence.tokens if t.kind == "num"][1:]
    found = held_after_count(_Unindexed(sentence.tokens), main)
    assert found is not None and found.value == 48 and found.unit == "hours"


def test_no_held_duration_is_found_where_none_is_written():
    sentence = Sentence("Reach " + "12, " * 300 + "then 5 nodes run for 48 hours")
    main = [t for t in sentence.tokens if t.kind == "num"]
    assert held_after_count(_Unindexed(sentence.tokens), main) is None


def test_the_sentence_still_reads_the_streak_after_a_count():
    parsed = parse_key_result("Five simulated nodes run ritual 48 h without error")
    assert (parsed.direction, parsed.target, parsed.unit) == ("stay_above", 48, "hours")

"""What the faster parser must keep: the same tokens as reading character by character, each
sentence of a document parsed once, and the generated benchmark document read as written.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.import_document import bench_document, check, clear_caches
from cairn.text import document, tokens
from cairn.text.document import parse_document
from cairn.text.key_result_parser import parse_key_result
from cairn.text.tokens import Token, normalise, tokenize

_WORD = re.compile(tokens._WORD_PATTERN)
_PUNCT = re.compile(tokens._PUNCT_PATTERN)
_NUMBER = re.compile(tokens._NUM_PATTERN, re.IGNORECASE)
_NUMBER_FIRST = set("0123456789$€£¥₹+-−.UEGCJAISNDPBZMuegcjaisndpbzm")


def by_characters(text: str, spans: dict[int, tuple[int, str]]) -> list[tuple]:
    """Return the tokens read one start position at a time, as the tokenizer first did."""
    found, pos = [], 0
    while pos < len(text):
        if text[pos].isspace():
            pos += 1
            continue
        if pos in spans:
            end, kind = spans[pos]
        elif text[pos] in _NUMBER_FIRST and (match := _NUMBER.match(text, pos)):
            end, kind = match.end(), "num"
        else:
            match = _WORD.match(text, pos) or _PUNCT.match(text, pos)
            end, kind = match.end(), "word" if match.group()[0].isalnum() else "punct"
        found.append((kind, text[pos:end], pos, end))
        pos = end
    return found


def read(text: str) -> list[tuple]:
    return [
        (t.kind, t.text, t.start, t.end) for t in tokens._scan(text, tokens._special_spans(text))
    ]


PIECES = [
    " ", "  ", "x", "ab", "7", "30", "1,000", "2.5", "$", "US$", "usd", "€", "%", "-", "–", "/",
    "_", "→", ">=", "x/day", "per week", "by", "June", "the end of", "Q3", "2026", "FY26", "in",
    "within 60 days", "k", "m", "3x", "é", "²", "٣", "'", "&", ".", ",", "(", ")",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=14))
def test_tokens_are_those_read_character_by_character(pieces):
    text = "".join(pieces)
    assert read(text) == by_characters(text, tokens._special_spans(text))


@pytest.mark.parametrize(
    "text", ["Grow _active_ users by 5%", "_", "Cut __init__ time from 9 s to 3 s", "a _ b"]
)
def test_an_underscore_is_punctuation_not_a_crash(text):
    parsed = parse_key_result(text)
    assert parsed.text == text
    assert all(t.kind == "punct" for t in tokenize(normalise(text)) if t.text == "_")


def test_low_is_the_lower_cased_text():
    token = Token("word", "ÉtÉ", 0, 3)
    assert (token.low, token.value, token.unit, token.consumed) == ("été", None, None, False)


def test_each_sentence_of_a_document_is_parsed_once(monkeypatch):
    calls: list[str] = []

    def counting(text: str):
        calls.append(text)
        return parse_key_result.__wrapped__(text)

    monkeypatch.setattr(document, "parse_key_result", counting)
    text = "# Plans\n\n1. Delight customers\n   a. Reduce churn from 6% to 3%\n" * 3
    text += "## Grow\n- Reduce churn from 6% to 3%\n- Launch the help centre\n"
    parse_document(text, None)
    assert sorted(calls) == sorted(set(calls))
    assert "Reduce churn from 6% to 3%" in calls


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_benchmark_document_reads_as_it_was_written(seed):
    emails = [f"p{n}@bench.example" for n in range(20)]
    written = bench_document(300, emails, seed=seed)
    clear_caches()
    parsed = parse_document(written.text, None)
    check(parsed, written)
    assert {kr.owner for o in parsed.objectives for kr in o.key_results} - {None} <= set(emails)
    assert sum(1 for o in parsed.objectives if o.owner) > 30


def test_repeated_identical_objectives_keep_their_own_lines():
    text = "## Same\n\n## Same\n- Reduce churn from 6% to 3%\n\n## Same\n- Grow NPS from 30 to 40\n"
    parsed = parse_document(text, None)
    assert [(o.title, o.line, o.labels) for o in parsed.objectives] == [
        ("Same", 3, ()),
        ("Same", 6, ()),
    ]
    assert not parsed.problems

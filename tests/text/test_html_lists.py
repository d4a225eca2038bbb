"""HTML lists and paragraphs read as Markdown (text/html_lists.py): blocks and their cost."""

import re

from cairn.text import html_lists as module
from cairn.text.html_lists import _block_ends, html_lists


def test_each_opening_line_is_paired_with_the_line_that_closes_it():
    nested = ["<div>", "<ul>", "<li>a</li>", "</ul>", "</div>"]
    assert _block_ends(nested) == {0: 4, 1: 3}
    # an outer tag never closed: only the inner block is one
    assert _block_ends(["<div>", "<div>", "x", "</div>"]) == {1: 3}
    # a stray closing line closes nothing
    assert _block_ends(["</p>", "<p>", "x", "</p>"]) == {1: 3}


def test_a_block_longer_than_two_thousand_lines_is_left_as_written():
    lines = ["<ul>", *(["<li>x</li>"] * 1999), "</ul>"]  # its close is 2,000 lines below
    assert _block_ends(lines) == {}
    assert _block_ends(lines[:-2] + ["</ul>"]) == {0: 1999}


def test_a_block_is_rewritten_in_place_keeping_its_number_of_lines():
    lines = ["intro", "<ul>", "<li><strong>Objetivo:</strong> Crecer</li>", "</ul>", "after"]
    html_lists(lines)
    assert lines == ["intro", "- **Objetivo:** Crecer", "", "", "after"]


class _Counting:
    def __init__(self, pattern: re.Pattern) -> None:
        self.pattern, self.calls = pattern, 0

    def match(self, line: str):
        self.calls += 1
        return self.pattern.match(line)


def test_a_page_of_unclosed_tags_is_looked_at_once_per_line(monkeypatch):
    # Each opening line used to scan up to 2,000 lines for its close: a pasted page of 100,000
    # unclosed "<ul>" lines cost minutes of CPU. One pass with a stack looks at each line once.
    opening = _Counting(module._OPEN)
    monkeypatch.setattr(module, "_OPEN", opening)
    lines = ["<ul>", "<li>a"] * 5000
    html_lists(lines)
    assert opening.calls <= len(lines)
    assert lines[:2] == ["<ul>", "<li>a"]  # nothing closed, nothing rewritten

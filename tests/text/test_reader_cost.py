"""A pasted page costs the reader work in proportion to its length (docs/plaintext.md, "A hostile
paste costs time in proportion to its length"): passes that looked a line up with `lines.index`
compared lines field by field from the start, once per line they looked up."""

import pytest

from cairn.text import outline_guidance, outline_listed_objectives
from cairn.text.document import parse_document
from cairn.text.outline_lines import Line


@pytest.fixture
def line_comparisons(monkeypatch):
    counted = {"calls": 0}
    compare = Line.__eq__

    def counting(self, other):
        counted["calls"] += 1
        return compare(self, other)

    monkeypatch.setattr(Line, "__eq__", counting)
    return counted


def _calls(monkeypatch, module, name: str) -> dict[str, int]:
    """Count the calls of a module's function, so a test knows its pass ran."""
    counted = {"calls": 0}
    function = getattr(module, name)

    def counting(*args, **kwargs):
        counted["calls"] += 1
        return function(*args, **kwargs)

    monkeypatch.setattr(module, name, counting)
    return counted


def test_template_labels_over_their_prompts_compare_no_lines(monkeypatch, line_comparisons):
    # "Mål:" / "- Var ska jag?": each label's prompt is dropped; its place came from
    # lines.index, 1.2 million comparisons for this 4,000-line page
    guided = _calls(monkeypatch, outline_guidance, "_guided")
    page = "Mål:\n- Var ska jag?\n\nNyckelresultat:\n- Hur vet jag det?\n\nReach 10 users\n\n" * 500
    parse_document(page, None)
    assert guided["calls"] == 1000
    assert line_comparisons["calls"] == 0


def test_listed_objectives_over_their_key_results_compare_no_lines(monkeypatch, line_comparisons):
    below = _calls(monkeypatch, outline_listed_objectives, "_below")
    page = "### Objectives :\n- Grow revenue\n- Win users\n### Key Results:\n"
    page += "1. Grow revenue\n- Reach 10 users\n2. Win users\n- Sign 5 clients\n" * 500
    parse_document(page, None)
    assert below["calls"] >= 1000
    assert line_comparisons["calls"] == 0


class _CountingLines(list):
    """A list of lines counting the lines read one by one."""

    reads = 0

    def __getitem__(self, index):
        type(self).reads += 1
        return super().__getitem__(index)


@pytest.mark.parametrize("repeat", [500, 2000])
def test_sections_naming_the_okrs_read_each_line_a_bounded_number_of_times(repeat):
    # twenty-second round: each "## OKRs" heading's section is read up to its end or its first
    # line of another shape, and a section already kept is not read again from inside
    from cairn.text.outline_lines import read_lines
    from cairn.text.outline_okr_section import okr_section

    block = (
        "## OKRs 2025\n\nGrow\n- Reach 10 users\n\n### OKRs Q1\n- Sign 5 clients\n\nWin\n- A\n\n"
    )
    block += "A paragraph between titles.\n\n## About\n\nText.\n\n"
    lines = _CountingLines(read_lines(block * repeat))
    _CountingLines.reads = 0
    okr_section(lines)
    assert _CountingLines.reads <= 8 * len(lines)

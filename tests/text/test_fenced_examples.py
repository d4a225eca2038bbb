"""OKRs inside several code fences, each read alone (text/doc_fenced_examples.py): its cost."""

from cairn.text.doc_fenced_examples import fenced_examples
from cairn.text.key_result_parser import parse_key_result
from cairn.text.outline import read_outline

EXAMPLE = "```\nObjective: Grow revenue\n- KR1: Reach 10 paying users\n```\n## Writing Good KRs\n"


def test_each_fence_is_read_alone_and_keeps_the_pages_line_numbers():
    text = "# A guide\n\n" + EXAMPLE * 3
    outline = fenced_examples(text, lambda part: read_outline(part, parse_key_result))
    assert outline is not None
    assert [o.title for o in outline.objectives] == ["Grow revenue"] * 3
    lines = text.split("\n")
    for objective in outline.objectives:
        assert lines[objective.line - 1] == "Objective: Grow revenue"
        assert lines[objective.key_results[0].line - 1] == "- KR1: Reach 10 paying users"


def test_a_page_of_many_fences_reads_each_line_once():
    # Each fence used to be read with the whole page around it blanked: a pasted page of 2,000
    # fences (100 KB) took 12 s, a megabyte minutes. Only the fence's lines are read now.
    read_lines = 0

    def read(part: str):
        nonlocal read_lines
        read_lines += part.count("\n") + 1
        return read_outline(part, parse_key_result)

    text = EXAMPLE * 400
    outline = fenced_examples(text, read)
    assert outline is not None and len(outline.objectives) == 400
    assert read_lines <= text.count("\n")

"""Twenty-seventh-round reader rules (issue 15): conventions found by a survey before a held-out
set brought them: nested lists pasted under a plain title line, wiki markup and
reStructuredText pages, objectives written as plain lines over their key results.

The families are generated in twenty languages (tests/text/document_shapes_twenty_seventh.py)
and must be read exactly; the near misses keep their reading.
"""

import pytest

from bench.documents import read_tree
from cairn.text.outline_callouts import callout_boxes
from cairn.text.outline_export_marks import export_marks
from cairn.text.outline_wiki_pages import wiki_pages


def _tree(text: str) -> list[tuple[str, list[str]]]:
    return [(o["title"], [kr["title"] for kr in o["key_results"]]) for o in read_tree(text)]


TWO = [
    ("Make deploys boring", ["Cut failed deploys from 12% to 3%", "Halve median build time"]),
    ("Win customers", ["Reach 40 weekly active teams", "Raise NPS from 20 to 45"]),
]


# --- pasted nested lists ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("top", "sub"),
    [("• ", "    ◦ "), ("● ", "    ○ "), ("○ ", "\t▪ "), ("- ", "    - "), ("* ", "  * ")],
)
def test_a_plain_title_over_a_nested_list_titles_the_page(top, sub):
    lines = ["OKRs Q3 2026", ""]
    for title, krs in TWO:
        lines += [f"{top}{title}", *[f"{sub}{kr}" for kr in krs]]
    assert _tree("\n".join(lines)) == TWO


@pytest.mark.parametrize("number", ["{}- ", "{}\ufe0f\u20e3 ", "{}) "])
def test_numberings_of_pasted_text_number_items(number):
    lines = ["OKRs Q3 2026", ""]
    for i, (title, krs) in enumerate(TWO, 1):
        lines += [number.format(i) + title, *[f"    • {kr}" for kr in krs]]
    assert _tree("\n".join(lines)) == TWO


def test_a_range_is_no_numbered_item():
    text = "## Make deploys boring\n\n- Cut failed deploys from 12% to 3%\n\n3- 5 days of pairing a week\n"
    assert _tree(text)[0][0] == "Make deploys boring"
    assert "3- 5 days of pairing a week" not in _tree(text)[0][0]


def test_measured_items_over_notes_stay_key_results():
    text = (
        "Make deploys boring\n\n- Cut failed deploys from 12% to 3%\n    - Notes in the wiki\n"
        "- Halve build time to 5 minutes\n    - Ask the platform team\n"
    )
    assert _tree(text) == [
        (
            "Make deploys boring",
            ["Cut failed deploys from 12% to 3%", "Halve build time to 5 minutes"],
        )
    ]


def test_items_over_their_fields_are_no_objectives():
    text = (
        "**Secure funding**\n\n- Sign 3 investors\n  - Owner: Ana\n  - Score: 0.6\n"
        "- Raise 2 million euros\n  - Owner: Ben\n  - Score: 0.3\n"
    )
    assert [title for title, _ in _tree(text)] == ["Secure funding"]


# --- wiki markup and reStructuredText -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("= OKRs =\n\n== Grow ==\n# Sign 10 customers", "# OKRs\n\n## Grow\n1. Sign 10 customers"),
        (
            "h1. OKRs\nh2. Grow\n*Key results*\n# Sign 10",
            "# OKRs\n## Grow\n**Key results**\n1. Sign 10",
        ),
        ("||Objective||Key results||", "| Objective | Key results |\n| --- | --- |"),
        (
            "{panel:title=Objective 1: Grow}\n* Sign 10\n{panel}",
            "#### Objective 1: Grow\n* Sign 10\n",
        ),
        ("{code}\nx\n{code}", "```\nx\n```"),
        ("Grow\n~~~~\n\n#. Sign 10", "# Grow\n\n\n1. Sign 10"),
        (".. note::\n\n   Agree first.\n\n* Sign 10", "\n\n\n\n* Sign 10"),
    ],
)
def test_wiki_pages_are_written_as_markdown(text, markdown):
    assert wiki_pages(text) == markdown


@pytest.mark.parametrize(
    "text",
    [
        "# OKRs\n\nUse h2. headings in Jira, == … == in MediaWiki.\n\n## Grow\n- Sign 10",
        "# OKRs\n\n```\ncode\n```\n\n## Grow\n- Sign 10",
        "# OKRs\n\n~~~\ncode\n~~~\n\n## Grow\n- Sign 10",
        "# Objective 1: Grow\n- Sign 10\n# Objective 2: Keep\n- Keep 90%",
        "Title\n=====\n\n- Sign 10",
        "{objective}\n.. and then\n   more",
        "# OKRs\n\n```\nh2. Objective\n# first\n```\n\n# Grow\n- Sign 10",
    ],
)
def test_markdown_pages_are_no_wiki_pages(text):
    assert wiki_pages(text) == text


# --- plain titles -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("close", "lead"),
    [(":", "- "), (":", "1. "), (":", "    "), (":", "\t"), ("", "    "), ("", "\t"), ("：", "- ")],
)
def test_plain_titles_over_their_key_results(close, lead):
    lines = ["OKRs Q3 2026", ""]
    for title, krs in TWO:
        lines += [f"{title}{close}", *[f"{lead}{kr}" for kr in krs], ""]
    assert _tree("\n".join(lines)) == TWO


def test_a_section_closed_by_a_colon_after_them_is_context():
    lines = ["OKRs Q3 2026", ""]
    for title, krs in TWO:
        lines += [f"{title}:", *[f"- {kr}" for kr in krs], ""]
    lines += ["Risks:", "- Hiring may slip", "- The budget may freeze"]
    assert _tree("\n".join(lines)) == TWO


def test_one_title_closed_by_a_colon_is_a_label():
    text = "Make deploys boring:\n- Cut failed deploys from 12% to 3%\n- Halve median build time\n"
    assert _tree(text) == []


def test_measured_lines_closed_by_a_colon_over_unmeasured_points_are_no_titles():
    text = (
        "Reach 40 teams in these areas:\n- Reliability\n- Speed\n\n"
        "Cut failed deploys to 3% in:\n- Staging\n- Production\n"
    )
    assert _tree(text) == []


def test_an_unmeasured_indented_paragraph_is_no_objective():
    lines = ["OKRs Q3 2026", ""]
    for title, krs in TWO:
        lines += [f"{title}:", *[f"\t{kr}" for kr in krs], ""]
    lines += ["Why these goals", "    The team grew this quarter", "    and on-call doubled"]
    assert _tree("\n".join(lines)) == TWO


# --- key results in numbered columns ------------------------------------------------------------


@pytest.mark.parametrize(
    ("objective", "kr", "cells"),
    [
        ("Objective", "KR", ("Sign 10 customers", "Cut churn to 4%")),
        ("目标", "关键结果", ("日活跃用户达到 5000", "发布失败率降低到 3%")),
        ("Objetivo", "Resultado clave ", ("Firmar 10 clientes", "Bajar el churn al 4%")),
    ],
)
def test_numbered_key_result_columns_hold_key_results(objective, kr, cells):
    text = f"| {objective} | {kr}1 | {kr}2 |\n|---|---|---|\n| Grow | {cells[0]} | {cells[1]} |\n"
    assert _tree(text) == [("Grow", list(cells))]


# --- export marks -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        (
            "## **Objective 1\\: Grow**\n1\\. Cut churn to 4\\%",
            "## **Objective 1: Grow**\n1. Cut churn to 4%",
        ),
        ("[Ship \\[beta\\]](#kr) \\- 1\\.", "[Ship \\[beta\\]](#kr) - 1."),
        ("Cut churn (\\% done)", "Cut churn (\\% done)"),
        (":dart: *Grow*\n:white_check_mark: Done", "🎯 *Grow*\n✅ Done"),
        (":shipit: at 10:30:00", ":shipit: at 10:30:00"),
        (
            "→ Sign 10\n  -> Cut churn\n=> Keep 90%\n➜ Launch",
            "- Sign 10\n  - Cut churn\n- Keep 90%\n- Launch",
        ),
        ("Costs -> down", "Costs -> down"),
    ],
)
def test_export_marks_are_written_as_markdown(text, written):
    assert export_marks(text) == written


# --- callouts -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("> [!abstract] Grow\n> - Sign 10\n\nAfter", "#### Grow\n- Sign 10\n\nAfter"),
        ("> [!success]- Grow\n>- Sign 10", "#### Grow\n- Sign 10"),
        ("> [!NOTE]\n> Review by 10 June", "> [!NOTE]\n> Review by 10 June"),
        ("> [!tip] How to\n> - Reach 40%", "> [!tip] How to\n> - Reach 40%"),
        ("> [!example] Grow\n> - Sign 10", "> [!example] Grow\n> - Sign 10"),
        ("> Just a quote [!x] here", "> Just a quote [!x] here"),
    ],
)
def test_titled_callouts_of_okrs_are_headings_over_their_lines(text, written):
    assert callout_boxes(text) == written

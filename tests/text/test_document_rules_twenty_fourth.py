"""Twenty-fourth-round reader rules (issue 15): AsciiDoc and org-mode pages, numbered
objectives over "1.1" key results, pasted sheets, "— @ana" / "— 0.7" suffixes, "Doel 1:".

The families are generated in twenty languages (tests/text/document_shapes_twenty_fourth.py)
and must be read exactly; the near misses keep their reading.
"""

import pytest

from bench.documents import read_tree
from cairn.text.doc_dash_fields import dash_grade, dash_handle
from cairn.text.key_result_parser import parse_key_result
from cairn.text.outline_markup_pages import markup_pages
from cairn.text.outline_numbered_objectives import numbered_objectives
from cairn.text.outline_sheet_rows import sheet_rows


def _titles(text: str) -> list[tuple[str, list[str]]]:
    return [(o["title"], [kr["title"] for kr in o["key_results"]]) for o in read_tree(text)]


def test_asciidoc_headings_attributes_and_links_become_markdown():
    text = "= Q3\n:toc:\n\n== Objective: Ship it\n\n* Cut errors to 3%\n** a note\n"
    text += "* https://example.com[Dashboard]\n"
    assert markup_pages(text) == (
        "# Q3\n\n\n## Objective: Ship it\n\n* Cut errors to 3%\n  * a note\n"
        "* [Dashboard](https://example.com)\n"
    )


def test_org_mode_deepest_headings_are_items_and_settings_go():
    text = "#+TITLE: Q3\n#+STARTUP: overview\n* Q3\n** Ship it\n*** Cut errors to 3%\n"
    assert markup_pages(text) == "# Q3\n\n# Q3\n## Ship it\n- Cut errors to 3%\n"


def test_markdown_bold_and_bullets_are_no_org_mode():
    text = "# Q3\n\n**Objective:** Ship it\n* Cut errors to 3%\n** not a heading\n** nor this\n"
    assert markup_pages(text) == text


def test_numbered_objectives_over_outline_ids_and_measured_items():
    text = "1. Ship it\n1.1 Cut errors to 3%\n1.2 Reach 40 teams\n2. Grow\n   - Reach 40 teams\n   - Sign 10 customers\n"
    assert numbered_objectives(text, parse_key_result) == (
        "**Ship it**\n- Cut errors to 3%\n- Reach 40 teams\n**Grow**\n- Reach 40 teams\n- Sign 10 customers\n"
    )


@pytest.mark.parametrize(
    "text",
    [
        "- **Key Results**:\n1. `Get 75 posts on forum`\n    - Bedeho: 2/3\n    - Alex: 1/3\n",
        "### Key Results:\n\n1. 기록을 생활화하기\n   - 책 5권 읽기\n   - 10회 네트워킹하기\n",
        "## Objective: Ship it\n\n1. Improve the pipeline\n   - Cut errors to 3%\n   - Reach 40 teams\n",
        "# How to write OKRs\n\n1. Agree on the mission\n   - talk to the team\n   - write it down\n",
        "1. Reach 40 teams\n   - see the dashboard\n   - ask Ana\n",
        "1. OKR: Ship it\n   - Owner: Ana\n   - Cut errors by 20%\n     - Score: 1.0\n",
    ],
)
def test_numbered_lists_that_are_key_results_or_steps_stay(text):
    assert numbered_objectives(text, parse_key_result) == text


def test_a_pasted_sheet_becomes_a_table_and_its_ids_are_set_apart():
    text = "Objective\tKey results\tOwner\nShip it\tCut errors to 3%\tAna\n\tReach 40 teams\tBen\n"
    assert sheet_rows(text) == (
        "| Objective | Key results | Owner |\n| --- | --- | --- |\n"
        "| Ship it | Cut errors to 3% | Ana |\n|  | Reach 40 teams | Ben |\n"
    )
    assert sheet_rows("OKR 1\tShip it\nKR 1.1\tCut errors to 3%\n") == (
        "OKR 1: Ship it\nKR 1.1: Cut errors to 3%\n"
    )
    schedule = "Step\tOwner\nKick-off\tAna\nReview\tBen\n"
    assert sheet_rows(schedule) == schedule


def test_outline_ids_after_kr_set_the_text_apart():
    text = "## Objective: Ship it\n- KR 1.1 Cut errors to 3%\n- KR 1.2 Reach 40 teams\n"
    assert _titles(text) == [("Ship it", ["Cut errors to 3%", "Reach 40 teams"])]


def test_dash_owner_and_grade():
    assert dash_handle("Cut errors to 3% — @ana") == ("Cut errors to 3%", "ana")
    assert dash_handle("Cut errors to 3% – @ana, @ben-k") == ("Cut errors to 3%", "ana, ben-k")
    assert dash_grade("Reach 40 teams — 0.7") == ("Reach 40 teams", 0.7)
    assert dash_grade("Reach 40 teams — 1") == ("Reach 40 teams", 1.0)
    for text in ("Test coverage — 80%", "Reach 40 teams — 3", "Range 3 - 0.5", "Team — 1.5"):
        assert dash_grade(text) is None
    assert dash_handle("Email ana@example.com — see notes") is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Doel 1: Klanten sneller laten starten\n- Activatie van 20% naar 35% verhogen\n", "Klanten sneller laten starten"),
        ("## Hedef 1 – Müşterileri hızlı başlatmak\n- Aktivasyonu %20'den %35'e çıkarmak\n", "Müşterileri hızlı başlatmak"),
    ],
)  # fmt: skip
def test_numbered_doel_and_hedef_label_objectives(text, title):
    assert _titles(text)[0][0] == title


def test_doel_alone_is_a_goal_statement_not_a_label():
    text = "## Doelstelling 1: Snapshot revenue target\n**Doel**: Keep it up.\n- **KR 1**: Reach 40 teams\n"
    assert _titles(text) == [("Snapshot revenue target", ["Reach 40 teams"])]


def test_a_glossary_section_defines_terms():
    text = "# Q3\n\n## Objective: Ship it\n- Cut errors to 3%\n\n## Glossary\n"
    text += "- Objective: a qualitative goal\n- Key result: a measurable outcome\n"
    assert _titles(text) == [("Ship it", ["Cut errors to 3%"])]


def test_an_objective_about_a_glossary_stays():
    text = "## Objective: Publish the glossary\n- KR1: Define 40 terms\n- KR2: Reach 500 readers\n"
    assert _titles(text) == [("Publish the glossary", ["Define 40 terms", "Reach 500 readers"])]

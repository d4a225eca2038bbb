"""Twenty-third-round reader rules (issue 15): yearly OKR tables and advice sections.

The families are generated in fourteen languages (tests/text/document_shapes_twenty_third.py)
and must be read exactly; the near misses keep their reading.
"""

import pytest

from cairn.text.doc_cell_items import circled_items
from tests.text.document_shapes import titles, variant_misses
from tests.text.document_shapes_twenty_third import (
    AVOID_VARIANTS,
    LANGUAGES,
    YEARLY_VARIANTS,
    case,
    cases,
    figures,
)


def _misses(family: str, variant: str) -> list[tuple]:
    return variant_misses(cases(), case, family, variant)


def test_the_families_span_languages_and_variants():
    assert {c[1] for c in cases()} == set(LANGUAGES)
    assert len(LANGUAGES) >= 8
    assert len(cases()) == len(LANGUAGES) * (len(YEARLY_VARIANTS) + len(AVOID_VARIANTS))


@pytest.mark.parametrize("variant", YEARLY_VARIANTS)
def test_a_yearly_okr_table_reads_its_circled_items(variant):
    assert not _misses("yearly_table", variant)


@pytest.mark.parametrize("variant", AVOID_VARIANTS)
def test_a_section_of_anti_patterns_is_no_objective(variant):
    assert not _misses("avoid_sections", variant)


def test_the_generator_reads_every_page():
    got = figures()
    assert got["yearly_table"] == (112, 112)
    assert got["avoid_sections"] == (126, 126)


# --- the rules, one by one, with their near misses ---


@pytest.mark.parametrize(
    ("cell", "items"),
    [
        ("① 读完 3 本；② 完整的 AI 知识库体系", ["读完 3 本", "完整的 AI 知识库体系"]),
        ("① Reach 50 users; ② Launch the app", ["Reach 50 users", "Launch the app"]),
        ("❶ Run 300 km ❷ Sleep 7 hours", ["Run 300 km", "Sleep 7 hours"]),
        (
            "① 医美：激光脱毛；② 日常：每周两次护肤；③ 购置化妆产品",
            ["激光脱毛", "每周两次护肤", "购置化妆产品"],
        ),
        ("① Health: run 300 km; ② Daily: sleep 7 hours", ["run 300 km", "sleep 7 hours"]),
        (
            "① 得到书单：读完 3 本；② 完整的 AI 知识库体系",
            ["得到书单：读完 3 本", "完整的 AI 知识库体系"],
        ),
    ],
)
def test_circled_items_in_a_cell(cell, items):
    assert circled_items(cell) == items


@pytest.mark.parametrize(
    "cell", ["① Reach 50 users", "② Read 12 books；① Run 300 km", "Reach 50 users", "① ；② x"]
)
def test_near_miss_cells_are_not_split(cell):
    assert circled_items(cell) is None


def test_a_key_result_cell_with_circled_items_gives_each_item():
    text = "# OKRs\n\n## Objective: Grow\n\n| Key result | Owner |\n| --- | --- |\n"
    text += "| ① Ship 5 projects; ② Read 12 books | Ana |\n"
    assert titles(text) == [("Grow", ["Ship 5 projects", "Read 12 books"])]


def test_a_cell_out_of_order_keeps_its_text():
    text = "# OKRs\n\n## Objective: Grow\n\n| KR | Key results |\n| --- | --- |\n"
    text += (
        "| KR1 · Skills | ① Ship 5 projects |\n| KR2 · Habits | ② Read 12 books；① Run 300 km |\n"
    )
    assert titles(text) == [("Grow", ["① Ship 5 projects", "② Read 12 books；① Run 300 km"])]


def test_labels_in_key_result_rows_stay_outside_circled_cells():
    text = "# OKRs\n\n## Objective: Grow\n\n| Key result | Target |\n| --- | --- |\n"
    text += "| Health: ship 5 projects | 5 |\n| Daily: read 12 books | 12 |\n"
    assert titles(text) == [("Grow", ["Health: ship 5 projects", "Daily: read 12 books"])]


@pytest.mark.parametrize("mark", ["O1 · ", "O1 • ", "Objective 1 · ", "O1: "])
def test_an_id_before_a_middle_dot_goes(mark):
    text = f"# Plan\n\n### {mark}Grow at work\n\n- Ship 5 projects\n\n### O2 · Keep learning\n\n"
    text += "- Read 12 books\n"
    assert titles(text) == [
        ("Grow at work", ["Ship 5 projects"]),
        ("Keep learning", ["Read 12 books"]),
    ]


def test_a_middle_dot_in_a_title_stays():
    assert titles("# Plan\n\n## Growth · 2026\n\n- Reach 50 users\n") == [
        ("Growth · 2026", ["Reach 50 users"])
    ]


def test_a_page_without_a_heading_naming_the_okrs_reads_as_before():
    text = "# Plan\n\n## Highlights\n\n- Grew revenue 20% to 1.2M\n- Hired 4 engineers\n\n"
    text += "## Product\n\n### Objective 1: Grow at work\n\n- Ship 5 projects\n- Read 12 books\n"
    assert titles(text) == [
        ("Highlights", ["Grew revenue 20% to 1.2M", "Hired 4 engineers"]),
        ("Grow at work", ["Ship 5 projects", "Read 12 books"]),
    ]


def test_a_page_naming_the_okrs_leaves_the_sections_around_them_out():
    text = "# Plan\n\n## Highlights\n\n- Grew revenue 20% to 1.2M\n- Hired 4 engineers\n\n"
    text += "## OKRs 2026\n\n### Objective 1: Grow at work\n\n- Ship 5 projects\n- Read 12 books\n"
    assert titles(text) == [("Grow at work", ["Ship 5 projects", "Read 12 books"])]


@pytest.mark.parametrize(
    "title",
    ["Avoid common mistakes in billing", "Reduce billing mistakes", "Fewer pitfalls for new users"],
)
def test_an_objective_about_mistakes_stays(title):
    text = f"# OKRs\n\n**Objective**: {title}\n\n**Key Results**:\n- Cut errors from 40 to 10\n"
    assert titles(text) == [(title, ["Cut errors from 40 to 10"])]

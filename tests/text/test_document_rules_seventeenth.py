"""Seventeenth-round reader rules (issue 15): the families of the round-15 documents.

Each family is generated in several languages and variants
(tests/text/document_shapes_seventeenth.py) and must be read exactly; each rule has its own
sentences and near misses that must not change.
"""

import pytest

from cairn.text.document import parse_document


def _tree(text: str) -> list[tuple[str, list[str]]]:
    return [
        (o.title, [kr.title for kr in o.key_results]) for o in parse_document(text, None).objectives
    ]


def _initiatives(text: str) -> list[list[str]]:
    objectives = parse_document(text, None).objectives
    return [list(kr.initiatives) for o in objectives for kr in o.key_results]


# --- "1. KR1:…" / "·initiative" and the notes after the key results ---


def test_bullets_flush_under_the_last_numbered_key_result_are_its_initiatives():
    text = "# O1:Grow the blog\n1. KR1:Reach 10k readers\n2. KR2:Publish 12 posts\n·Plan topics\n·Hire an editor\n# O2:Ship the app\n1. KR1:Reach 500 installs\n"
    assert _tree(text) == [
        ("Grow the blog", ["Reach 10k readers", "Publish 12 posts"]),
        ("Ship the app", ["Reach 500 installs"]),
    ]
    assert _initiatives(text) == [[], ["Plan topics", "Hire an editor"], []]


def test_notes_after_numbered_key_results_are_no_key_results():
    text = (
        "# O1:Grow the blog\n1. **KR1:Reach 10k readers**\n2. KR2:Publish 12 posts\n\n"
        "·Data (1000 readers a day)\nReaders in May: 13710; daily: 442\n\n"
        "**KR1:Reach 10k readers**\n\n1. Total: 767614\n2. Failed: 276558   36.03%\n"
    )
    assert _tree(text) == [("Grow the blog", ["Reach 10k readers", "Publish 12 posts"])]


def test_a_loose_list_keeps_the_items_nested_under_a_key_result():
    # near miss: an item indented under the key result after a blank line is its own
    text = "# O1:Grow the blog\n1. KR1:Reach 10k readers\n\n   - Plan topics\n2. KR2:Publish 12 posts\n"
    assert _tree(text) == [("Grow the blog", ["Reach 10k readers", "Publish 12 posts"])]
    assert _initiatives(text) == [["Plan topics"], []]


def test_bulleted_key_results_keep_the_items_after_them():
    # near miss: the key results are bullets, not numbered: an unmarked bullet stays a key result
    text = "# O1:Grow the blog\n- KR1:Reach 10k readers\n- KR2:Publish 12 posts\n- Reach 300 subscribers\n"
    assert _tree(text) == [
        ("Grow the blog", ["Reach 10k readers", "Publish 12 posts", "Reach 300 subscribers"])
    ]


def test_a_new_objective_after_the_notes_reads_again():
    text = (
        "# O1:Grow the blog\n1. KR1:Reach 10k readers\n2. KR2:Publish 12 posts\n\nSome notes\n"
        "# O2:Ship the app\n1. KR1:Reach 500 installs\n2. KR2:Cut crashes by 50%\n"
    )
    assert _tree(text) == [
        ("Grow the blog", ["Reach 10k readers", "Publish 12 posts"]),
        ("Ship the app", ["Reach 500 installs", "Cut crashes by 50%"]),
    ]


# --- "KR1:…     Q1     0%-30%": a quarter and a progress range as columns ---


def test_a_quarter_and_progress_column_is_cut_off_the_title():
    text = (
        "OKR\n   O1:配置中心落地上线\n        KR1:梳理接口,整理成wiki对外输出     Q1     0%-30%\n"
        "        KR2:完成外部调用sdk的开发 Q2 0%-0%\n"
    )
    got = parse_document(text, None).objectives[0].key_results
    assert [(kr.title, kr.score) for kr in got] == [
        ("梳理接口,整理成wiki对外输出", None),
        ("完成外部调用sdk的开发", None),
    ]


def test_one_line_ending_in_a_quarter_and_range_keeps_its_words():
    # near miss: written once, the words may be the key result's own
    text = (
        "Objective: Grow the blog\n- KR1: Grow the share in Q2 10%-20%\n- KR2: Publish 12 posts\n"
    )
    assert _tree(text) == [("Grow the blog", ["Grow the share in Q2 10%-20%", "Publish 12 posts"])]


def test_a_range_without_a_quarter_stays():
    # near miss: "10%-20%" alone on two lines is no column of quarters
    text = "Objective: Grow\n- KR1: Raise margin 10%-20%\n- KR2: Raise share 5%-8%\n"
    assert _tree(text) == [("Grow", ["Raise margin 10%-20%", "Raise share 5%-8%"])]


# --- "### okr1 湖仓一体": the id glued to the word, no separator ---


@pytest.mark.parametrize("marker", ["okr{}", "OKR{}", "OKR {}", "Okr{}"])
def test_two_okr_id_headings_mark_their_objectives(marker):
    one, two = marker.format(1), marker.format(2)
    text = f"### {one} 湖仓一体\n\n1. 研究hudi的源码\n\n### {two} trino与Doris\n\n1. trino gluten的研究\n"
    assert _tree(text) == [
        ("湖仓一体", ["研究hudi的源码"]),
        ("trino与Doris", ["trino gluten的研究"]),
    ]


def test_one_okr_id_heading_reads_as_before():
    # near miss: one heading alone keeps its words, as "### O1 Build …" alone does
    text = "### okr1 湖仓一体\n\n1. 研究hudi的源码\n"
    assert _tree(text) == [("okr1 湖仓一体", ["研究hudi的源码"])]


def test_a_year_after_okr_is_no_id():
    text = "## OKR 2024 plan\n\n1. Reach 10k readers\n\n## OKR 2025 plan\n\n1. Reach 20k readers\n"
    assert [t for t, _ in _tree(text)] == ["OKR 2024 plan", "OKR 2025 plan"]


# --- "#### 🟢 KR1: <kind>" over "> **Mục tiêu:** …" ---

_OBJECTIVE = '### 2. Objective (Mục tiêu truyền cảm hứng)\n\n> **"Grow the blog"**\n\n'


@pytest.mark.parametrize(
    "quote",
    [
        "> **Mục tiêu:** Reach 40 weekly active teams",
        "> **Target:** Reach 40 weekly active teams",
        "> Ziel: Reach 40 weekly active teams",
        "> Reach 40 weekly active teams",
    ],
)
def test_a_quoted_statement_under_a_kind_heading_is_the_key_result(quote):
    text = (
        _OBJECTIVE
        + "### 3. Key Results & analysis\n\n#### 🟢 KR1: Leading metric (behaviour)\n"
        + quote
        + "\n\n*   **Why:** habits.\n"
    )
    assert _tree(text) == [("Grow the blog", ["Reach 40 weekly active teams"])]


def test_a_quote_under_a_measured_heading_leaves_it():
    # near miss: the heading states the key result itself, the quote is a comment
    text = _OBJECTIVE + "#### KR1: Reach 40 weekly active teams\n> **Note:** We had 12 in March\n"
    assert _tree(text) == [("Grow the blog", ["Reach 40 weekly active teams"])]


def test_an_unmeasured_quote_leaves_the_heading():
    # near miss: a quoted remark without a measure states nothing
    text = (
        _OBJECTIVE + "#### KR1: Leading metric (behaviour)\n> This is about the habits we build\n"
    )
    assert _tree(text) == [("Grow the blog", ["Leading metric (behaviour)"])]


def test_a_numbered_key_results_section_beside_the_objective_keeps_it_open():
    text = "### 2. Objective\n\nGrow the blog\n\n### 3. Key Results (Kết quả then chốt) & Phân tích chuyên sâu\n\n- Reach 40 weekly active teams\n"
    assert _tree(text) == [("Grow the blog", ["Reach 40 weekly active teams"])]


# --- round 12's one-page template: defined terms, a labelled example, questions, advice ---

_PAIR = (
    "- **Objective**: What you want to achieve (qualitative, inspiring)\n"
    "- **Key Results**: How you'll measure success (quantitative, specific)\n\n"
)
_EXAMPLE = (
    "**Example**:\n- **Objective**: Become the #1 grocery platform\n- **Key Results**:\n"
    "  - KR1: Reach 25,000 active customers (from 8,500)\n  - KR2: Reduce CAC to $28 (from $38)\n"
)
_READ = [
    (
        "Become the #1 grocery platform",
        ["Reach 25,000 active customers (from 8,500)", "Reduce CAC to $28 (from $38)"],
    )
]


@pytest.mark.parametrize("heading", ["## What are OKRs?\n\n", "## About\n\n", ""])
def test_a_labelled_example_under_defined_terms_is_the_okr(heading):
    assert _tree(heading + _PAIR + _EXAMPLE) == _READ


def test_a_labelled_example_with_key_results_right_below_is_the_okr():
    text = "**Ejemplo**:\n- **Objetivo**: Crecer en España\n- KR1: Alcanzar 500 clientes\n"
    assert _tree(text) == [("Crecer en España", ["Alcanzar 500 clientes"])]


def test_defined_terms_alone_read_as_before():
    # near miss: no other OKR on the page, the pair is what the page states
    assert _tree(_PAIR) == [("What you want to achieve (qualitative, inspiring)", [])]


def test_a_label_over_unmarked_bullets_keeps_them_as_its_content():
    # near miss: "**Example**:" over bullets that mark no objective stays context
    text = "## OKRs\n\nObjective: Grow\n- KR1: Reach 10 users\n\n**Example**:\n- Reach 20 users\n- Ship it\n"
    assert _tree(text) == [("Grow", ["Reach 10 users"])]


def test_a_bold_question_over_a_graded_list_is_no_objective():
    text = (
        _EXAMPLE
        + "\n## Grading\n\n**What's a good average score?**\n- 0.7 - 0.8: Perfect\n- 0.4 - 0.6: Too ambitious\n"
    )
    assert _tree(text) == _READ


def test_a_bold_title_over_measured_items_after_an_objective_is_still_one():
    # near miss: without the question mark, the bold title over measured items is an objective
    text = (
        _EXAMPLE
        + "\n**Win the enterprise market**\n- Sign 5 enterprise customers\n- Reach $2M ARR\n"
    )
    assert [t for t, _ in _tree(text)] == [
        "Become the #1 grocery platform",
        "Win the enterprise market",
    ]


@pytest.mark.parametrize("heading", ["## OKR Best Practices", "## OKR Scoring"])
def test_an_advice_section_about_okrs_is_context(heading):
    text = (
        _EXAMPLE
        + f"\n{heading}\n\n### 2. Limit to 3-5 Objectives\n- More than 5 objectives = no focus\n"
    )
    assert _tree(text) == _READ


def test_a_scoring_heading_over_the_key_results_reports_keeps_their_scores():
    # near miss: a report repeating the key results under the scoring heading is read
    text = (
        "Objective: Grow\n- KR1: Reach 10 users\n- KR2: Ship the app\n\n## Q3 OKR scoring\n"
        "- Reach 10 users: 0.7\n- Ship the app: 1.0\n"
    )
    krs = parse_document(text, None).objectives[0].key_results
    assert [(kr.title, kr.score) for kr in krs] == [("Reach 10 users", 0.7), ("Ship the app", 1.0)]


def test_a_percent_complete_column_is_the_score():
    text = (
        "| Objective | Key Result | Owner | Target | % Complete | Status |\n|---|---|---|---|---|---|\n"
        "| **O1: Dominate SG** | | | | | |\n| | KR1: 25K customers | Jane | 25,000 | 80% | 🟢 |\n"
        "| | KR2: 75% retention | Sarah | 75% | 60% | 🟡 |\n"
    )
    krs = parse_document(text, None).objectives[0].key_results
    assert [(kr.title, kr.owner, kr.score) for kr in krs] == [
        ("25K customers", "Jane", 0.8),
        ("75% retention", "Sarah", 0.6),
    ]

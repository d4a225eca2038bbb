"""Twenty-fifth-round reader rules (issue 15): objective tables, heading attribute blocks and
anchors, a key result's closing "(40%)" progress, lists under a title naming the OKRs.

The families are generated in twenty languages (tests/text/document_shapes_twenty_fifth.py)
and must be read exactly; the near misses keep their reading.
"""

import pytest

from bench.documents import read_tree
from cairn.text.doc_heading_attributes import attribute_blocks
from cairn.text.doc_objective_tables import key_result_cells, objective_header, repeats
from cairn.text.doc_title_links import title_links


def _tree(text: str) -> list[tuple[str, list[tuple[str, float | None]]]]:
    return [
        (o["title"], [(kr["title"], kr["score"]) for kr in o["key_results"]])
        for o in read_tree(text)
    ]


# --- objective tables ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "title"),
    [
        ("O1：保障服务质量，提升系统稳定性", "保障服务质量，提升系统稳定性"),
        ("Objective 2: Win customers", "Win customers"),
        ("Objective 1 – Win customers", "Win customers"),
        ("目标1：提升留存", "提升留存"),
        ("Objective", ""),
        ("O", ""),
        ("目标", ""),
        ("Owner", None),
        ("Month", None),
        ("O2O 渠道", None),
    ],
)
def test_a_header_cell_names_the_objective(cell, title):
    assert objective_header(cell) == title


def test_rows_are_key_results_only_when_each_opens_with_an_id():
    assert key_result_cells([["KR1：建立值班机制", "x"], ["KR 1.2 Halve build time", ""]]) == [
        "建立值班机制",
        "Halve build time",
    ]
    assert key_result_cells([["关键结果1：日活达到 5000"], ["主要な結果2：NPSを45に"]]) is not None
    assert key_result_cells([["KR1: Halve build time"], ["Set up the rota", ""]]) is None
    assert key_result_cells([["KR1", "Halve build time"]]) is None  # an id alone: a field table


def test_a_header_repeating_the_heading_above_names_no_second_objective():
    assert repeats("## O: 保障服务质量，提升系统稳定性", "保障服务质量，提升系统稳定性")
    assert not repeats("## O: 提高后端的效率和质量", "保障服务质量，提升系统稳定性")


def test_objective_table_under_its_heading():
    text = (
        "## O: 保障服务质量\n\n| O1：保障服务质量 | 1月KA | 2月KA |\n|--|--|--|\n"
        "| KR1：建立值班机制，问题5min响应 | 制定值班表 | 目标80 |\n| KR2：降低线上Bug数量 | 目标50 | 目标20 |\n"
    )
    assert _tree(text) == [
        ("保障服务质量", [("建立值班机制，问题5min响应", None), ("降低线上Bug数量", None)])
    ]


def test_objective_table_with_owner_and_progress_columns():
    text = (
        "| Objective 1: Ship it | Owner | Progress |\n|---|---|---|\n"
        "| KR 1.1 Cut errors to 3% | Ana | 40% |\n| KR 1.2 Reach 40 teams | Ben | 0.7 |\n"
    )
    tree = read_tree(text)
    assert [(kr["title"], kr["owner"], kr["score"]) for kr in tree[0]["key_results"]] == [
        ("Cut errors to 3%", "Ana", 0.4),
        ("Reach 40 teams", "Ben", 0.7),
    ]
    assert tree[0]["title"] == "Ship it"


def test_near_miss_objective_header_over_actions_adds_nothing():
    text = (
        "## Objective: Ship it\n\n- Cut errors to 3%\n\n| O1: Ship it | Jan | Feb |\n|--|--|--|\n"
        "| Set up the rota | Write the runbook | Review |\n"
    )
    assert _tree(text) == [("Ship it", [("Cut errors to 3%", None)])]


def test_near_miss_a_key_result_table_reads_as_before():
    text = "| Objective | Key result |\n|---|---|\n| Ship it | Cut errors to 3% |\n"
    assert _tree(text) == [("Ship it", [("Cut errors to 3%", None)])]


# --- attribute blocks ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "clean"),
    [
        (
            "## **Objective 1 - Run the event** {#objective-1-run-the-event}",
            "## **Objective 1 - Run the event**",
        ),
        ("## Goals {#goals .wide}", "## Goals"),
        ("**Objective 2: Grow** {: #o2}", "**Objective 2: Grow**"),
        ("# OKRs {.unnumbered}", "# OKRs"),
        ("## Appendix {-}", "## Appendix"),
        ('## Goals {#g data-x="1"}', "## Goals"),
        ('## <a name="o1"></a>Objective 1: Ship', "## Objective 1: Ship"),
        ("**Objective 1: Ship** <a id='o1'></a>", "**Objective 1: Ship**"),
        ("## Objective: Ship {Q3}", "## Objective: Ship {Q3}"),
        ("- Reach {target} users", "- Reach {target} users"),
        ("- Cut cost to {.5}", "- Cut cost to {.5}"),
    ],
)
def test_attribute_blocks_and_anchors_leave_the_line(line, clean):
    lines = [line]
    attribute_blocks(lines)
    assert lines == [clean]


# --- a key result's closing "(40%)" -------------------------------------------------------------


def test_every_key_result_closing_with_a_share_reports_progress():
    text = "## Objective: Ship it\n\n- Cut errors from 12% to 3% (40%)\n- Reach 40 teams (75%)\n"
    assert _tree(text) == [
        ("Ship it", [("Cut errors from 12% to 3%", 0.4), ("Reach 40 teams", 0.75)])
    ]


def test_near_misses_weights_lone_targets_and_one_key_result_stay():
    weights = "## Objective: Ship it\n\n- Cut errors from 12% to 3% (60%)\n- Reach 40 teams (40%)\n"
    assert _tree(weights)[0][1] == [
        ("Cut errors from 12% to 3% (60%)", None),
        ("Reach 40 teams (40%)", None),
    ]
    targets = "## Objective: Ship it\n\n- Raise test coverage (80%)\n- Raise adoption (90%)\n"
    assert _tree(targets)[0][1] == [
        ("Raise test coverage (80%)", None),
        ("Raise adoption (90%)", None),
    ]
    one = "## Objective: Ship it\n\n- Cut errors from 12% to 3% (40%)\n- Reach 40 teams\n"
    assert _tree(one)[0][1][0] == ("Cut errors from 12% to 3% (40%)", None)


def test_bold_marker_with_a_full_width_colon():
    text = "## 目标 1：提升用户留存\n\n- **KR1**：构建时间缩短 50%\n- **KR2**：每周告警降到 5 次\n"
    assert _tree(text) == [
        ("提升用户留存", [("构建时间缩短 50%", None), ("每周告警降到 5 次", None)])
    ]


# --- lists under the page title -----------------------------------------------------------------


def test_links_under_a_title_naming_the_okrs_are_blanked():
    lines = ["# OKRs Q3 2026", "", "- [How to](https://e.com/a)", "- <https://e.com/b>", "", "x"]
    title_links(lines)
    assert lines == ["# OKRs Q3 2026", "", "", "", "", "x"]


def test_near_miss_links_under_an_objective_title_stay():
    lines = [
        "# Make onboarding effortless",
        "",
        "- [Ship the wizard](https://e.com/1)",
        "- [Docs](https://e.com/2)",
    ]
    title_links(lines)
    assert lines[2] == "- [Ship the wizard](https://e.com/1)"


def test_an_unmeasured_list_under_the_title_over_objective_headings_is_no_objective():
    text = "# OKRs Q3 2026\n\n1. Agree on the mission\n2. Draft the objectives\n\n## Ship it\n\n- Cut errors to 3%\n- Reach 40 teams\n"
    assert _tree(text) == [("Ship it", [("Cut errors to 3%", None), ("Reach 40 teams", None)])]


def test_near_miss_a_measured_list_under_the_title_stays():
    text = "# OKRs Q3 2026\n\n- Cut errors to 3%\n- Reach 40 teams\n\n## Grow\n\n- Sign 10 customers\n- Raise NPS to 45\n"
    assert [t for t, _ in _tree(text)] == ["OKRs Q3 2026", "Grow"]

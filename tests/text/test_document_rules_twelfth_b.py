"""Twelfth-round reader rules, part B (issue 15): the families of the round-10 documents.

Each family is generated in several languages and variants (tests/text/document_shapes_twelfth_b.py)
and must be read exactly; each rule has its own sentences and near misses that must not change.
"""

import pytest

from bench.documents import read_tree
from cairn.text.document import parse_document
from cairn.text.outline_lines import read_lines
from cairn.text.outline_round_shapes import (
    key_result_id,
    lists_steps,
    names_the_term,
    numbered_key_result,
    spaced_ids,
    spaced_key_result,
    titled_levels,
)

# --- spaced ids: "### O1  Title" over "#### KR1  Text" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("KR1  Add 10 new contributors", "Add 10 new contributors"),
        ("KR 2 Onboard 5 enterprises", "Onboard 5 enterprises"),
        ("KR2.1 Ship the CLI", "Ship the CLI"),
        ("Key result 3 Halve the build time", "Halve the build time"),
        ("Q1 plan", None),
        ("KR: Ship it", None),
        ("KRs for the quarter", None),
    ],
)
def test_a_key_result_heading_marked_by_its_id_alone(text, want):
    assert spaced_key_result(text) == want


def _lines(text: str):
    return read_lines(text)


@pytest.mark.parametrize(
    ("text", "marked"),
    [
        ("### O1  Build it\n\n#### KR1  Add 10 contributors\n", True),
        ("## Objective 2 Grow\n\n### KR 1 Reach 40 teams\n", True),
        ("### O1  Build it\n\n### KR1  Add 10 contributors\n", False),  # not deeper
        ("### Q1 plan\n\n#### KR1  Add 10 contributors\n", False),  # no objective marker
        ("### O2 launch of the beta\n\nWe start in May.\n", False),  # no key result heading
        ("### O1: Build it\n\n#### KR1  Add 10\n", False),  # separated: read as before
        ("### O1  Build it\n\n## Later\n\n#### KR1  Add 10\n", False),  # another section's
    ],
)
def test_spaced_ids_need_an_objective_heading_over_a_key_result_heading(text, marked):
    assert spaced_ids(_lines(text)) is marked


def test_a_line_whose_id_extends_the_key_result_heading_is_its_initiative():
    text = (
        "# OKR\n\n### O1  Build the community\n\n#### KR1  Add 10 new contributors\n"
        "**KR1.1**  Run 5 advocacy events.<br />\n**KR1.2**  Publish 2 courses.\nKR2: Onboard 5 "
        "new enterprises\n"
    )
    tree = read_tree(text)
    assert [kr["title"] for kr in tree[0]["key_results"]] == [
        "Add 10 new contributors",
        "Onboard 5 new enterprises",
    ]
    objective = parse_document(text, None).objectives[0]
    assert list(objective.key_results[0].initiatives) == [
        "Run 5 advocacy events.",
        "Publish 2 courses.",
    ]
    assert key_result_id("KR1.2: x") == "1.2" and key_result_id("Ship it") is None


def test_a_period_heading_over_key_result_headings_stays_unread():
    assert read_tree("# OKR\n\n### Q1 plan\n\n#### KR1  Add 10 contributors\n") == []


# --- the level of the titled objective headings -----------------------------------------------


def test_titled_levels_are_the_levels_of_headings_marking_objectives_with_titles():
    text = "## Objective 1: A\n\n### Objective 2: B\n\n## Objective\n\n## Rules\n"
    assert titled_levels(_lines(text)) == frozenset({2, 3})
    assert titled_levels(_lines("## Grow\n\n## Ship\n")) == frozenset()


@pytest.mark.parametrize("rules", ["Rules", "Aturan", "Regeln", "规则", "Method"])
def test_a_closing_section_beside_titled_objectives_is_context_with_a_finding(rules):
    text = (
        "# Plan\n\n## Objective 1: HTML basics\n\n- Write index.html\n\n"
        f"## {rules}\n\n- 1 Pomodoro = 25 minutes\n- Follow the order\n"
    )
    document = parse_document(text, None)
    assert [o.title for o in document.objectives] == ["HTML basics"]
    assert any("beside the marked objectives" in p.message for p in document.problems)


def test_a_deeper_unmarked_heading_and_unmarked_pages_are_unchanged():
    text = "# OKRs\n\n## Ship faster\n\n- Cut build time from 20 to 8 minutes\n\n## Grow\n\n- Reach 40 weekly teams\n"
    assert [o["title"] for o in read_tree(text)] == ["Ship faster", "Grow"]


# --- steps of the OKR process ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("items", "steps"),
    [
        (["Step 1 – Pick the goal", "Step 2 – Split it"], True),
        (["Passo 1 – Determinar o objetivo", "Passo 2 – Dividir"], True),
        (["Schritt 1: Ziel wählen", "Schritt 2: Teilen"], True),
        (["步骤1：确定目标", "步骤2：拆解"], True),
        (["Step 1: Reach 40 teams", "Grow NPS from 20 to 45"], False),  # one step among measures
        (["Step 1 – Pick the goal"], False),  # one item alone
        (["Stepan 1 – a name", "Stepan 2 – again"], False),
    ],
)
def test_a_list_of_numbered_steps(items, steps):
    text = "## Steps\n\n" + "".join(f"- {x}\n" for x in items)
    heading = _lines(text)[0]
    assert lists_steps(heading) is steps


def test_steps_mixed_with_measures_are_read_as_before():
    text = (
        "# OKRs\n\nObjective: Grow the community\n\n- Reach 500 members\n- Host 4 meetups\n\n"
        "## Plan\n\n- Step 1: Reach 40 teams\n- Grow NPS from 20 to 45\n"
    )
    assert [o["title"] for o in read_tree(text)] == ["Grow the community", "Plan"]


@pytest.mark.parametrize(
    ("text", "numbered"),
    [
        ("Key Result 2 – Ship it", True),
        ("Key result 1: Reach 40 teams", True),
        ("Resultado Principal 3 – diminuir churn para 1%", True),
        ("Key results for Q3", False),
        ("Key results", False),
        ("Key results (2)", False),
    ],
)
def test_a_numbered_key_result_is_never_a_header(text, numbered):
    assert numbered_key_result(text) is numbered


def test_resultado_principal_marks_a_key_result_only_with_its_number():
    text = "* Objetivo – Crescer\n* Resultado Principal 1 – aumentar receita em 30%\n"
    assert read_tree(text)[0]["key_results"][0]["title"] == "aumentar receita em 30%"
    assert numbered_key_result("Resultado principal: a venda") is False


# --- a primer's "### Objective (목표)" heading -------------------------------------------------


@pytest.mark.parametrize(
    ("title", "term"),
    [
        ("좋은 Objective의 특징", True),
        ("Objective 예시", True),
        ("What makes a good objective", True),
        ("Características de um bom Objetivo", True),
        ("目标 示例", True),
        ("Make performance reviews objective", False),  # an adjective
        ("Reach our objective of 1M users", False),
        ("实现年度目标", False),  # part of a longer word
        ("Objectively faster builds", False),
        ("Become the first choice", False),
    ],
)
def test_a_title_about_the_term(title, term):
    assert names_the_term(title) is term


def test_a_bare_objective_heading_over_a_real_title_is_still_read():
    text = (
        "# OKR\n\n## Objective\n\n**Make performance reviews objective**\n\n"
        "- Cut review time from 10 to 4 days\n- Reach 90% of reviews with written evidence\n"
    )
    assert [o["title"] for o in read_tree(text)] == ["Make performance reviews objective"]


# --- HTML tables ------------------------------------------------------------------------------


def test_an_html_table_without_objective_and_key_result_columns_is_context():
    prices = "# Prices\n\n<table>\n<tr><th>Plan</th><th>Price</th></tr>\n<tr><td>Team</td><td>$10</td></tr>\n</table>\n"
    assert read_tree(prices) == []
    schedule = (
        "# OKRs\n\n## Objective 1: Win the first customers\n\n- Sign 10 paying customers\n\n"
        "## Schedule\n\n<table>\n<tr><th>Week</th><th>What</th></tr>\n"
        "<tr><td>1</td><td>Draft 5 OKRs</td></tr>\n</table>\n"
    )
    assert [[kr["title"] for kr in o["key_results"]] for o in read_tree(schedule)] == [
        ["Sign 10 paying customers"]
    ]


def test_an_html_table_in_a_code_block_beside_okrs_is_not_read():
    """As a Markdown table there: a code block is read only where nothing outside it is."""
    text = (
        "# OKR\n\nObjective: Ship\n\n- Reach 10 users\n\n```\n<table><tr><th>Objective</th>"
        "<th>Key result</th></tr>\n<tr><td>Grow</td><td>Reach 40 teams</td></tr></table>\n```\n"
    )
    assert [o["title"] for o in read_tree(text)] == ["Ship"]


def test_an_html_okr_table_keeps_the_line_numbers_of_its_rows():
    text = (
        "# OKR\n\n<table>\n<tr>\n<th>Objective</th>\n<th>Key result</th>\n</tr>\n<tr>\n"
        "<td rowspan=2>Grow the community</td>\n<td>Reach 500 members</td>\n</tr>\n<tr>\n"
        "<td>Host 4 meetups</td>\n</tr>\n</table>\n"
    )
    document = parse_document(text, None)
    objective = document.objectives[0]
    assert objective.title == "Grow the community"
    assert [kr.title for kr in objective.key_results] == ["Reach 500 members", "Host 4 meetups"]

"""Thirty-first-round reader rules (issue 15): conventions of the round's survey
(bench/document_survey_plans.py), and pages that hold no OKRs (a README's steps, a roadmap's
phases) read as none, said as a problem.

The families are generated in eight languages (tests/text/document_shapes_thirty_first.py) and
must be read exactly (tests/text/test_document_families.py); here the rules' own sentences, near
misses, the problems said, and hostile input.
"""

import pytest

from bench.documents import read_tree
from cairn.text.document import parse_document
from tests.text.hostile_pages import assert_reads_in_linear_time


def _titles(text: str) -> list[tuple[str, list[str]]]:
    return [(o["title"], [kr["title"] for kr in o["key_results"]]) for o in read_tree(text)]


README = """# mytool

A small tool for teams.

## Installation

1. Clone the repository
2. Run pip install -e .
3. Copy config.example to config.yml

## Usage

- Run mytool init
- Run mytool sync every 5 minutes
"""

ROADMAP = """# Roadmap 2026

## Phase 1: Research
- Interview 10 customers
- Write the findings

## Phase 2: Build
- Ship the beta
- Fix 20 bugs
"""


def test_a_readme_of_steps_is_no_okr_and_says_so():
    document = parse_document(README, None)
    assert document.objectives == ()
    (problem,) = document.problems
    assert problem.line == 5
    assert "'Installation', 'Usage' read as a document's section" in problem.message
    assert "check" in problem.message


def test_a_roadmap_of_phases_over_tasks_is_no_okr_and_says_so():
    document = parse_document(ROADMAP, None)
    assert document.objectives == ()
    (problem,) = document.problems
    assert "'Phase 1: Research', 'Phase 2: Build' read as a roadmap's phases" in problem.message


@pytest.mark.parametrize(
    "title",
    ["Installation", "2. Usage", "Getting started:", "📦 Install", "Instalación", "使い方", "설치"],
)
def test_section_names_are_no_objectives(title):
    assert _titles(f"# Tool\n\n## {title}\n- Run the setup script\n- Open a terminal\n") == []


@pytest.mark.parametrize(
    "title",
    [
        "Phase 1: Research",
        "Stage B",
        "Sprint 3 — Launch",
        "Milestone 2",
        "阶段一：调研",
        "フェーズ2",
        "2단계",
    ],
)
def test_phase_names_are_no_objectives(title):
    assert _titles(f"# Plan\n\n## {title}\n- Interview 10 customers\n- Write the findings\n") == []


@pytest.mark.parametrize(
    "text",
    [
        # the simple paste format: a title line over its key results
        "Launch the mobile app\n- Reach 1000 downloads\n- Keep crash rate under 1%\n",
        # team or work-stream names that may be a README's section are kept
        "# OKRs\n\n## Support\n- Cut first response time to 4 hours\n- Raise CSAT to 90%\n",
        "# OKRs\n\n## Testing\n- Raise test coverage to 80%\n- Cut flaky tests to 5\n",
        # a title naming an installation, not the section
        "# OKRs\n\n## Automate the installation of agents\n- Cut setup time to 5 minutes\n",
        # a phase's word inside a title, no number after it
        "# OKRs\n\n## Phase out the legacy API\n- Move 90% of calls to v2\n",
    ],
)
def test_okr_pages_are_not_affected(text):
    titles = _titles(text)
    assert len(titles) == 1 and titles[0][1]
    assert parse_document(text, None).problems == ()


def test_a_phase_heading_over_marked_objectives_is_their_section():
    text = "# Roadmap\n\n## Phase 1: Research\n\nO1: Map the gaps\n- KR1: Interview 10 customers\n"
    assert _titles(text) == [("Map the gaps", ["Interview 10 customers"])]
    text = "# Plan\n\n## Phase 1\n- KR1: Interview 10 customers\n- KR2: Publish 3 reports\n"
    assert _titles(text) == [("Phase 1", ["Interview 10 customers", "Publish 3 reports"])]


def test_a_readme_keeps_its_goals_and_leaves_out_contributing():
    text = README + "\n## Goals\n\n### Make deploys boring\n- Cut failed deploys to 3%\n\n"
    text += "## Contributing\n\n- Fork the repository\n- Open a pull request\n"
    assert _titles(text) == [("Make deploys boring", ["Cut failed deploys to 3%"])]


@pytest.mark.parametrize(
    ("note", "title", "owner"),
    [
        ("(Beta)", "Launch the mobile app (Beta)", None),
        ("(Draft)", "Launch the mobile app (Draft)", None),
        ("(Stretch goal)", "Launch the mobile app (Stretch goal)", None),
        ("(MVP)", "Launch the mobile app (MVP)", None),
        ("(Mia)", "Launch the mobile app", "Mia"),
        ("(Chen Li)", "Launch the mobile app", "Chen Li"),
    ],
)
def test_a_tagged_objectives_note_is_no_owner(note, title, owner):
    text = f"# OKRs\n\nO1 [Growth]: Launch the mobile app {note}\n- KR1: Reach 1000 downloads\n"
    (objective,) = read_tree(text)
    assert (objective["title"], objective["owner"]) == (title, owner)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "O1 Make deploys boring\nKR1.1 Cut failed deploys to 3%\n\nO2 Win customers\nKR2.1 Sign 10 customers\n",
            [
                ("Make deploys boring", ["Cut failed deploys to 3%"]),
                ("Win customers", ["Sign 10 customers"]),
            ],
        ),
        (
            "## O1. Make deploys boring\nKR 1-1 Cut failed deploys to 3%\nKR 1-2 Halve build time\n",
            [("Make deploys boring", ["Cut failed deploys to 3%", "Halve build time"])],
        ),
        (
            "Objective 1. Ship it\nKey result 1-1. Cut failed deploys to 3%\nKey result 1-2. Halve build time\n",
            [("Ship it", ["Cut failed deploys to 3%", "Halve build time"])],
        ),
        (
            "# OKR\n\n一、提升用户留存\n1、日活跃用户达到 5000\n2、流失率降到 2%\n\n二、稳定发布\n1、发布失败率降低到 3%\n",
            [
                ("提升用户留存", ["日活跃用户达到 5000", "流失率降到 2%"]),
                ("稳定发布", ["发布失败率降低到 3%"]),
            ],
        ),
    ],
)
def test_ids_without_separators_and_enumerators(text, want):
    assert _titles(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # one "O2 …" line alone is a title as written
        ("O2 sensor readings\n- Read 10 sensors\n- Log 5 readings\n", "O2 sensor readings"),
        # one "一、" line alone over "1、" lines reads as before
        ("一、背景\n1、团队扩张到 20 人\n", None),
    ],
)
def test_near_misses_of_ids_and_enumerators(text, want):
    titles = _titles(text)
    if want is not None:
        assert titles[0][0] == want


def test_a_cell_of_statements_joined_by_semicolons_is_one_key_result():
    text = "| Objective | Key results |\n|---|---|\n| Grow | Reach 100 users; Cut churn to 2% |\n"
    assert _titles(text) == [("Grow", ["Reach 100 users; Cut churn to 2%"])]
    text = "| Objective | Key results |\n|---|---|\n| Grow | Reach 100 users<br>Cut churn to 2% |\n"
    assert _titles(text) == [("Grow", ["Reach 100 users", "Cut churn to 2%"])]
    text = "| Objective | Key results |\n|---|---|\n| Grow | Reach 100 users<br>(from 20) |\n"
    assert _titles(text) == [("Grow", ["Reach 100 users (from 20)"])]


HOSTILE = {
    # the reported case: "**Objective " and many digits (measured 3.7×-4.5× for 4× input)
    "objective_digits": lambda n: "**Objective " + "1" * (10 * n) + "\n",
    "objective_digits_closed": lambda n: "**Objective " + "1" * (10 * n) + "**\n- KR1: Reach 10\n",
    "bare_ids": lambda n: "\n".join(f"O{i % 99 + 1} Title\nKR{i % 99 + 1}.1 Reach {i}" for i in range(n)),
    "bare_id_spaces": lambda n: "O1 " + " " * (20 * n) + "x\nKR1 " + " " * (20 * n) + "y\n",
    "enumerators": lambda n: "\n".join(f"一、Title\n1、Reach {i} users" for i in range(n)),
    "br_cell": lambda n: "| Objective | Key results |\n|---|---|\n| Grow | "
    + "<br>".join(["Reach 10 users"] * n)
    + " |\n",
    "paragraph_tags": lambda n: "<ul>\n<li>a</li>\n</ul>\n<p>" + "<b>x</b>" * n + "\n",
    "heading_blocks": lambda n: "\n".join(f"- ## Title {i}\n\t- Reach {i} users" for i in range(n)),
    "sections": lambda n: "\n".join(f"## Installation\n- Step {i}\n## Phase {i % 9 + 1}\n- Task" for i in range(n)),
    "org_todo": lambda n: "#+TITLE: x\n* P\n" + "\n".join(f"** O {i}\n*** TODO [#A] R {i}" for i in range(n)),
}  # fmt: skip


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_stays_linear(name):
    assert_reads_in_linear_time(HOSTILE[name], 300)


NOTION = """# OKRs

## Make deploys boring

Status: In progress
Owner: Ana
Quarter: Q3 2026

### Key results

- [ ] Cut failed deploys from 12% to 3%
- [ ] Halve median build time
"""


def test_an_owner_property_above_the_key_results_header_is_the_objectives():
    (objective,) = read_tree(NOTION)
    assert (objective["title"], objective["owner"]) == ("Make deploys boring", "Ana")
    assert [kr["title"] for kr in objective["key_results"]] == [
        "Cut failed deploys from 12% to 3%",
        "Halve median build time",
    ]


def test_near_misses_of_the_owner_property():
    # the first owner stands; a blank template owner is none
    (objective,) = read_tree(NOTION.replace("Quarter: Q3 2026", "Owner: Ben"))
    assert objective["owner"] == "Ana"
    (objective,) = read_tree(NOTION.replace("Owner: Ana", "Owner: ___"))
    assert objective["owner"] is None
    # an owner item of the description's list is no property line: read as before
    (objective,) = read_tree(NOTION.replace("Owner: Ana", "- Owner: Ana"))
    assert objective["title"] == "Make deploys boring"

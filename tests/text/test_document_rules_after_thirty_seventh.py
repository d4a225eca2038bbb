"""Reader rule after round 37's first run (issue 15): a priority tag opening a line ("* P0: …",
"* P1 (1.0): …", "[P2] …", "(P1) …", "Priority 1: …", "Prio 2 – …", "Priorität 1: …",
"优先级1：…") is no part of its title (cairn.text.outline_lines).

The families are generated in fourteen languages
(tests/text/document_shapes_after_thirty_seventh.py) and must be read exactly
(tests/text/test_document_families.py); here the rule's own sentences, near misses and hostile
input.
"""

import pytest

from bench.documents import read_tree
from tests.text.hostile_pages import assert_reads_in_linear_time


def _krs(text: str) -> list[str]:
    return [kr["title"] for o in read_tree(text) for kr in o["key_results"]]


def _page(*bullets: str) -> str:
    return "# OKRs for May 2020\n\n## Objective: Ship the Subscriptions spec\n" + "".join(
        f"* {b}\n" for b in bullets
    )


@pytest.mark.parametrize(
    ("tagged", "title"),
    [
        ("P0: Design in place and communicated to FHIR-I (March 15)", "Design in place and communicated to FHIR-I (March 15)"),
        ("P1 (1.0): Update the reference implementation (May 1)", "Update the reference implementation (May 1)"),
        ("P2 (0.5): Publish 3 blog posts", "Publish 3 blog posts"),
        ("P3: Build reference implementation", "Build reference implementation"),
        ("P4 – Reach 40 weekly active teams", "Reach 40 weekly active teams"),
        ("[P0] Cut failed deploys from 12% to 3%", "Cut failed deploys from 12% to 3%"),
        ("[P1]: Halve median build time", "Halve median build time"),
        ("(P1) Raise NPS from 20 to 45", "Raise NPS from 20 to 45"),
        ("Priority 1: Sign 10 paying customers", "Sign 10 paying customers"),
        ("Prio 2 – Keep pages below 5 a week", "Keep pages below 5 a week"),
        ("Priorität 1: Buildzeit halbieren", "Buildzeit halbieren"),
        ("Prioridad 2: Reducir el churn al 5%", "Reducir el churn al 5%"),
        ("Priorité 1 : Signer 5 partenaires", "Signer 5 partenaires"),
        ("Öncelik 1: NPS'i 45'e çıkarmak", "NPS'i 45'e çıkarmak"),
        ("Приоритет 1: Снизить отток до 5%", "Снизить отток до 5%"),
        ("优先级1：日活跃用户达到5000", "日活跃用户达到5000"),
        ("優先度2：解約率を3%に下げる", "解約率を3%に下げる"),
        ("우선순위 1: 주간 활성 팀 40개", "주간 활성 팀 40개"),
        ("P0：上线新手引导", "上线新手引导"),
    ],
)  # fmt: skip
def test_a_priority_tag_opening_a_key_result_is_no_part_of_its_title(tagged, title):
    assert _krs(_page(tagged, "Tested at May connectathon")) == [
        title,
        "Tested at May connectathon",
    ]


def test_nested_details_stay_details_and_untagged_items_are_key_results_the_same():
    page = _page(
        "Parse FHIR specification into an intermediate type model\n    * P0: R4, STU3, DSTU2\n"
        "    * P2: R5",
        "P0: Generate OpenAPI files.",
    )
    assert _krs(page) == [
        "Parse FHIR specification into an intermediate type model",
        "Generate OpenAPI files.",
    ]


def test_a_tag_before_a_marker_still_goes_with_it():
    page = "## [P1] KR: Write a post every two weeks.\n"
    assert _krs("## Objective: Learning\n" + page) == ["Write a post every two weeks."]


@pytest.mark.parametrize(
    "text",
    [
        "P0 incidents below 2 a month",  # the tag is part of the measure: no separator
        "Reduce P1 bugs to 0",
        "P2P payments live in 3 markets",
        "P3 rollout to 40 teams",
        "P3 rollout – phase 2 in 3 markets",
        "P1 基于Deepseek v3, r1, 或通义最强的那个模型（待最终决定）。",  # round 8: P1 names a prompt
        "P1-Bugs auf 0 senken",
        "P5: Reach 40 weekly active teams",  # P5 and above are no priority tags
        "Priority customers: 40 signed",
        "p1: lower-case",
    ],
)
def test_near_misses_read_as_written(text):
    assert _krs(_page(text, "Tested at May connectathon")) == [text, "Tested at May connectathon"]


HOSTILE = {
    "tags": lambda n: "## Objective: O\n" + "".join(f"* P{i % 5}: step {i}\n" for i in range(n)),
    "spaces": lambda n: "## Objective: O\n* P1 (1.0):" + " " * (20 * n) + "x\n",
    "brackets": lambda n: "## Objective: O\n* " + "[P0] " * (5 * n) + "x\n",
    "weights": lambda n: "## Objective: O\n* P1 " + "(1.0)" * (5 * n) + ": x\n",
}  # fmt: skip


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_stays_linear(name):
    assert_reads_in_linear_time(HOSTILE[name], 100)

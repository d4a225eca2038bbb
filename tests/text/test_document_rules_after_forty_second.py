"""Reader rules after round 42's first run (issue 15): MyST / Sphinx target labels are no text
(cairn.text.doc_heading_attributes.target_labels), a list linking to the page's own labels or
headings is its contents (cairn.text.outline_contents), and a heading over unmeasured items that
each hold nested items is a category over objectives (cairn.text.outline_category_headings).

The families are generated in eight languages (tests/text/document_shapes_after_forty_second.py)
and must be read exactly (tests/text/test_document_families.py); here the rules' own pages, near
misses and hostile input.
"""

import pytest

from bench.documents import read_tree
from tests.text.hostile_pages import assert_reads_in_linear_time


def _tree(text: str) -> list[tuple[str, list[str]]]:
    return [(o["title"], [kr["title"] for kr in o["key_results"]]) for o in read_tree(text)]


STRATEGY = """# Strategy

## Strategic plan

Our plan is broken down into objectives and key results across these categories:

- [Interactive Computing in Research](strategy:research)
- [Organizational and operational goals](strategy:organizational)

(strategy:research)=
### Interactive computing in research

* Support the Pangeo project
  * Community members report stability
  * Adapt the infrastructure for at least 2 new research communities
* Sustaining research hub infrastructure
  * A hub and sustainability model is developed

(strategy:organizational)=
### Organizational

* Lay an organizational foundation
  * Document organizational practices and key information
  * Staff early projects

* Grow partnerships with key organizations
  * Cloud providers
  * Non-profits to collaborate with
"""


def test_category_headings_over_objective_bullets_read_the_bullets_as_objectives():
    assert _tree(STRATEGY) == [
        ("Support the Pangeo project", ["Community members report stability",
                                        "Adapt the infrastructure for at least 2 new research communities"]),
        ("Sustaining research hub infrastructure", ["A hub and sustainability model is developed"]),
        ("Lay an organizational foundation", ["Document organizational practices and key information",
                                              "Staff early projects"]),
        ("Grow partnerships with key organizations", ["Cloud providers", "Non-profits to collaborate with"]),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "label", ["(okr-1)=", "(strategy:research)=", ".. _okr-1:", ".. _Python: https://python.org"]
)
def test_a_target_label_line_is_no_text(label):
    page = f"{label}\nMake deploys boring\n- Staff early projects\n- Cloud providers\n\n"
    page += f"{label}\nWin customers\n- Sign 10 customers\n- Document practices\n"
    assert [title for title, _ in _tree(page)] == ["Make deploys boring", "Win customers"]


@pytest.mark.parametrize(
    "line", ["(see the appendix)= 4", "Revenue (EUR)= 40k", ".. and then we ship", "(a)=(b)"]
)
def test_lines_like_labels_stay(line):
    page = f"## Make deploys boring\n- {line}\n- Cut failed deploys from 12% to 3%\n"
    assert _tree(page)[0][1][0] == line


def test_a_heading_over_unnested_key_results_stays_the_objective():
    page = "## Make deploys boring\n* Staff early projects\n* Cloud providers\n"
    assert _tree(page) == [("Make deploys boring", ["Staff early projects", "Cloud providers"])]


def test_a_marked_objective_heading_keeps_its_bullets_as_key_results():
    page = (
        "## Objective: Make deploys boring\n* Staff early projects\n  * Hire two people\n"
        "* Cloud providers\n  * Compare prices\n"
    )
    assert _tree(page) == [("Make deploys boring", ["Staff early projects", "Cloud providers"])]


def test_a_heading_over_measured_key_results_with_steps_stays_the_objective():
    page = (
        "## Make deploys boring\n* Cut failed deploys from 12% to 3%\n  * Add canaries\n"
        "* Halve median build time\n  * Cache layers\n"
    )
    assert _tree(page) == [
        ("Make deploys boring", ["Cut failed deploys from 12% to 3%", "Halve median build time"])
    ]


def test_links_to_other_pages_stay_key_results():
    page = (
        "## Make deploys boring\n* [Staff early projects](https://example.org/issues/1)\n"
        "* [Cloud providers](https://example.org/issues/2)\n"
    )
    assert _tree(page) == [("Make deploys boring", ["Staff early projects", "Cloud providers"])]


HOSTILE = {
    "labels": lambda n: "".join(f"(l{i})=\n## T{i}\n- Sign {i} customers\n" for i in range(n)),
    "links": lambda n: "".join(f"- [x{i}](#x{i})\n" for i in range(n)) + "## O\n- Sign 2\n",
    "categories": lambda n: "".join(
        f"### C{i}\n* Aim {i}\n  * Staff projects\n* Aim b{i}\n  * Cloud\n" for i in range(n)
    ),
    "parens": lambda n: "(" * (20 * n) + ")=\n## O\n- Sign 2\n",
}  # fmt: skip


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_input_stays_linear(name):
    assert_reads_in_linear_time(HOSTILE[name], 100)

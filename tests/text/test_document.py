"""parse_document on every shape of SPEC §6, messy formatting included."""

import json

import pytest

from cairn.text.document import parse_document


def tree(text: str) -> list[tuple[str, list[str]]]:
    """Return [(objective, [key results])] of a document, without the coach."""
    document = parse_document(text, None)
    return [(o.title, [kr.title for kr in o.key_results]) for o in document.objectives]


EXPECTED = [
    ("Delight our customers", ["Lift NPS from 30 to 45", "Reduce churn from 6% to 3%"]),
    ("Build a sustainable business", ["Grow ARR from $1M to $1.6M"]),
]

SHAPES = {
    "o_kr_lines": """
O: Delight our customers
KR 1: Lift NPS from 30 to 45
KR 2: Reduce churn from 6% to 3%
O: Build a sustainable business
KR 1: Grow ARR from $1M to $1.6M
""",
    "o_kr_bullets": """
- O1: Delight our customers
    - KR1: Lift NPS from 30 to 45
    - KR2: Reduce churn from 6% to 3%
- O2: Build a sustainable business
    - KR1: Grow ARR from $1M to $1.6M
""",
    "objective_key_results_colon": """
Objective: Delight our customers
Key results:
- Lift NPS from 30 to 45
- Reduce churn from 6% to 3%

Objective: Build a sustainable business
Key results:
- Grow ARR from $1M to $1.6M
""",
    "objective_key_results_no_colon_plain_lines": """
Objective: Delight our customers
Key Results
Lift NPS from 30 to 45
Reduce churn from 6% to 3%
Objective: Build a sustainable business
Key Results
Grow ARR from $1M to $1.6M
""",
    "markdown_headings": """
# Q3 OKRs

## Delight our customers
- Lift NPS from 30 to 45
- Reduce churn from 6% to 3%

## Build a sustainable business
- Grow ARR from $1M to $1.6M
""",
    "numbered": """
1. Delight our customers
   a. Lift NPS from 30 to 45
   b. Reduce churn from 6% to 3%
2. Build a sustainable business
   a. Grow ARR from $1M to $1.6M
""",
    "numbered_parentheses_and_dotted": """
1) Delight our customers
   1.1 Lift NPS from 30 to 45
   1.2 Reduce churn from 6% to 3%
2) Build a sustainable business
   2.1 Grow ARR from $1M to $1.6M
""".replace("1.1 ", "1.1. ")
    .replace("1.2 ", "1.2. ")
    .replace("2.1 ", "2.1. "),
    "plain_objective_then_bullets": """
Delight our customers
* Lift NPS from 30 to 45
* Reduce churn from 6% to 3%
Build a sustainable business
* Grow ARR from $1M to $1.6M
""",
    "bold_prefixes": """
**Objective 1:** Delight our customers
- **KR 1.1:** Lift NPS from 30 to 45
- **KR 1.2:** Reduce churn from 6% to 3%
**Objective 2:** Build a sustainable business
- **KR 2.1:** Grow ARR from $1M to $1.6M
""",
}


@pytest.mark.parametrize("shape", SHAPES)
def test_every_shape_gives_the_same_objectives(shape):
    assert tree(SHAPES[shape]) == EXPECTED


def test_messy_formatting_crlf_tabs_bullets_and_trailing_spaces():
    text = (
        "  Objective:   Delight our customers   \r\n\r\n"
        "\tKey results:\r\n"
        "\t•  Lift NPS from 30 to 45  \r\n"
        "\t\t◦ Send a survey\r\n"
        "\t*  Reduce churn from 6% to 3%\t\r\n"
        "\r\n\r\n"
        "OBJECTIVE 2 - Build a sustainable business\r\n"
        "   -   Grow ARR from $1M to $1.6M   \r\n"
    )
    assert tree(text) == EXPECTED
    document = parse_document(text, None)
    assert document.objectives[0].key_results[0].initiatives == ("Send a survey",)


def test_nested_bullets_under_a_key_result_are_initiatives_and_deeper_ones_their_work():
    text = """## Delight our customers
- Lift NPS from 30 to 45
  - Run a quarterly survey
    - Draft the questions
  - Close the loop with detractors
- Reduce churn from 6% to 3%
"""
    objective = parse_document(text, None).objectives[0]
    assert objective.key_results[0].initiatives == (
        "Run a quarterly survey",
        "Close the loop with detractors",
    )
    assert [i.key_result for i in objective.initiatives] == [0, 0]
    # A deeper item is a work item of the initiative above it: a task, being a leaf.
    survey, loop = objective.initiatives
    assert [(w.title, w.type, w.parent) for w in survey.work] == [
        ("Draft the questions", "task", None)
    ]
    assert loop.work == ()
    assert objective.key_results[1].initiatives == ()


def test_context_lines_and_non_objective_headings_become_labels():
    text = """# Acme — OKRs for Q3 2026
Draft for review

For talent management:
O: Build a team that ships
KR: Cut time-to-hire from 52 to 35 days

## Sales
### Grow the pipeline
- Generate $3M in qualified pipeline
"""
    document = parse_document(text, None)
    assert [(o.title, o.labels) for o in document.objectives] == [
        ("Build a team that ships", ("Acme — OKRs for Q3 2026", "For talent management")),
        ("Grow the pipeline", ("Acme — OKRs for Q3 2026", "Sales")),
    ]


def test_explicit_initiative_and_owner_lines():
    text = """Objective: Delight our customers
Owner: ana@example.com
Key results:
- Lift NPS from 30 to 45 (owner: ben@example.com)
  - Initiative: quarterly survey
- Reduce churn from 6% to 3%
"""
    objective = parse_document(text, None).objectives[0]
    assert objective.owner == "ana@example.com"
    assert objective.key_results[0].owner == "ben@example.com"
    assert objective.key_results[0].title == "Lift NPS from 30 to 45"
    assert objective.key_results[0].initiatives == ("quarterly survey",)


def test_line_numbers_point_at_the_source():
    document = parse_document(SHAPES["objective_key_results_colon"], None)
    first = document.objectives[0]
    assert (first.line, [kr.line for kr in first.key_results]) == (2, [4, 5])


def test_problems_are_returned_with_line_numbers_not_raised():
    text = """KR1: Grow ARR from $1M to $2M
O:
Objective: Delight our customers
"""
    document = parse_document(text, None)
    assert [(p.line, p.message) for p in document.problems] == [
        (1, "key result before any objective"),
        (2, "objective has no title"),
        (3, "objective has no key results"),
    ]


def test_a_bare_list_of_measures_is_a_key_result_without_objective():
    document = parse_document("- Grow ARR from $1M to $2M\n", None)
    assert document.objectives == ()
    assert [p.message for p in document.problems] == ["key result before any objective"]


@pytest.mark.parametrize("text", ["", "\n\n", "   ", "---", "# Only a title", "Just a sentence."])
def test_documents_without_okrs_are_empty(text):
    document = parse_document(text)
    assert document.objectives == ()
    json.dumps(document.as_dict())


def test_the_dry_run_json_carries_parsed_fields_and_findings():
    data = parse_document(SHAPES["markdown_headings"]).as_dict()
    kr = data["objectives"][0]["key_results"][1]
    assert {k: kr[k] for k in ("title", "line", "direction", "start", "target", "unit")} == {
        "title": "Reduce churn from 6% to 3%",
        "line": 6,
        "direction": "decrease",
        "start": 6,
        "target": 3,
        "unit": "%",
    }
    assert data["objectives"][0]["labels"] == ["Q3 OKRs"]
    assert [f["code"] for f in data["objectives"][1]["findings"]] == ["OKR001"]
    assert set(data) == {"format", "objectives", "problems"}


def test_owner_findings_only_when_the_document_states_owners():
    assert not any(f.code == "OKR007" for _, f in parse_document(SHAPES["numbered"]).findings())
    with_owner = "Objective: Delight\nOwner: ana@example.com\n- Lift NPS from 30 to 45\n"
    codes = [f.code for _, f in parse_document(with_owner).findings()]
    assert "OKR007" in codes  # the key result has no owner


def test_a_free_form_document_becomes_a_plan():
    plan = parse_document(SHAPES["numbered"], None).to_plan(cycle="2026 Q3")
    assert plan.cycle == "2026 Q3"
    kr = plan.objectives[0].key_results[1]
    assert (kr.type, kr.start, kr.target, kr.unit) == ("decrease", 6, 3, "%")

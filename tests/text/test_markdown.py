"""Canonical Cairn Markdown: lossless round trips, clear errors, and JSON/CSV exports."""

import csv
import io
import json
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cairn.text.document import parse_document
from cairn.text.markdown import PlanFormatError, encode, export_markdown, import_markdown
from cairn.text.plan import (
    KR_TYPES,
    WORK_STATUSES,
    WORK_TYPES,
    Plan,
    PlanKeyResult,
    PlanObjective,
    PlanWork,
    export_csv,
    export_json,
)

PLAN = Plan(
    cycle="2026 Q3",
    objectives=[
        PlanObjective(
            "Make onboarding effortless for small teams",
            key="onboarding",
            owner="ana@example.com",
            team="Growth",
            kind="aspirational",
            visibility="team",
            weight=2,
            aligned_to="company-growth/kr-1",
            initiatives=["Onboarding research"],
            key_results=[
                PlanKeyResult(
                    "Cut time to first value from 14 days to 3 days",
                    type="decrease",
                    start=14,
                    target=3,
                    current=9.5,
                    unit="days",
                    weight=0.5,
                    owner="ben@example.com",
                    initiatives=["Guided setup wizard", "Sample data on sign-up"],
                ),
                PlanKeyResult("Publish the onboarding handbook", type="milestone", target=1),
            ],
        ),
        PlanObjective("Keep the lights on", team=None),
    ],
)


def test_export_then_import_gives_the_plan_back_with_keys():
    assert import_markdown(export_markdown(PLAN)) == PLAN.with_keys()


def test_the_format_is_readable_markdown():
    text = export_markdown(PLAN)
    assert "## Objective: Make onboarding effortless for small teams\n- key: onboarding\n" in text
    assert "### KR: Cut time to first value from 14 days to 3 days\n" in text
    assert "- aligned-to: company-growth/kr-1\n" in text
    assert "- initiative: Guided setup wizard\n- initiative: Sample data on sign-up\n" in text
    assert "- start: 14\n- target: 3\n- current: 9.5\n- unit: days\n- weight: 0.5\n" in text
    assert "- key: keep-the-lights-on\n" in text


def test_parse_document_recognises_canonical_markdown():
    document = parse_document(export_markdown(PLAN))
    assert document.format == "cairn-markdown"
    assert document.to_plan() == PLAN.with_keys()
    kr = document.objectives[0].key_results[0]
    assert (kr.line, kr.parsed.direction, kr.parsed.start, kr.owner) == (
        14,
        "decrease",
        14,
        "ben@example.com",
    )


def test_titles_that_need_it_are_quoted():
    assert encode("Plain: title # with *marks*") == "Plain: title # with *marks*"
    assert encode(" padded ") == '" padded "'
    assert encode("two\nlines") == '"two\\nlines"'
    assert encode('"quoted"') == '"\\"quoted\\""'
    assert encode("") == '""'


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("### KR: Orphan\n", "line 1: key result before any objective"),
        ("## Objective: A\n- colour: red\n", "line 2: unknown field 'colour' for an objective"),
        (
            "## Objective: A\n### KR: B\n- start: lots\n",
            "line 3: start must be a number, not 'lots'",
        ),
        ("## Objective: A\n- owner: a\n- owner: b\n", "line 3: field 'owner' given twice"),
        ("## Objective: A\n- kind: stretch\n", "kind must be one of committed, aspirational"),
        ("## Objective: A\n### KR: B\n- type: up\n", "type must be one of increase"),
        ("## Objective: A\nloose text\n", "line 2: unexpected text 'loose text'"),
        ("# Objective: A\n", "line 1: Objective needs a 2-level heading"),
        ("## Objective: A\n- key: x\n## Objective: B\n- key: x\n", "key 'x' is used twice"),
        ('## Objective: "broken\n', "line 1:"),
        ("## Objective: A\n- weight: nan\n", "weight must be a finite number"),
    ],
)
def test_bad_canonical_markdown_is_refused_with_line_numbers(text, message):
    with pytest.raises(PlanFormatError) as error:
        import_markdown(text)
    assert message in str(error.value)


def test_problems_in_canonical_markdown_reach_the_document():
    document = parse_document("<!-- cairn:okrs v1 -->\n## Objective: A\n- colour: red\n")
    assert [(p.line, p.message) for p in document.problems] == [
        (3, "unknown field 'colour' for an objective")
    ]


def test_json_export_reads_back():
    data = json.loads(export_json(PLAN))
    assert Plan.from_dict(data) == PLAN.with_keys()


def test_csv_export_has_one_row_per_item_linked_by_parent():
    rows = list(csv.DictReader(io.StringIO(export_csv(PLAN))))
    assert [(r["id"], r["parent_id"], r["level"]) for r in rows] == [
        ("O1", "", "objective"),
        ("O1.I1", "O1", "initiative"),
        ("O1.K1", "O1", "key_result"),
        ("O1.K1.I1", "O1.K1", "initiative"),
        ("O1.K1.I2", "O1.K1", "initiative"),
        ("O1.K2", "O1", "key_result"),
        ("O2", "", "objective"),
    ]
    assert (rows[2]["start"], rows[2]["target"], rows[2]["weight"]) == ("14", "3", "0.5")


text = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40
) | st.sampled_from(
    ["# Title", "- key: x", "KR: y", "## Objective: z", '"', " : ", "**b**", "<!--"]
)
optional_text = st.none() | text
number = st.floats(allow_nan=False, allow_infinity=False, width=64)
optional_number = st.none() | number


@st.composite
def with_work(draw, owner):
    """Add work items to an objective or key result: trees under its initiatives, in the
    order the Markdown lists them (initiative by initiative, depth first)."""
    item = draw(owner)
    work: list[PlanWork] = []

    def tree(initiative: int, parent: int | None, depth: int) -> None:
        for _ in range(draw(st.integers(0, 2 if depth < 3 else 0))):
            work.append(
                PlanWork(
                    draw(text.filter(str.strip)),
                    draw(st.sampled_from(WORK_TYPES)),
                    initiative,
                    parent,
                    draw(st.sampled_from(WORK_STATUSES)),
                    draw(st.none() | st.floats(0, 1e6, allow_nan=False)),
                )
            )
            tree(initiative, len(work) - 1, depth + 1)

    for initiative in range(len(item.initiatives)):
        tree(initiative, None, 0)
    return replace(item, work=tuple(work))


key_result = st.builds(
    PlanKeyResult,
    title=text,
    key=st.none() | st.from_regex(r"[a-z0-9][a-z0-9/-]{0,20}", fullmatch=True),
    type=st.sampled_from(KR_TYPES),
    start=optional_number,
    target=optional_number,
    current=optional_number,
    unit=optional_text,
    weight=number,
    owner=optional_text,
    initiatives=st.lists(text, max_size=3).map(tuple),
)
key_result = with_work(key_result)
objective = st.builds(
    PlanObjective,
    title=text,
    owner=optional_text,
    team=optional_text,
    kind=st.sampled_from(["committed", "aspirational"]),
    visibility=st.sampled_from(["public", "team", "private"]),
    weight=number,
    aligned_to=optional_text,
    key_results=st.lists(key_result, max_size=4).map(tuple),
    initiatives=st.lists(text, max_size=2).map(tuple),
)
objective = with_work(objective)
plans = st.builds(
    Plan, cycle=optional_text, objectives=st.lists(objective, max_size=4).map(tuple)
).filter(lambda plan: not plan.problems())  # keys given by hand must be unique


@settings(max_examples=200, deadline=None)
@given(plans)
def test_export_import_export_is_identical(plan):
    exported = export_markdown(plan)
    assert export_markdown(import_markdown(exported)) == exported


@settings(max_examples=200, deadline=None)
@given(plans)
def test_import_of_an_export_is_the_plan_itself(plan):
    assert import_markdown(export_markdown(plan)) == plan.with_keys()

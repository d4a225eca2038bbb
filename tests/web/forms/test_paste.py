"""The pure step of the paste box: posted fields over a parsed document give a Plan."""

from __future__ import annotations

from cairn.coach import DEFAULT
from cairn.text.document import parse_document
from cairn.web.forms.paste import draft_from_fields, item_count, text_digest

TEXT = """\
O: Delight our customers (owner: ana@example.com)
KR 1: Reduce churn from 6% to 3%
KR 2: Improve activation
  - Run onboarding calls
KR 3: Raise NPS from 30 to 50

O: Hire great people
KR: Cut time to hire from 60 to 40 days
"""

CANONICAL = """\
<!-- cairn:okrs v1 -->
# Cycle: Q3

## Objective: Faster support
- key: faster-support
- team: Support
- aligned-to: company/kr-1

### KR: Cut first reply from 18 hours to 4 hours
- key: faster-support/kr-1
- type: decrease
- start: 18
- target: 4
- unit: hours

### KR: Keep CSAT above 90%
- key: faster-support/kr-2
- type: stay_above
- target: 90
"""


def plan_of(text: str, data: dict, **kwargs):
    return draft_from_fields(parse_document(text, None), data).plan(**kwargs)


def test_without_posted_fields_everything_read_is_planned():
    plan = plan_of(TEXT, {})
    assert [o.title for o in plan.objectives] == ["Delight our customers", "Hire great people"]
    first = plan.objectives[0]
    assert first.owner == "ana@example.com"
    assert [(kr.type, kr.start, kr.target, kr.unit) for kr in first.key_results] == [
        ("decrease", 6, 3, "%"),
        ("milestone", None, None, None),
        ("increase", 30, 50, None),
    ]
    assert first.key_results[1].initiatives == ("Run onboarding calls",)


def test_posted_items_without_their_include_box_are_left_out():
    data = {
        "o-0-title": "Delight our customers", "o-0-include": "on",
        "o-0-kr-0-title": "Reduce churn from 6% to 3%", "o-0-kr-0-include": "on",
        "o-0-kr-1-title": "Improve activation",
        "o-0-kr-2-title": "Raise NPS from 30 to 50", "o-0-kr-2-include": "on",
        "o-1-title": "Hire great people",
        "o-1-kr-0-title": "Cut time to hire from 60 to 40 days", "o-1-kr-0-include": "on",
    }  # fmt: skip
    plan = plan_of(TEXT, data)
    assert [o.title for o in plan.objectives] == ["Delight our customers"]
    assert [kr.title for kr in plan.objectives[0].key_results] == [
        "Reduce churn from 6% to 3%",
        "Raise NPS from 30 to 50",
    ]


def test_an_edited_title_is_read_again():
    draft = draft_from_fields(
        parse_document(TEXT, None),
        {"o-0-kr-1-title": "  Raise activation from 40% to 60% ", "o-0-kr-1-include": "on"},
    )
    kr = draft.objectives[0].key_results[1]
    assert kr.edited and kr.title == "Raise activation from 40% to 60%"
    assert (kr.type, kr.parsed.start, kr.parsed.target, kr.parsed.unit) == ("increase", 40, 60, "%")
    planned = draft.plan().objectives[0].key_results[1]
    assert (planned.title, planned.type, planned.start, planned.target) == (
        "Raise activation from 40% to 60%", "increase", 40, 60,
    )  # fmt: skip
    assert draft.unmeasured() == []


def test_owners_can_be_set_or_cleared():
    data = {"o-0-owner": "", "o-0-kr-0-owner": " lead@example.com "}
    first = plan_of(TEXT, data).objectives[0]
    assert first.owner is None  # the person pasting
    assert first.key_results[0].owner == "lead@example.com"


def test_the_team_goes_to_objectives_that_name_none():
    plan = plan_of(TEXT, {}, cycle="Q3", team="Support")
    assert plan.cycle == "Q3" and {o.team for o in plan.objectives} == {"Support"}
    assert plan_of(CANONICAL, {}, team="Sales").objectives[0].team == "Support"


def test_canonical_markdown_keeps_its_stated_fields_through_edits():
    data = {
        "o-0-title": "Much faster support", "o-0-include": "on",
        "o-0-kr-0-title": "Cut first reply time", "o-0-kr-0-include": "on",
        "o-0-kr-1-title": "Keep CSAT above 90%",
    }  # fmt: skip
    plan = plan_of(CANONICAL, data)
    [objective] = plan.objectives
    assert (objective.title, objective.key, objective.aligned_to) == (
        "Much faster support", "faster-support", "company/kr-1",
    )  # fmt: skip
    [kr] = objective.key_results
    assert (kr.title, kr.key, kr.type, kr.start, kr.target, kr.unit) == (
        "Cut first reply time", "faster-support/kr-1", "decrease", 18, 4, "hours",
    )  # fmt: skip


def test_lines_follow_the_included_items():
    draft = draft_from_fields(parse_document(TEXT, None), {"o-0-kr-1-title": "Improve activation"})
    assert draft.lines() == [(1, [2, 5]), (7, [8])]


def test_findings_are_for_what_is_included():
    text = (
        "O: Grow\nKR: Improve activation\nKR: Reduce churn from 6% to 3%\n"
        "KR: Raise NPS from 30 to 50\n"
    )
    document = parse_document(text, None)
    everything = draft_from_fields(document, {}, DEFAULT)
    assert "OKR001" not in [f.code for f in everything.objectives[0].findings]
    assert [f.code for f in everything.objectives[0].key_results[0].findings] == ["KR101", "KR104"]
    dropped = draft_from_fields(document, {"o-0-kr-0-title": "Improve activation"}, DEFAULT)
    assert [f.code for f in dropped.objectives[0].findings] == ["OKR001"]
    assert dropped.objectives[0].key_results[0].findings == ()
    assert not any(f.code == "OKR007" for f in everything.objectives[0].findings)


def test_counts_and_unmeasured_titles():
    document = parse_document(TEXT, None)
    draft = draft_from_fields(document, {"o-1-title": "Hire great people"})
    assert (len(draft.included), draft.key_result_count, item_count(document)) == (1, 3, 6)
    assert draft.unmeasured() == ["Improve activation"]
    assert draft.owners() == {"ana@example.com"}


def test_the_digest_tells_texts_apart():
    assert text_digest(TEXT) == text_digest(TEXT) != text_digest(TEXT + " ")

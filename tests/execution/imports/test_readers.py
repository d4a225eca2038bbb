"""The format readers and the shared normaliser: pure Python, no database."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from cairn.execution.imports import LIMITS, detect_format, read_work
from cairn.execution.imports.rows import parse_date, parse_datetime
from cairn.execution.imports.statuses import parse_mapping
from tests.execution.imports.conftest import export


def by_key(work):
    return {row.key: row for row in work.rows}


def test_it_reads_a_jira_export():
    work = read_work(export("jira.csv", 42))
    assert work.source == "jira" and work.problems == []
    rows = by_key(work)
    epic, story, sub, bug = rows["SHOP-1"], rows["SHOP-2"], rows["SHOP-3"], rows["SHOP-4"]
    assert (epic.kind, story.kind, sub.kind, bug.kind) == ("epic", "story", "subtask", "story")
    assert epic.key_results == (42,)
    assert epic.values["due_on"] == date(2026, 4, 30)
    assert 'then "ship" it' in epic.values["description"]
    assert story.status == "in_progress"  # Code Review: by the status category
    assert story.sprint == "Sprint 2"  # the last of the repeated Sprint columns
    assert story.parent_key == "SHOP-1" and story.values["estimate_points"] == Decimal("8.0")
    assert sub.parent_key == "SHOP-2"  # "Parent id" is the parent's Issue id
    assert sub.status == "done" and sub.done_at == datetime(2026, 3, 15, 17, 30, tzinfo=UTC)
    assert sub.values["estimate_hours"] == Decimal("2.0")  # 7200 seconds
    assert bug.status == "cancelled" and bug.parent_key == "SHOP-1"


def test_a_typed_mapping_wins_over_the_defaults():
    work = read_work(export("jira.csv"), statuses=["Code Review=done", "won't do = to do"])
    assert by_key(work)["SHOP-2"].status == "done"
    assert by_key(work)["SHOP-4"].status == "todo"


def test_a_bad_mapping_is_a_problem():
    work = read_work(export("jira.csv"), statuses=["Code Review=shipped"])
    assert [p.column for p in work.problems] == ["status mapping"]
    assert "todo, in_progress, done or cancelled" in work.problems[0].message


def test_it_reads_gh_issue_list_json():
    work = read_work(export("github.json", 5))
    assert work.source == "github" and work.problems == []
    rows = by_key(work)
    apple, epic, old = rows["acme/shop#12"], rows["acme/shop#7"], rows["acme/shop#9"]
    assert apple.status == "in_progress" and apple.sprint == "Sprint 1"
    assert apple.assignee == "Member Person" and apple.key_results == (5,)
    assert apple.values["external_url"] == "https://github.com/acme/shop/issues/12"
    assert epic.kind == "epic" and epic.status == "done" and epic.values["description"]
    assert epic.done_at == datetime(2026, 3, 1, 10, tzinfo=UTC)
    assert old.status == "cancelled" and old.sprint == ""


def test_it_reads_a_gitlab_export():
    work = read_work(export("gitlab.csv", 3))
    assert work.source == "gitlab" and work.problems == []
    search, cache = work.rows
    assert search.key == "acme/shop#4" and search.status == "in_progress"  # workflow::Doing
    assert search.parent_key == "epic&12" and search.parent_title == "Fast pages"
    assert search.values["estimate_points"] == Decimal("5.0")
    assert search.values["estimate_hours"] == Decimal("1.0")
    assert search.key_results == (3,) and search.sprint == "Sprint 1"
    assert cache.status == "done" and cache.assignee == ""


def test_it_reads_a_linear_export():
    work = read_work(export("linear.csv"))
    assert work.source == "linear" and work.problems == []
    ship, fix, test = work.rows
    assert (ship.kind, fix.kind, test.kind) == ("story", "task", "subtask")
    assert ship.sprint == "Cycle 4" and ship.assignee == "member@acme.test"
    assert (ship.status, fix.status, test.status) == ("in_progress", "done", "cancelled")
    assert fix.done_at == datetime(2026, 3, 4, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("jira.csv", "jira"),
        ("github.json", "github"),
        ("gitlab.csv", "gitlab"),
        ("linear.csv", "linear"),
    ],
)
def test_it_detects_the_format(name, expected):
    assert detect_format(export(name)) == expected


def test_an_unknown_format_is_refused():
    work = read_work("Task,Owner\nA,Sam\n")
    assert work.rows == [] and "cannot tell the format" in work.problems[0].message


def problems(text, fmt="auto"):
    return [(p.row, p.column, p.message) for p in read_work(text, fmt).problems]


JIRA_HEAD = "Issue key,Summary,Issue Type,Status,Due date,Custom field (Story Points)\n"


def test_a_missing_required_column_is_named():
    found = problems("Issue key,Summary,Status\nA-1,Fix,Done\n", "jira")
    assert found == [(1, "Issue Type", "The Jira export has no such column: export all fields.")]


def test_bad_cells_are_named_by_row_and_column():
    text = (
        JIRA_HEAD + "A-1,Fix,Story,Done,31/Feb/26,\nA-2,Tidy,Saga,Done,,lots\nA-3,,Task,Limbo,,\n"
    )
    found = problems(text)
    assert (2, "Due date", "'31/Feb/26' is not a date Cairn can read.") in found
    assert (
        3,
        "Issue Type",
        "Unknown issue type 'Saga': use Epic, Story, Bug, Task or Sub-task.",
    ) in found
    assert (3, "Custom field (Story Points)", "'lots' is not a number from 0 to 99999.9.") in found
    assert (4, "Summary", "This column is empty: it is required.") in found
    assert (4, "Status", "Unknown status 'Limbo': map it, e.g. Limbo=in_progress.") in found


def test_a_key_twice_is_a_problem():
    found = problems(JIRA_HEAD + "A-1,Fix,Story,Done,,\nA-1,Fix,Story,Done,,\n")
    assert found == [(3, None, "A-1 appears twice (row 2 too).")]


def test_too_many_rows_are_refused():
    text = JIRA_HEAD + "".join(f"A-{n},Fix,Story,Done,,\n" for n in range(LIMITS.max_rows + 1))
    found = problems(text)
    assert found == [(None, None, "the sheet has more than 20,000 rows")]


def test_github_json_problems():
    assert "not JSON" in problems("[{", "github")[0][2]
    assert problems('{"number": 1}', "github")[0][2].startswith("Expected a JSON list")
    found = problems(
        '[{"title": "x", "state": "OPEN"}, {"number": 2, "state": "MERGED", "title": "y"}]'
    )
    assert (1, "number", "Each issue needs its number.") in found
    assert (2, "state", "Unknown state 'merged': GitHub writes OPEN or CLOSED.") in found


def test_linear_nesting_deeper_than_cairn_is_refused():
    head = "ID,Title,Status,Parent issue,Cycle Number\n"
    text = head + "E-1,a,Todo,,\nE-2,b,Todo,E-1,\nE-3,c,Todo,E-2,\nE-4,d,Todo,E-3,\n"
    assert problems(text) == [
        (5, "Parent issue", "Cairn nests at most three levels (story, task, sub-task).")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11/May/24 03:26 PM", date(2024, 5, 11)),
        ("30/Sep/26", date(2026, 9, 30)),
        ("2024-05-11 15:26", date(2024, 5, 11)),
        ("6/21/2025 16:14", date(2025, 6, 21)),
        ("2026-08-10T10:00:00.000Z", date(2026, 8, 10)),
        ("Tue Sep 10 2024 10:00:00 GMT+0000 (Coordinated Universal Time)", date(2024, 9, 10)),
        ("yesterday", None),
    ],
)
def test_tracker_dates(text, expected):
    assert parse_date(text) == expected


def test_a_date_without_zone_is_utc():
    assert parse_datetime("2026-03-05 10:11:12").tzinfo is UTC


def test_mapping_entries_may_share_a_line():
    mapping, found = parse_mapping(["QA=in progress; Parked = todo"])
    assert mapping == {"qa": "in_progress", "parked": "todo"} and found == []


def test_text_cairn_cannot_store_is_refused():
    assert problems("ID,Title,Status\nE-1,a\x00b,Todo\n")[0][2].startswith("The file holds a NUL")
    assert "NUL" in problems('[{"number": 1, "title": "a\\u0000", "state": "OPEN"}]')[0][2]
    long_key = "E-" + "1" * 120
    assert problems(f"ID,Title,Status\n{long_key},a,Todo\n") == [
        (2, "ID", "Use at most 100 characters."),
        (2, None, "The key is longer than 100 characters."),
    ]

"""Jira's CSV export ("Export Excel CSV (all fields)" or "(my defaults)") read as work rows.

Jira repeats a column once per value (Sprint, Labels, Watchers …); the last non-empty Sprint
is the current one. A parent is named by "Parent" (a key), "Parent id" (the parent's "Issue
id", looked up in the file) or the epic link of older exports.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from cairn.execution.imports.rows import (
    MAX_DESCRIPTION,
    MAX_KEY,
    MAX_TITLE,
    Cleaner,
    Columns,
    WorkFile,
    WorkRow,
    key_result_ids,
    missing_columns,
)
from cairn.execution.imports.statuses import status_of
from cairn.text.sheet_files import Cell, Sheet

REQUIRED = (("Issue key", "Key"), ("Summary",), ("Issue Type",), ("Status",))
# Any of these makes a sheet look like a Jira export (format detection).
SIGNATURE = ("issue key", "issue type")
KINDS = {
    "epic": "epic",
    "story": "story",
    "user story": "story",
    "bug": "story",
    "improvement": "story",
    "new feature": "story",
    "feature": "story",
    "task": "task",
    "spike": "task",
    "chore": "task",
    "sub-task": "subtask",
    "subtask": "subtask",
    "sub task": "subtask",
    "technical sub-task": "subtask",
}
POINTS = (
    "Custom field (Story Points)",
    "Story Points",
    "Custom field (Story point estimate)",
    "Story point estimate",
)
EPIC_LINK = ("Custom field (Epic Link)", "Epic Link")
KEY_RESULT = ("Custom field (Key Result)", "Key Result")
_KEY = re.compile(r"^[A-Z][A-Z0-9_]*-\d+$", re.IGNORECASE)


def read(sheet: Sheet, mapping: Mapping[str, str]) -> WorkFile:
    """Return the work rows of a Jira CSV export, with problems by row and column."""
    work = WorkFile("jira")
    columns = Columns(sheet)
    for name in missing_columns(columns, REQUIRED):
        work.problem(1, name, "The Jira export has no such column: export all fields.")
    if work.problems:
        return work
    ids = {
        columns.first(cells, "Issue id"): columns.first(cells, "Issue key", "Key")
        for _, cells in sheet.rows
    }
    for number, cells in sheet.rows:
        work.rows.append(_row(work, columns, number, cells, mapping, ids))
    return work


def _row(
    work: WorkFile,
    columns: Columns,
    number: int,
    cells: Sequence[Cell],
    mapping: Mapping[str, str],
    ids: Mapping[str, str],
) -> WorkRow:
    clean = Cleaner(work, number)
    key_column = columns.has("Issue key", "Key") or "Issue key"
    key = clean.required(key_column, columns.first(cells, "Issue key", "Key"), MAX_KEY)
    title = clean.required("Summary", columns.first(cells, "Summary"), MAX_TITLE)
    issue_type = columns.first(cells, "Issue Type")
    kind = KINDS.get(issue_type.lower(), "")
    if not kind:
        work.problem(
            number,
            "Issue Type",
            f"Unknown issue type {issue_type!r}: use Epic, Story, Bug, Task or Sub-task.",
        )
    row = WorkRow(number, key, kind, title, _status(work, columns, number, cells, mapping))
    _fields(clean, columns, cells, row)
    row.parent_key = _parent(work, columns, number, cells, ids)
    if columns.has("Sprint"):
        sprints = columns.values(cells, "Sprint")
        row.sprint = sprints[-1] if sprints else ""
    if columns.has("Assignee"):
        row.assignee = columns.first(cells, "Assignee")
    labels = columns.values(cells, "Labels", *KEY_RESULT)
    row.key_results = key_result_ids(labels)
    if row.status == "done":
        row.done_at = clean.moment("Resolved", columns.first(cells, "Resolved"))
    return row


def _status(
    work: WorkFile, columns: Columns, number: int, cells: Sequence[Cell], mapping: Mapping
) -> str:
    status = columns.first(cells, "Status")
    state = status_of(status, mapping)
    category = columns.first(cells, "Status Category")
    if state is None and category:
        state = status_of(category, {})
    if state is None:
        work.problem(
            number,
            "Status",
            f"Unknown status {status!r}: map it, e.g. {status or 'Name'}=in_progress.",
        )
    return state or "todo"


def _fields(clean: Cleaner, columns: Columns, cells: Sequence[Cell], row: WorkRow) -> None:
    if columns.has("Description"):
        row.values["description"] = clean.text(
            "Description", columns.first(cells, "Description"), MAX_DESCRIPTION
        )
    points = columns.has(*POINTS)
    if points:
        row.values["estimate_points"] = clean.estimate(points, columns.first(cells, *POINTS))
    if columns.has("Original Estimate"):
        row.values["estimate_hours"] = clean.estimate(
            "Original Estimate", columns.first(cells, "Original Estimate"), seconds=True
        )
    due = columns.has("Due date", "Due Date")
    if due:
        row.values["due_on"] = clean.date(due, columns.first(cells, "Due date"))


def _parent(
    work: WorkFile, columns: Columns, number: int, cells: Sequence[Cell], ids: Mapping[str, str]
) -> str | None:
    """Return the parent's key ("" for none; None when the export has no parent column)."""
    if not columns.has("Parent", "Parent id", "Parent key", *EPIC_LINK):
        return None
    for name in ("Parent key", "Parent", "Parent id", *EPIC_LINK):
        value = columns.first(cells, name)
        if not value:
            continue
        if _KEY.match(value):
            return value
        if value in ids:
            return ids[value]
        work.warn(number, name, f"The parent {value!r} is not in this file: imported without it.")
        return ""
    return ""

"""Linear's CSV export (Settings → Import/Export → Export CSV) read as work rows.

Linear nests issues freely; Cairn reads an issue without a parent as a story, its sub-issues
as tasks and theirs as sub-tasks (deeper nesting is refused). "Cycle Name" (or "Cycle N")
is the sprint, "Estimate" the points, "Completed" the done time.
"""

from __future__ import annotations

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
    split_labels,
)
from cairn.execution.imports.statuses import status_of
from cairn.text.sheet_files import Cell, Sheet

REQUIRED = (("ID",), ("Title",), ("Status",))
SIGNATURE = ("cycle number", "parent issue")
DEPTH_KINDS = ("story", "task", "subtask")


def read(sheet: Sheet, mapping: Mapping[str, str]) -> WorkFile:
    """Return the work rows of a Linear CSV export, with problems by row and column."""
    work = WorkFile("linear")
    columns = Columns(sheet)
    for name in missing_columns(columns, REQUIRED):
        work.problem(1, name, "The Linear export has no such column.")
    if work.problems:
        return work
    for number, cells in sheet.rows:
        work.rows.append(_row(work, columns, number, cells, mapping))
    _kinds(work)
    return work


def _row(
    work: WorkFile, columns: Columns, number: int, cells: Sequence[Cell], mapping: Mapping
) -> WorkRow:
    clean = Cleaner(work, number)
    key = clean.required("ID", columns.first(cells, "ID"), MAX_KEY)
    title = clean.required("Title", columns.first(cells, "Title"), MAX_TITLE)
    status = columns.first(cells, "Status")
    state = status_of(status, mapping)
    if state is None:
        work.problem(
            number, "Status", f"Unknown status {status!r}: map it, e.g. {status or 'Name'}=todo."
        )
    row = WorkRow(number, key, "story", title, state or "todo")
    if columns.has("Description"):
        row.values["description"] = clean.text(
            "Description", columns.first(cells, "Description"), MAX_DESCRIPTION
        )
    if columns.has("Estimate"):
        row.values["estimate_points"] = clean.estimate("Estimate", columns.first(cells, "Estimate"))
    if columns.has("Due Date"):
        row.values["due_on"] = clean.date("Due Date", columns.first(cells, "Due Date"))
    if columns.has("Cycle Name", "Cycle Number"):
        cycle_number = columns.first(cells, "Cycle Number")
        fallback = f"Cycle {cycle_number}" if cycle_number else ""
        row.sprint = columns.first(cells, "Cycle Name") or fallback
    if columns.has("Assignee"):
        row.assignee = columns.first(cells, "Assignee")
    if columns.has("Parent issue"):
        row.parent_key = columns.first(cells, "Parent issue")
    row.key_results = key_result_ids(split_labels(columns.first(cells, "Labels")))
    if row.status == "done":
        row.done_at = clean.moment("Completed", columns.first(cells, "Completed"))
    return row


def _kinds(work: WorkFile) -> None:
    """Set each row's kind from its depth below the file's top-level issues."""
    parents = {row.key: row.parent_key or "" for row in work.rows}
    for row in work.rows:
        depth, key, seen = 0, row.parent_key or "", {row.key}
        while key and key not in seen:
            seen.add(key)
            depth += 1
            key = parents.get(key, "")
        if key in seen:
            work.problem(row.row, "Parent issue", "The parent issues go round in a circle.")
        elif depth >= len(DEPTH_KINDS):
            work.problem(
                row.row, "Parent issue", "Cairn nests at most three levels (story, task, sub-task)."
            )
        else:
            row.kind = DEPTH_KINDS[depth]

"""GitLab's issues CSV export (Issues → Export as CSV) read as work rows.

The key is `group/project#iid` from the URL (the "Issue ID" alone when there is no URL). An
issue in an epic gets that epic as parent, keyed `epic&<Epic ID>`; Cairn creates it from
"Epic Title" when it is not stored yet. The milestone is read as the sprint, the weight as
points, "Time Estimate" (seconds) as hours; a label like `workflow::In progress` moves an open
issue along (see the status mapping).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from cairn.execution.imports.rows import (
    MAX_DESCRIPTION,
    MAX_TITLE,
    Cleaner,
    Columns,
    WorkFile,
    WorkRow,
    key_result_ids,
    missing_columns,
    split_labels,
)
from cairn.execution.imports.statuses import label_status, status_of
from cairn.text.sheet_files import Cell, Sheet

REQUIRED = (("Issue ID",), ("Title",), ("State",))
SIGNATURE = ("issue id", "created at (utc)")
_URL = re.compile(r"^https?://[^/]+/(.+?)/-/(?:issues|work_items)/(\d+)$")


def read(sheet: Sheet, mapping: Mapping[str, str]) -> WorkFile:
    """Return the work rows of a GitLab issues CSV export, with problems by row and column."""
    work = WorkFile("gitlab")
    columns = Columns(sheet)
    for name in missing_columns(columns, REQUIRED):
        work.problem(1, name, "The GitLab export has no such column.")
    if work.problems:
        return work
    for number, cells in sheet.rows:
        work.rows.append(_row(work, columns, number, cells, mapping))
    return work


def _row(
    work: WorkFile, columns: Columns, number: int, cells: Sequence[Cell], mapping: Mapping
) -> WorkRow:
    clean = Cleaner(work, number)
    iid = clean.required("Issue ID", columns.first(cells, "Issue ID"), 20)
    url = columns.first(cells, "URL")
    match = _URL.match(url)
    key = f"{match.group(1)}#{match.group(2)}" if match else iid
    title = clean.required("Title", columns.first(cells, "Title"), MAX_TITLE)
    labels = split_labels(columns.first(cells, "Labels"))
    row = WorkRow(
        number, key, "story", title, _status(work, columns, number, cells, labels, mapping)
    )
    row.values["external_url"] = url if match else ""
    if columns.has("Description"):
        row.values["description"] = clean.text(
            "Description", columns.first(cells, "Description"), MAX_DESCRIPTION
        )
    if columns.has("Weight"):
        row.values["estimate_points"] = clean.estimate("Weight", columns.first(cells, "Weight"))
    if columns.has("Time Estimate"):
        row.values["estimate_hours"] = clean.estimate(
            "Time Estimate", columns.first(cells, "Time Estimate"), seconds=True
        )
    if columns.has("Due Date"):
        row.values["due_on"] = clean.date("Due Date", columns.first(cells, "Due Date"))
    if columns.has("Milestone"):
        row.sprint = columns.first(cells, "Milestone")
    if columns.has("Assignee", "Assignee Username"):
        row.assignee = columns.first(cells, "Assignee", "Assignee Username")
    if columns.has("Epic ID"):
        epic = columns.first(cells, "Epic ID")
        row.parent_key = f"epic&{epic}" if epic else ""
        row.parent_title = columns.first(cells, "Epic Title") or f"Epic &{epic}"
    row.key_results = key_result_ids(labels)
    if row.status == "done":
        row.done_at = clean.moment("Closed At (UTC)", columns.first(cells, "Closed At (UTC)"))
    return row


def _status(
    work: WorkFile,
    columns: Columns,
    number: int,
    cells: Sequence[Cell],
    labels: list[str],
    mapping: Mapping[str, str],
) -> str:
    state = columns.first(cells, "State").lower()
    if state not in ("open", "opened", "closed"):
        work.problem(number, "State", f"Unknown state {state!r}: GitLab writes Open or Closed.")
        return "todo"
    by_label = label_status(labels, mapping)
    if state != "closed":
        if by_label in ("todo", "in_progress"):
            return by_label
        return status_of("open", mapping) or "todo"
    return "cancelled" if by_label == "cancelled" else status_of("closed", mapping) or "done"

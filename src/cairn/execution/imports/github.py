"""GitHub issues as `gh issue list --json number,title,state,labels,milestone,assignees,url` prints.

Extra fields are welcome: `body` becomes the description, `closedAt` the done time and
`stateReason` NOT_PLANNED makes a closed issue cancelled. The key is `owner/repo#number` (from
the URL), so issues of two repositories never collide. The milestone is read as the sprint; a
label `epic`, `story`, `task` or `subtask` sets the kind (story otherwise).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping

from cairn.execution.imports.rows import (
    KINDS,
    MAX_DESCRIPTION,
    MAX_TITLE,
    Cleaner,
    WorkFile,
    WorkRow,
    key_result_ids,
)
from cairn.execution.imports.statuses import label_status, status_of

_URL = re.compile(r"^https?://[^/]+/([^/]+/[^/]+)/(?:issues|pull)/(\d+)$")
KIND_LABELS = {"sub-task": "subtask", **{kind: kind for kind in KINDS}}


def read(text: str, mapping: Mapping[str, str], *, max_items: int) -> WorkFile:
    """Return the work rows of `gh issue list --json …` output, with problems by item."""
    work = WorkFile("github")
    if "\\u0000" in text:  # PostgreSQL cannot store NUL in text
        work.problem(None, None, "The file holds a NUL character (\\u0000).")
        return work
    try:
        data = json.loads(text)
    except ValueError as error:
        work.problem(None, None, f"This is not JSON: {error}.")
        return work
    if not isinstance(data, list) or not all(isinstance(item, dict) for item in data):
        work.problem(
            None, None, "Expected a JSON list of issues, as `gh issue list --json` prints."
        )
        return work
    if len(data) > max_items:
        work.problem(None, None, f"The file holds more than {max_items:,} issues.")
        return work
    for number, issue in enumerate(data, start=1):
        row = _row(work, number, issue, mapping)
        if row is not None:
            work.rows.append(row)
    return work


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _names(values: object, *fields: str) -> list[str]:
    """Return the first present field of each object in a list (labels' names, logins …)."""
    if not isinstance(values, list):
        return []
    found = []
    for value in values:
        if isinstance(value, dict):
            found.append(next((_text(value.get(f)) for f in fields if _text(value.get(f))), ""))
    return [name for name in found if name]


def _row(work: WorkFile, number: int, issue: dict, mapping: Mapping[str, str]) -> WorkRow | None:
    clean = Cleaner(work, number)
    issue_number = issue.get("number")
    if not isinstance(issue_number, int) or isinstance(issue_number, bool) or issue_number < 1:
        work.problem(number, "number", "Each issue needs its number.")
        return None
    url = _text(issue.get("url"))
    match = _URL.match(url)
    key = f"{match.group(1)}#{issue_number}" if match else f"#{issue_number}"
    title = clean.required("title", _text(issue.get("title")), MAX_TITLE)
    labels = _names(issue.get("labels"), "name")
    kind = next(
        (KIND_LABELS[label.lower()] for label in labels if label.lower() in KIND_LABELS), "story"
    )
    row = WorkRow(number, key, kind, title, _status(work, number, issue, labels, mapping))
    row.values["external_url"] = url if match else ""
    if "body" in issue:
        row.values["description"] = clean.text("body", _text(issue.get("body")), MAX_DESCRIPTION)
    milestone = issue.get("milestone")
    if "milestone" in issue:
        row.sprint = _text(milestone.get("title")) if isinstance(milestone, dict) else ""
    if "assignees" in issue:
        people = issue.get("assignees")
        row.assignee = next(iter(_names(people, "email", "name", "login")), "")
        if len(_names(people, "login")) > 1:
            work.warn(number, "assignees", "Several assignees: Cairn keeps the first.")
    row.key_results = key_result_ids(labels)
    if row.status == "done" and _text(issue.get("closedAt")):
        row.done_at = clean.moment("closedAt", _text(issue.get("closedAt")))
    return row


def _status(
    work: WorkFile, number: int, issue: dict, labels: list[str], mapping: Mapping[str, str]
) -> str:
    state = _text(issue.get("state")).lower()
    if state not in ("open", "closed"):
        work.problem(number, "state", f"Unknown state {state!r}: GitHub writes OPEN or CLOSED.")
        return "todo"
    by_label = label_status(labels, mapping)
    if state == "open":
        return (
            by_label
            if by_label in ("todo", "in_progress")
            else status_of("open", mapping) or "todo"
        )
    if _text(issue.get("stateReason")).lower() == "not_planned" or by_label == "cancelled":
        return "cancelled"
    return status_of("closed", mapping) or "done"

"""Tracker statuses mapped to Cairn's four: defaults per format, and the mapping people type.

A mapping is a list of `Name=state` entries ("Code Review=in_progress", "QA=in progress"); the
name is compared without case, the state is todo, in_progress, done or cancelled (spaces and
"to do" accepted). Entries people type win over the defaults.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from cairn.execution.imports.rows import STATES
from cairn.text.sheet_files import Problem

COMMON = {
    "todo": (
        "to do",
        "todo",
        "open",
        "opened",
        "backlog",
        "new",
        "selected for development",
        "ready",
        "triage",
        "reopened",
        "planned",
        "unstarted",
    ),
    "in_progress": (
        "in progress",
        "in review",
        "code review",
        "review",
        "in development",
        "doing",
        "started",
        "in qa",
        "testing",
        "blocked",
        "wip",
    ),
    "done": (
        "done",
        "closed",
        "resolved",
        "completed",
        "complete",
        "fixed",
        "released",
        "merged",
        "shipped",
    ),
    "cancelled": (
        "cancelled",
        "canceled",
        "won't do",
        "wont do",
        "won't fix",
        "wontfix",
        "duplicate",
        "declined",
        "rejected",
        "not planned",
        "obsolete",
        "invalid",
    ),
}
DEFAULTS: dict[str, str] = {name: state for state, names in COMMON.items() for name in names}
# Labels that move an open GitHub or GitLab issue along without anyone typing a mapping.
LABEL_STATES = {
    "in progress": "in_progress",
    "doing": "in_progress",
    "in review": "in_progress",
    "wip": "in_progress",
}


def state_name(text: str) -> str | None:
    """Return the Cairn state a person typed ("In progress" → in_progress), or None."""
    name = "_".join(text.strip().lower().replace("-", " ").split())
    name = {"to_do": "todo", "canceled": "cancelled", "inprogress": "in_progress"}.get(name, name)
    return name if name in STATES else None


def parse_mapping(entries: Iterable[str]) -> tuple[dict[str, str], list[Problem]]:
    """Return {tracker status (lower case): state} from `Name=state` entries, and problems."""
    mapping: dict[str, str] = {}
    problems = []
    for raw in entries:
        for entry in (part for part in raw.replace("\n", ";").split(";") if part.strip()):
            name, sep, target = entry.rpartition("=")
            state = state_name(target)
            if not sep or not name.strip() or state is None:
                problems.append(
                    Problem(
                        None,
                        "status mapping",
                        f"{entry.strip()!r}: write Name=state, the "
                        "state being todo, in_progress, done or cancelled.",
                    )
                )
                continue
            mapping[" ".join(name.lower().split())] = state
    return mapping, problems


def status_of(value: str, mapping: Mapping[str, str]) -> str | None:
    """Return the state of a tracker status by the typed mapping, then the defaults; or None."""
    name = " ".join(value.lower().split())
    return mapping.get(name) or DEFAULTS.get(name)


def label_status(labels: Iterable[str], mapping: Mapping[str, str]) -> str | None:
    """Return the state a label names (typed mapping first; `workflow::Doing` reads as Doing)."""
    for label in labels:
        name = " ".join(label.lower().split())
        for candidate in (name, name.rpartition("::")[2].strip()):
            state = mapping.get(candidate) or LABEL_STATES.get(candidate)
            if state:
                return state
    return None

"""Work items under an initiative in a free-form document: their nodes and their types."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_USER_STORY = re.compile(r"^as an?\s.{1,200}?\bi\s+(?:want|need|would like)\b", re.I)


@dataclass
class WorkNode:
    """A work item nested under an initiative; `kind` None when no prefix named it."""

    title: str
    line: int
    indent: int
    kind: str | None = None
    children: list[WorkNode] = field(default_factory=list)


@dataclass
class Item:
    """An initiative found in the document, with the work items nested under it."""

    title: str
    line: int
    indent: int = 0
    work: list[WorkNode] = field(default_factory=list)


def _work_kind(prefix: str) -> str:
    """Return the work item type a prefix names: "User story" → story, "Subtask" → sub-task."""
    word = prefix.lower().split()[-1]
    return "sub-task" if word.startswith("sub") else word


def is_user_story(text: str) -> bool:
    """Return True for "As a … I want …" (or "I need", "I would like")."""
    return bool(_USER_STORY.match(text))


def work_kind(node: WorkNode, parent: str | None) -> str:
    """Return a work item's type: its prefix's, a user story's, else from where it sits.

    Directly under an initiative or an epic, an item with items under it is a story and a
    leaf a task; under a story it is a task, under a task a sub-task.
    """
    if node.kind:
        return node.kind
    if is_user_story(node.title):
        return "story"
    if parent in ("task", "sub-task"):
        return "sub-task"
    return "story" if node.children and parent in (None, "epic") else "task"

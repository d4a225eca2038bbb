"""Writing the work items a plan nests under its initiatives (story → task → sub-task)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from cairn.execution.models import WorkItem
from cairn.import_export.planned import NewInitiative
from cairn.lib import bulk
from cairn.text.outline import is_user_story
from cairn.text.plan import PlanWork

WORK_TITLE_LENGTH = WorkItem._meta.get_field("title").max_length or 300
_COLUMNS = (
    "organisation_id", "initiative_id", "parent_id", "kind", "title", "user_story", "status",
    "estimate_points", "rank", "done_at",
)  # fmt: skip
KINDS = {"epic": "epic", "story": "story", "task": "task", "sub-task": "subtask"}  # plan → model


def _depths(work: Sequence[PlanWork]) -> list[int]:
    """Return each item's depth under its initiative (parents always come first)."""
    depths: list[int] = []
    for item in work:
        depths.append(0 if item.parent is None else depths[item.parent] + 1)
    return depths


def work_insert(initiatives: Sequence[NewInitiative], organisation: int, now: datetime) -> int:
    """Insert the work items of saved initiatives, one statement per level; return how many.

    A story written as "As a … I want …" (the outline's rule) keeps that text as its user story too; an item
    imported as done is done as of now.
    """
    rows = bulk.Rows(WorkItem, _COLUMNS, now)
    at = bulk.db_datetime(now)
    levels: dict[int, list[tuple[int, int, PlanWork]]] = {}
    for k, initiative in enumerate(initiatives):
        for n, (item, depth) in enumerate(
            zip(initiative.work, _depths(initiative.work), strict=True)
        ):
            levels.setdefault(depth, []).append((k, n, item))
    ids: dict[tuple[int, int], int] = {}  # (initiative position, item index) → pk
    for depth in sorted(levels):
        level = levels[depth]
        values = [
            (
                organisation,
                initiatives[k].pk,
                None if item.parent is None else ids[k, item.parent],
                KINDS[item.type],
                item.title,
                item.title if item.type == "story" and is_user_story(item.title) else "",
                item.status,
                item.points,
                n,
                at if item.status == "done" else None,
            )
            for k, n, item in level
        ]
        for (k, n, _item), pk in zip(level, rows.insert_returning_ids(values), strict=True):
            ids[k, n] = pk
    return len(ids)

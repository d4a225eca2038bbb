"""Every write to work items and sprints: validated, permission-checked, transactional."""

from cairn.execution.services.imports import (
    work_import,
    work_import_preview,
    work_import_target,
)
from cairn.execution.services.planning import (
    sprint_story_add,
    sprint_story_remove,
    work_item_criterion_tick,
)
from cairn.execution.services.sprints import (
    sprint_close,
    sprint_create,
    sprint_delete,
    sprint_start,
    sprint_update,
)
from cairn.execution.services.upsert import UpsertResult, work_items_upsert
from cairn.execution.services.work_items import (
    work_item_create,
    work_item_delete,
    work_item_move,
    work_item_update,
)

__all__ = [
    "UpsertResult",
    "sprint_close",
    "sprint_create",
    "sprint_delete",
    "sprint_start",
    "sprint_story_add",
    "sprint_story_remove",
    "sprint_update",
    "work_item_create",
    "work_item_criterion_tick",
    "work_item_delete",
    "work_item_move",
    "work_import",
    "work_import_preview",
    "work_import_target",
    "work_item_update",
    "work_items_upsert",
]

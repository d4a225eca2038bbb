"""Creating, changing, moving and deleting work items; progress follows in the same transaction."""

from __future__ import annotations

from collections.abc import Iterable

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn.execution.models import Sprint, WorkItem, WorkItemStatus
from cairn.execution.permissions import can_add_work, can_edit_work_item, can_plan_sprints
from cairn.execution.services.common import PARENT_KINDS, clean, set_status
from cairn.okrs.models import Initiative
from cairn.okrs.permissions import Access, require
from cairn.okrs.services import initiative_work_refresh
from cairn.organisations.models import Person

EDITABLE = (
    "kind",
    "title",
    "initiative",
    "parent",
    "team",
    "description",
    "user_story",
    "acceptance_criteria",
    "status",
    "assignee",
    "estimate_points",
    "estimate_hours",
    "due_on",
    "sprint",
    "rank",
    "external_source",
    "external_key",
    "external_url",
)


def refresh_initiatives(initiative_ids: Iterable[int | None], actor: Person | None) -> None:
    """Refresh the work progress of each initiative named (once each)."""
    ids = {pk for pk in initiative_ids if pk is not None}
    for initiative in Initiative.objects.filter(pk__in=ids).prefetch_related("key_results"):
        initiative_work_refresh(initiative=initiative, actor=actor)


def _unique_key(item: WorkItem) -> None:
    if not item.external_key:
        return
    clash = WorkItem.objects.filter(
        organisation_id=item.organisation_id,
        external_source=item.external_source,
        external_key=item.external_key,
    ).exclude(pk=item.pk)
    if clash.exists():
        raise ValidationError({"external_key": _("Another item already has this external key.")})


def _children_fit(item: WorkItem) -> None:
    kinds = set(item.children.values_list("kind", flat=True)) if item.pk else set()
    if any(item.kind not in PARENT_KINDS[kind] for kind in kinds):  # type: ignore[index]
        raise ValidationError({"kind": _("Its sub-items cannot sit under this kind.")})


def adopt_parent_initiative(item: WorkItem, *, named: bool) -> None:
    """Give the item its parent's initiative unless the same write names one."""
    if not named and item.parent is not None and item.parent.initiative_id is not None:
        item.initiative_id = item.parent.initiative_id


def cascade_initiative(item: WorkItem, before: int | None) -> None:
    """Move the item's sub-items along when its initiative changed from `before`."""
    if item.initiative_id != before:
        WorkItem.objects.filter(pk__in=_descendant_ids(item)).update(
            initiative_id=item.initiative_id, updated_at=timezone.now()
        )


def _descendant_ids(item: WorkItem) -> list[int]:
    found: list[int] = []
    level = [item.pk]
    while level:  # at most three levels below an epic
        level = list(WorkItem.objects.filter(parent_id__in=level).values_list("pk", flat=True))
        found.extend(level)
    return found


def _may_plan(access: Access, item: WorkItem, sprint_before: int | None) -> None:
    """Refuse moving a story into or out of a sprint unless the person plans those sprints."""
    ids = {pk for pk in (item.sprint_id, sprint_before) if pk is not None}
    for sprint in Sprint.objects.filter(pk__in=ids).select_related("team"):
        require(can_plan_sprints(access, sprint.team), _("Only the team's leads plan its sprints."))


def save_item(
    item: WorkItem,
    access: Access,
    *,
    sprint_changed: bool = True,
    placed: bool = True,
    sprint_before: int | None = None,
) -> WorkItem:
    """Validate, check the right to the item's (new) place when `placed`, and save it."""
    clean(item, sprint_changed=sprint_changed)
    if sprint_changed:
        _may_plan(access, item, sprint_before)
    if placed:
        require(
            can_add_work(access, initiative=item.initiative, team=item.team),
            _("You cannot add work to this initiative."),
        )
    _children_fit(item)
    _unique_key(item)
    item.save()
    return item


@transaction.atomic
def work_item_create(*, actor: Person, title: str, **fields: object) -> WorkItem:
    """Create a work item (a story, task … ) and refresh its initiative's progress; return it."""
    access = Access(actor)
    require(access.can_write, _("Viewers cannot add work."))
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ValidationError({name: _("This field cannot be set here.") for name in unknown})
    status = fields.pop("status", WorkItemStatus.TODO)
    item = WorkItem(organisation=actor.organisation, title=title, **fields)
    set_status(item, status, timezone.now())
    save_item(item, access)
    refresh_initiatives([item.initiative_id], actor)
    return item


@transaction.atomic
def work_item_update(*, item: WorkItem, actor: Person, **changes: object) -> WorkItem:
    """Change a work item's fields; a new status stamps done_at; return the item."""
    access = Access(actor)
    require(can_edit_work_item(access, item), _("You cannot edit this item."))
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError({name: _("This field cannot be changed here.") for name in unknown})
    before = item.initiative_id
    sprint_before, team_before = item.sprint_id, item.team_id
    status = changes.pop("status", item.status)
    for name, value in changes.items():
        setattr(item, name, value)
    adopt_parent_initiative(item, named="initiative" in changes)
    set_status(item, status, timezone.now())
    save_item(
        item,
        access,
        sprint_changed=item.sprint_id != sprint_before,
        placed=(item.initiative_id, item.team_id) != (before, team_before),
        sprint_before=sprint_before,
    )
    cascade_initiative(item, before)
    refresh_initiatives([before, item.initiative_id], actor)
    return item


@transaction.atomic
def work_item_move(*, item: WorkItem, actor: Person, status: str) -> WorkItem:
    """Move a work item to a status (todo, in_progress, done, cancelled); return it."""
    require(can_edit_work_item(Access(actor), item), _("You cannot edit this item."))
    set_status(item, status, timezone.now())
    item.save(update_fields=["status", "done_at", "updated_at"])
    refresh_initiatives([item.initiative_id], actor)
    return item


@transaction.atomic
def work_item_delete(*, item: WorkItem, actor: Person) -> None:
    """Delete a work item with its sub-items and refresh its initiative's progress."""
    require(can_edit_work_item(Access(actor), item), _("You cannot delete this item."))
    initiative_id = item.initiative_id
    item.delete()
    refresh_initiatives([initiative_id], actor)

"""Bulk upsert of work items by external key: all or nothing, with every bad item named."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Model, QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn.execution.models import Sprint, WorkItem
from cairn.execution.permissions import can_edit_work_item
from cairn.execution.services.common import set_status
from cairn.execution.services.work_items import (
    EDITABLE,
    adopt_parent_initiative,
    cascade_initiative,
    refresh_initiatives,
    save_item,
)
from cairn.okrs.models import Initiative
from cairn.okrs.permissions import Access, require
from cairn.organisations.models import Person, Team

MAX_ITEMS = 1000
LEVEL = {"epic": 0, "story": 1, "task": 2, "subtask": 3}
REFS: dict[str, type[Model]] = {
    "initiative": Initiative,
    "sprint": Sprint,
    "assignee": Person,
    "team": Team,
}
Key = tuple[str, str]


@dataclass
class UpsertResult:
    """The items in input order, and how many were created and updated."""

    items: list[WorkItem] = field(default_factory=list)
    created: int = 0
    updated: int = 0


def _refs(actor: Person, rows: Sequence[Mapping[str, object]]) -> dict[str, dict[int, Model]]:
    """Return the referenced rows of the actor's organisation, one query per kind."""
    found: dict[str, dict[int, Model]] = {}
    for name, model in REFS.items():
        # Ids beyond 64 bits cannot exist; the database would refuse to compare them.
        ids = {r[name] for r in rows if isinstance(r.get(name), int) and abs(r[name]) < 2**63}
        queryset: QuerySet = model.objects.filter(organisation_id=actor.organisation_id)
        found[name] = queryset.in_bulk(ids) if ids else {}
    return found


def _existing(actor: Person, rows: Sequence[Mapping[str, object]]) -> dict[Key, WorkItem]:
    """Return the stored items the rows name (as themselves or as parents), one query per source."""
    wanted: dict[str, set[str]] = {}
    for row in rows:
        keys = wanted.setdefault(str(row.get("external_source", "")), set())
        keys |= {str(row[name]) for name in ("external_key", "parent_key") if row.get(name)}
    found: dict[Key, WorkItem] = {}
    for source, keys in wanted.items():
        # One IN list per source: an OR per key would overflow SQLite's expression depth.
        items = WorkItem.objects.filter(
            organisation_id=actor.organisation_id, external_source=source, external_key__in=keys
        ).select_related("initiative")
        found.update({(i.external_source, i.external_key): i for i in items})
    return found


def _resolved(row: Mapping[str, object], refs: dict[str, dict[int, Model]], by_key) -> dict:
    """Return the row's fields with ids and the parent key turned into objects."""
    data = {k: v for k, v in row.items() if k in EDITABLE and k != "parent"}
    for name in REFS:
        if row.get(name) is not None:
            data[name] = refs[name].get(row[name])  # type: ignore[call-overload]
            if data[name] is None:
                raise ValidationError({name: _("Not found in this organisation.")})
    parent_key = row.get("parent_key")
    if "parent_key" in row:
        data["parent"] = None
        if parent_key:
            data["parent"] = by_key.get((str(row.get("external_source", "")), str(parent_key)))
            if data["parent"] is None:
                raise ValidationError({"parent_key": _("No item has this external key.")})
    return data


def _one(access: Access, row: Mapping[str, object], refs, by_key, touched: set) -> bool:
    """Create or update the row's item; return True when it was created."""
    if not row.get("external_key"):
        raise ValidationError({"external_key": _("Each item needs its external key.")})
    data = _resolved(row, refs, by_key)
    key = (str(row.get("external_source", "")), str(row["external_key"]))
    item = by_key.get(key)
    created = item is None
    if item is None:
        item = WorkItem(organisation_id=access.person.organisation_id)
        item.organisation = access.person.organisation
    else:
        require(can_edit_work_item(access, item), _("You cannot edit this item."))
        touched.add(item.initiative_id)
    before = (item.initiative_id, item.team_id, item.sprint_id)
    status = data.pop("status", item.status)
    for name, value in data.items():
        setattr(item, name, value)
    adopt_parent_initiative(item, named="initiative" in row)
    set_status(item, status, timezone.now())
    save_item(
        item,
        access,
        sprint_changed=item.sprint_id != before[2],
        placed=created or (item.initiative_id, item.team_id) != before[:2],
        sprint_before=before[2],
    )
    if not created:
        cascade_initiative(item, before[0])
    by_key[key] = item
    touched.add(item.initiative_id)
    return created


def _collect(errors: dict[str, list[str]], index: int, exc: Exception) -> None:
    if isinstance(exc, ValidationError) and hasattr(exc, "error_dict"):
        for name, messages in exc.message_dict.items():
            suffix = "" if name == NON_FIELD_ERRORS else f".{name}"
            errors.setdefault(f"items.{index}{suffix}", []).extend(messages)
    else:
        messages = exc.messages if isinstance(exc, ValidationError) else [str(exc)]
        errors.setdefault(f"items.{index}", []).extend(messages)


@transaction.atomic
def work_items_upsert(*, actor: Person, items: Sequence[Mapping[str, object]]) -> UpsertResult:
    """Create or update items by (external_source, external_key); all or nothing.

    Rows name initiative, sprint, assignee and team by id and their parent by `parent_key`
    (an external key of the same source, in this batch or stored). Parents are written before
    children whatever the order. Raises one ValidationError naming every bad row (`items.3.title`).
    """
    access = Access(actor)
    require(access.can_write, _("Viewers cannot change work."))
    if len(items) > MAX_ITEMS:
        raise ValidationError({"items": _("Send at most %(n)d items at once.") % {"n": MAX_ITEMS}})
    refs, by_key = _refs(actor, items), _existing(actor, items)
    order = sorted(range(len(items)), key=lambda i: LEVEL.get(str(items[i].get("kind", "task")), 9))
    result, errors, touched, seen = UpsertResult(), {}, set(), set()
    written: dict[int, WorkItem] = {}
    for index in order:
        row = items[index]
        key = (str(row.get("external_source", "")), str(row.get("external_key", "")))
        try:
            if key in seen:
                raise ValidationError({"external_key": _("This key appears twice in the batch.")})
            seen.add(key)
            with transaction.atomic():
                created = _one(access, row, refs, by_key, touched)
            written[index] = by_key[key]
            result.created += created
            result.updated += not created
        except (ValidationError, PermissionDenied) as exc:
            _collect(errors, index, exc)
    if errors:
        raise ValidationError(errors)
    refresh_initiatives(touched, actor)
    result.items = [written[i] for i in range(len(items))]
    return result

"""The change history of objectives and key results."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from django.db.models import Model

from cairn.okrs.models import Change, KeyResult, Objective
from cairn.organisations.models import Person


def snapshot(obj: Model, fields: Iterable[str]) -> dict[str, object]:
    """Return the current values of `fields` (foreign keys by id)."""
    return {name: getattr(obj, _attname(obj, name)) for name in fields}


def _attname(obj: Model, name: str) -> str:
    return obj._meta.get_field(name).attname


def _display(value: object) -> str:
    return "" if value is None else str(value)


def record_changes(
    *,
    actor: Person | None,
    objective: Objective,
    key_result: KeyResult | None = None,
    before: Mapping[str, object],
    after: Mapping[str, object],
    action: str = "updated",
) -> list[Change]:
    """Store one Change per field whose value differs; return them."""
    changes = [
        Change(
            organisation_id=objective.organisation_id,
            objective=objective,
            key_result=key_result,
            actor=actor,
            action=action,
            field=name,
            old=_display(before.get(name)),
            new=_display(value),
        )
        for name, value in after.items()
        if before.get(name) != value
    ]
    return Change.objects.bulk_create(changes)


def record_action(
    *,
    actor: Person | None,
    objective: Objective,
    action: str,
    key_result: KeyResult | None = None,
    new: str = "",
) -> Change:
    """Store a change that is an action (created, deleted, aligned …) rather than a field."""
    return Change.objects.create(
        organisation_id=objective.organisation_id,
        objective=objective,
        key_result=key_result,
        actor=actor,
        action=action,
        new=new,
    )

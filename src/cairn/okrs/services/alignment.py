"""Aligning an objective to a parent objective or a parent key result (cascading)."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from cairn.okrs.models import KeyResult, Objective
from cairn.okrs.permissions import Access, require
from cairn.okrs.services.common import same_organisation
from cairn.okrs.services.history import record_changes
from cairn.okrs.services.rollup import lock_organisation, rollup_from
from cairn.organisations.models import Person


def parent_of(objective: Objective) -> Objective | None:
    """Return the objective above this one: its parent objective or its parent KR's objective."""
    if objective.parent_objective_id:
        return objective.parent_objective
    if objective.parent_key_result_id:
        return objective.parent_key_result.objective
    return None


def _would_loop(child: Objective, parent: Objective) -> bool:
    """Return True when `child` is `parent` or lies above it."""
    seen: set[int] = set()
    current: Objective | None = parent
    while current is not None and current.pk not in seen:
        if current.pk == child.pk:
            return True
        seen.add(current.pk)
        current = parent_of(current)
    return False


def _check_parent(child: Objective, parent: Objective, field: str) -> None:
    same_organisation(field, parent, child.organisation)
    if not parent.cycle.encloses(child.cycle):
        raise ValidationError(
            {field: _("The parent's cycle must be the same as, or enclose, this objective's.")}
        )
    if _would_loop(child, parent):
        raise ValidationError({field: _("That alignment would make a loop.")})


@transaction.atomic
def objective_align(
    *,
    objective: Objective,
    actor: Person,
    parent_objective: Objective | None = None,
    parent_key_result: KeyResult | None = None,
) -> Objective:
    """Align the objective to one parent (or to none when both are None); return it."""
    require(Access(actor).can_edit_objective(objective), _("You cannot edit this objective."))
    if parent_objective is not None and parent_key_result is not None:
        raise ValidationError(_("Align to a parent objective or a parent key result, not both."))
    lock_organisation(objective.organisation_id)
    if parent_objective is not None:
        _check_parent(objective, parent_objective, "parent_objective")
    if parent_key_result is not None:
        same_organisation("parent_key_result", parent_key_result, objective.organisation)
        _check_parent(objective, parent_key_result.objective, "parent_key_result")
    fields = ("parent_objective", "parent_key_result")
    before = {
        "parent_objective": objective.parent_objective,
        "parent_key_result": objective.parent_key_result,
    }
    old_parent = objective.parent_objective
    objective.parent_objective = parent_objective
    objective.parent_key_result = parent_key_result
    objective.version += 1
    objective.save(update_fields=[*fields, "version", "updated_at"])
    after = {"parent_objective": parent_objective, "parent_key_result": parent_key_result}
    record_changes(actor=actor, objective=objective, before=before, after=after, action="aligned")
    # The rows above read well (titles); these keep the ids, so "as of" can rebuild the tree.
    record_changes(
        actor=actor,
        objective=objective,
        before={f"{name}_id": getattr(value, "pk", None) for name, value in before.items()},
        after={f"{name}_id": getattr(value, "pk", None) for name, value in after.items()},
        action="aligned",
    )
    for parent in {old_parent, parent_objective} - {None}:
        rollup_from(parent)
    return objective

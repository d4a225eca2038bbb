"""Carrying an objective over into the next cycle with its unfinished key results."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from cairn.okrs.models import Cycle, CycleState, KeyResult, KeyResultKind, Objective
from cairn.okrs.permissions import Access, require
from cairn.okrs.services.common import same_organisation
from cairn.okrs.services.history import record_action
from cairn.okrs.services.rollup import key_result_refresh, lock_organisation, rollup_from
from cairn.organisations.models import Person


def _unfinished(objective: Objective) -> list[KeyResult]:
    return [kr for kr in objective.key_results.all() if kr.progress < 1]


def _copy_key_result(key_result: KeyResult, into: Objective) -> KeyResult:
    """Return a copy whose baseline is the current value."""
    start = key_result.start
    if key_result.kind == KeyResultKind.METRIC and key_result.current is not None:
        start = key_result.current
    copy = KeyResult.objects.create(
        organisation_id=into.organisation_id,
        objective=into,
        title=key_result.title,
        kind=key_result.kind,
        start=start,
        target=key_result.target,
        unit=key_result.unit,
        weight=key_result.weight,
        owner=key_result.owner,
        position=key_result.position,
    )
    copy.contributors.set(key_result.contributors.all())
    key_result_refresh(copy)
    return copy


@transaction.atomic
def objective_carry_over(*, objective: Objective, actor: Person, to_cycle: Cycle) -> Objective:
    """Copy the objective and its unfinished KRs into `to_cycle`, linked to it; return the copy."""
    require(Access(actor).can_edit_objective(objective), _("You cannot carry this objective over."))
    same_organisation("to_cycle", to_cycle, objective.organisation)
    if to_cycle.pk == objective.cycle_id or to_cycle.state == CycleState.CLOSED:
        raise ValidationError({"to_cycle": _("Choose a later cycle that is not closed.")})
    if to_cycle.start <= objective.cycle.start:
        raise ValidationError({"to_cycle": _("Carry objectives over into a later cycle.")})
    if Objective.objects.filter(carried_over_from=objective, cycle=to_cycle).exists():
        raise ValidationError({"to_cycle": _("This objective was already carried over there.")})
    lock_organisation(objective.organisation_id)
    parent = objective.parent_objective
    keep_parent = parent is not None and parent.cycle.encloses(to_cycle)
    copy = Objective.objects.create(
        organisation_id=objective.organisation_id,
        cycle=to_cycle,
        title=objective.title,
        description=objective.description,
        owner=objective.owner,
        team=objective.team,
        kind=objective.kind,
        visibility=objective.visibility,
        weight=objective.weight,
        count_aligned_children=objective.count_aligned_children,
        parent_objective=parent if keep_parent else None,
        carried_over_from=objective,
        position=Objective.objects.filter(cycle=to_cycle).count(),
    )
    copy.shared_with.set(objective.shared_with.all())
    for key_result in _unfinished(objective):
        _copy_key_result(key_result, copy)
    rollup_from(copy)
    record_action(actor=actor, objective=copy, action="carried_over", new=objective.cycle.name)
    return copy

"""Cycles and their states (planning → active → grading → closed), grading and retrospectives."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from cairn import engine
from cairn.okrs import events
from cairn.okrs.models import Cycle, CycleState, KeyResult, Objective, ObjectiveKind
from cairn.okrs.permissions import Access, require
from cairn.okrs.services.common import number, same_organisation, text
from cairn.okrs.services.history import record_changes
from cairn.organisations.models import Person

NEXT_STATE = {
    CycleState.PLANNING: CycleState.ACTIVE,
    CycleState.ACTIVE: CycleState.GRADING,
    CycleState.GRADING: CycleState.CLOSED,
}


@transaction.atomic
def cycle_create(
    *, actor: Person, name: str, start: date, end: date, parent: Cycle | None = None
) -> Cycle:
    """Create a cycle in planning; return it."""
    require(Access(actor).can_manage_cycles(), _("Only admins manage cycles."))
    name = text("name", name, max_length=100, required=True)
    if not isinstance(start, date) or not isinstance(end, date):
        raise ValidationError({"start": _("Enter dates.")})
    if end < start:
        raise ValidationError({"end": _("The cycle must end on or after its start.")})
    same_organisation("parent", parent, actor.organisation)
    if parent is not None and not (parent.start <= start and end <= parent.end):
        raise ValidationError({"parent": _("A nested cycle must lie within its parent's dates.")})
    if Cycle.objects.filter(organisation=actor.organisation, name__iexact=name).exists():
        raise ValidationError({"name": _("A cycle with this name already exists.")})
    return Cycle.objects.create(
        organisation=actor.organisation, name=name, start=start, end=end, parent=parent
    )


def _require_explanations(cycle: Cycle) -> None:
    """Raise unless every committed objective graded below 1.0 carries an explanation."""
    missing = [
        o.title
        for o in Objective.objects.filter(
            cycle=cycle, kind=ObjectiveKind.COMMITTED
        ).prefetch_related("key_results")
        if (o.grade if o.grade is not None else _objective_grade(o)) < 1.0
        and not o.retrospective_did_not.strip()
    ]
    if missing:
        raise ValidationError(
            _("Committed objectives below 1.0 need an explanation before closing: %(titles)s")
            % {"titles": "; ".join(missing[:10])}
        )


def _objective_grade(objective: Objective) -> float:
    grades = [
        engine.Weighted(weight=kr.weight, progress=kr_grade(kr))
        for kr in objective.key_results.all()
    ]
    return engine.objective_grade(grades) or 0.0


def kr_grade(key_result: KeyResult) -> float:
    """Return the key result's grade: its override, or the default from its progress."""
    if key_result.grade is not None:
        return key_result.grade
    return engine.default_grade(key_result.progress)


def _close(cycle: Cycle) -> None:
    """Store every key result's and objective's grade."""
    key_results = list(KeyResult.objects.filter(objective__cycle=cycle))
    for kr in key_results:
        kr.grade = kr_grade(kr)
    KeyResult.objects.bulk_update(key_results, ["grade"], batch_size=2000)
    objectives = list(Objective.objects.filter(cycle=cycle).prefetch_related("key_results"))
    for objective in objectives:
        objective.grade = _objective_grade(objective)
    Objective.objects.bulk_update(objectives, ["grade"], batch_size=2000)
    for objective in objectives:
        transaction.on_commit(
            lambda o=objective: events.objective_closed.send(Objective, objective=o)
        )


@transaction.atomic
def cycle_transition(*, cycle: Cycle, actor: Person, to_state: str) -> Cycle:
    """Move the cycle to its next state; closing stores the grades. Return the cycle."""
    require(Access(actor).can_manage_cycles(), _("Only admins manage cycles."))
    cycle = Cycle.objects.select_for_update().get(pk=cycle.pk)
    if NEXT_STATE.get(cycle.state) != to_state:
        raise ValidationError(
            {
                "state": _("A %(state)s cycle cannot move to %(to)s.")
                % {"state": cycle.state, "to": to_state}
            }
        )
    if to_state == CycleState.CLOSED:
        _require_explanations(cycle)
        _close(cycle)
    cycle.state = to_state
    cycle.save(update_fields=["state"])
    return cycle


@transaction.atomic
def key_result_grade(
    *, key_result: KeyResult, actor: Person, grade: object, reason: str = ""
) -> KeyResult:
    """Override a key result's grade with a reason (during grading); return it."""
    require(Access(actor).can_edit_key_result(key_result), _("You cannot grade this key result."))
    if key_result.objective.cycle.state != CycleState.GRADING:
        raise ValidationError(_("Grades are set while the cycle is in grading."))
    value = number("grade", grade)
    assert value is not None
    if not 0 <= value <= 1:
        raise ValidationError({"grade": _("A grade lies between 0.0 and 1.0.")})
    value = engine.round_half_up(value, 1)
    reason = text("reason", reason, max_length=2000)
    if value != engine.default_grade(key_result.progress) and not reason:
        raise ValidationError({"reason": _("Say why the grade differs from the suggested one.")})
    before = {"grade": key_result.grade, "grade_reason": key_result.grade_reason}
    key_result.grade, key_result.grade_reason = value, reason
    key_result.save(update_fields=["grade", "grade_reason", "updated_at"])
    after = {"grade": value, "grade_reason": reason}
    record_changes(
        actor=actor,
        objective=key_result.objective,
        key_result=key_result,
        before=before,
        after=after,
    )
    return key_result


@transaction.atomic
def objective_retrospective(
    *,
    objective: Objective,
    actor: Person,
    worked: str,
    did_not: str,
    carry_over: str,
    learned: str = "",
) -> Objective:
    """Store the objective's retrospective notes; return it."""
    require(Access(actor).can_edit_objective(objective), _("You cannot edit this objective."))
    if objective.cycle.state not in (CycleState.GRADING, CycleState.ACTIVE):
        raise ValidationError(_("Retrospectives are written while the cycle is active or grading."))
    fields = (
        "retrospective_worked",
        "retrospective_did_not",
        "retrospective_learned",
        "retrospective_carry_over",
    )
    values = [
        text(f, v, max_length=5000)
        for f, v in zip(fields, (worked, did_not, learned, carry_over), strict=True)
    ]
    before = {f: getattr(objective, f) for f in fields}
    for field, value in zip(fields, values, strict=True):
        setattr(objective, field, value)
    objective.save(update_fields=[*fields, "updated_at"])
    record_changes(
        actor=actor,
        objective=objective,
        before=before,
        after=dict(zip(fields, values, strict=True)),
    )
    return objective

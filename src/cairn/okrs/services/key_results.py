"""Creating, editing and deleting key results."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from cairn import audit, engine
from cairn.dashboards import aggregates
from cairn.okrs.models import CycleState, KeyResult, KeyResultKind, Objective
from cairn.okrs.permissions import Access, require
from cairn.okrs.services.check_ins import check_in_from_initiatives
from cairn.okrs.services.common import (
    check_version,
    choice_values,
    number,
    person_in,
    same_organisation,
    text,
    weight,
)
from cairn.okrs.services.history import record_action, record_changes, snapshot
from cairn.okrs.services.rollup import key_result_refresh, lock_tree_write, rollup_from
from cairn.organisations.models import Person

if TYPE_CHECKING:
    from cairn.kpis.models import Kpi

EDITABLE = (
    "title",
    "kind",
    "start",
    "target",
    "unit",
    "weight",
    "owner",
    "due_date",
    "follows_initiatives",
    "follows_kpi",
)
MEASURE_FIELDS = {"kind", "start", "target", "weight"}


def _clean(key_result: KeyResult) -> None:
    """Validate a key result's fields in place, numbers included."""
    key_result.title = text("title", key_result.title, max_length=300, required=True)
    key_result.unit = text("unit", key_result.unit, max_length=40)
    if key_result.kind not in choice_values(KeyResultKind):
        raise ValidationError({"kind": _("Choose metric, stay_above, stay_below or milestone.")})
    measured = key_result.kind != KeyResultKind.MILESTONE
    key_result.start = number("start", key_result.start, required=False)
    key_result.target = number("target", key_result.target, required=False)
    key_result.weight = weight(key_result.weight)
    if measured and key_result.kind != KeyResultKind.METRIC:
        key_result.start = None
    try:
        engine.validate_key_result(
            kind=key_result.kind, start=key_result.start, target=key_result.target
        )
    except engine.InvalidKeyResult as exc:
        raise ValidationError({exc.field: exc.message}) from None
    if not isinstance(key_result.follows_initiatives, bool):
        raise ValidationError({"follows_initiatives": _("Say yes or no.")})
    if key_result.follows_initiatives and key_result.kind != KeyResultKind.MILESTONE:
        # Work never moves a metric: only check-ins measure outcomes (SPEC §4).
        raise ValidationError(
            {"follows_initiatives": _("Only a milestone key result can follow its initiatives.")}
        )
    _clean_follows_kpi(key_result)
    if key_result.due_date is not None and not isinstance(key_result.due_date, date):
        raise ValidationError({"due_date": _("Enter a date.")})
    person_in("owner", key_result.owner, key_result.objective.organisation)


def _clean_follows_kpi(key_result: KeyResult) -> None:
    """Refuse a KPI of another organisation, or a milestone following a KPI."""
    if getattr(key_result, "follows_kpi_id", None) is None:  # the text import plans a stand-in
        return
    kpi = key_result.follows_kpi
    same_organisation("follows_kpi", kpi, key_result.objective.organisation)
    if key_result.kind == KeyResultKind.MILESTONE:
        raise ValidationError(
            {"follows_kpi": _("A milestone is done or not: it cannot follow a KPI.")}
        )


def _editable(objective: Objective) -> None:
    if objective.cycle.state == CycleState.CLOSED:
        raise ValidationError(_("This cycle is closed."))


@transaction.atomic
def key_result_create(
    *,
    actor: Person,
    objective: Objective,
    title: str,
    kind: str = KeyResultKind.METRIC,
    start: object = None,
    target: object = None,
    unit: str = "",
    weight: object = 1.0,
    owner: Person | None = None,
    due_date: date | None = None,
    contributors: list[Person] | tuple[Person, ...] = (),
    follows_initiatives: bool = False,
    follows_kpi: Kpi | None = None,
) -> KeyResult:
    """Add a key result to an objective (owner defaults to the objective's); return it.

    With `follows_kpi` the KPI's latest value becomes its first check-in at once.
    """
    require(Access(actor).can_edit_objective(objective), _("You cannot edit this objective."))
    _editable(objective)
    lock_tree_write(objective.organisation_id)
    key_result = KeyResult(
        organisation_id=objective.organisation_id,
        objective=objective,
        title=title,
        kind=kind,
        start=start,
        target=target,
        unit=unit,
        weight=weight,
        owner=owner or objective.owner or actor,
        due_date=due_date,
        follows_initiatives=follows_initiatives,
        follows_kpi=follows_kpi,
        position=objective.key_results.count(),
    )
    _clean(key_result)
    key_result.save()
    for person in contributors:
        person_in("contributors", person, objective.organisation)
    key_result.contributors.set(contributors)
    record_action(
        actor=actor,
        objective=objective,
        key_result=key_result,
        action="kr_added",
        new=key_result.title,
    )
    key_result_refresh(key_result)
    if key_result.follows_kpi_id:
        from cairn.kpis.following import key_result_catch_up  # kpis builds on okrs

        key_result_catch_up(key_result=key_result, actor=actor)
    return key_result


@transaction.atomic
def key_result_update(
    *, key_result: KeyResult, actor: Person, version: int | None = None, **changes: object
) -> KeyResult:
    """Change a key result's editable fields, recording each change; return it."""
    require(Access(actor).can_edit_key_result(key_result), _("You cannot edit this key result."))
    unknown = set(changes) - set(EDITABLE) - {"contributors"}
    if unknown:
        raise ValidationError({name: _("This field cannot be changed here.") for name in unknown})
    _editable(key_result.objective)
    lock_tree_write(key_result.organisation_id)
    list(
        KeyResult.objects.select_for_update(no_key=True).filter(pk=key_result.pk).values_list("pk")
    )
    key_result.refresh_from_db()
    check_version(key_result, version)
    contributors = changes.pop("contributors", None)
    before = snapshot(key_result, changes)
    for name, value in changes.items():
        setattr(key_result, name, value)
    _clean(key_result)
    key_result.version += 1
    key_result.save()
    if contributors is not None:
        for person in contributors:  # type: ignore[attr-defined]
            person_in("contributors", person, key_result.organisation)
        key_result.contributors.set(contributors)  # type: ignore[arg-type]
    record_changes(
        actor=actor,
        objective=key_result.objective,
        key_result=key_result,
        before=before,
        after=snapshot(key_result, changes),
    )
    if MEASURE_FIELDS & set(changes):
        key_result_refresh(key_result)
    if changes.get("follows_initiatives"):
        check_in_from_initiatives(key_result=key_result, actor=actor)
    if key_result.follows_kpi_id and before.get("follows_kpi") != key_result.follows_kpi_id:
        from cairn.kpis.following import key_result_catch_up  # kpis builds on okrs

        key_result_catch_up(key_result=key_result, actor=actor)
    return key_result


@transaction.atomic
def key_result_delete(*, key_result: KeyResult, actor: Person) -> None:
    """Delete a key result with its check-ins and roll the objective up again."""
    objective = key_result.objective
    require(Access(actor).can_edit_objective(objective), _("You cannot edit this objective."))
    _editable(objective)
    lock_tree_write(objective.organisation_id)
    record_action(actor=actor, objective=objective, action="kr_deleted", new=key_result.title)
    audit.record(
        action=audit.Action.KEY_RESULT_DELETED,
        actor=actor,
        obj=key_result,
        details={"objective": objective.pk},
    )
    key_result.delete()
    aggregates.teams_changed(objective.cycle, {objective.team_id})
    rollup_from(objective)

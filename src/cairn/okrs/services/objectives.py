"""Creating, editing and deleting objectives."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from cairn import audit
from cairn.dashboards import aggregates
from cairn.okrs import events
from cairn.okrs.models import Cycle, CycleState, Objective, ObjectiveKind, Visibility
from cairn.okrs.permissions import Access, require
from cairn.okrs.services.common import (
    check_version,
    choice_values,
    person_in,
    same_organisation,
    text,
    weight,
)
from cairn.okrs.services.history import record_action, record_changes, snapshot
from cairn.okrs.services.rollup import lock_organisation, lock_tree_write, rollup_from
from cairn.organisations.models import Person, Team

EDITABLE = (
    "title",
    "description",
    "owner",
    "team",
    "kind",
    "visibility",
    "weight",
    "count_aligned_children",
)


def _choice(field: str, value: str, choices: type) -> str:
    if value not in choice_values(choices):
        allowed = ", ".join(choices.values)
        raise ValidationError({field: _("Choose one of: %(allowed)s.") % {"allowed": allowed}})
    return value


def _clean(objective: Objective) -> None:
    """Validate an objective's own fields in place."""
    objective.title = text("title", objective.title, max_length=300, required=True)
    objective.description = text("description", objective.description, max_length=10000)
    _choice("kind", objective.kind, ObjectiveKind)
    _choice("visibility", objective.visibility, Visibility)
    objective.weight = weight(objective.weight)
    if not isinstance(objective.count_aligned_children, bool):  # a PATCH may send null
        raise ValidationError({"count_aligned_children": _("Choose true or false.")})
    organisation = objective.organisation
    person_in("owner", objective.owner, organisation)
    same_organisation("team", objective.team, organisation)
    same_organisation("cycle", objective.cycle, organisation)
    if objective.cycle.state == CycleState.CLOSED:
        raise ValidationError({"cycle": _("This cycle is closed.")})


@transaction.atomic
def objective_create(
    *,
    actor: Person,
    cycle: Cycle,
    title: str,
    owner: Person | None = None,
    team: Team | None = None,
    description: str = "",
    kind: str = ObjectiveKind.COMMITTED,
    visibility: str = Visibility.PUBLIC,
    weight: object = 1.0,
    count_aligned_children: bool = False,
) -> Objective:
    """Create an objective owned by `owner` (default: the actor); return it."""
    owner = owner or actor
    require(
        Access(actor).can_create_objective(team_id=team.pk if team else None, owner=owner),
        _("You cannot create objectives for this team.")
        if team
        else _("Only admins create company-level objectives."),
    )
    objective = Objective(
        organisation=actor.organisation,
        cycle=cycle,
        title=title,
        description=description,
        owner=owner,
        team=team,
        kind=kind,
        visibility=visibility,
        weight=weight,
        count_aligned_children=count_aligned_children,
        position=Objective.objects.filter(cycle=cycle).count(),
    )
    _clean(objective)
    objective.save()
    record_action(actor=actor, objective=objective, action="created", new=objective.title)
    transaction.on_commit(lambda: events.objective_created.send(Objective, objective=objective))
    return objective


@transaction.atomic
def objective_update(
    *, objective: Objective, actor: Person, version: int | None = None, **changes: object
) -> Objective:
    """Change an objective's editable fields, recording each change; return it."""
    require(Access(actor).can_edit_objective(objective), _("You cannot edit this objective."))
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError({name: _("This field cannot be changed here.") for name in unknown})
    lock_tree_write(objective.organisation_id)
    list(Objective.objects.select_for_update(no_key=True).filter(pk=objective.pk).values_list("pk"))
    objective.refresh_from_db()
    check_version(objective, version)
    before = snapshot(objective, changes)
    counted = (objective.team_id, objective.visibility)
    for name, value in changes.items():
        setattr(objective, name, value)
    if {"owner", "team"} & set(changes):
        require(
            Access(actor).can_create_objective(team_id=objective.team_id, owner=objective.owner),
            _("You cannot move this objective to that team or owner."),
        )
    _clean(objective)
    objective.version += 1
    objective.save()
    record_changes(
        actor=actor, objective=objective, before=before, after=snapshot(objective, changes)
    )
    if counted != (objective.team_id, objective.visibility):  # the dashboards count by both
        aggregates.teams_changed(objective.cycle, {counted[0], objective.team_id})
    if {"weight", "count_aligned_children"} & set(changes):
        rollup_from(objective)
        if objective.parent_objective_id:
            rollup_from(objective.parent_objective)
    return objective


@transaction.atomic
def objective_delete(*, objective: Objective, actor: Person) -> None:
    """Delete an objective and its key results; aligned objectives become unaligned."""
    require(Access(actor).can_edit_objective(objective), _("You cannot delete this objective."))
    lock_organisation(objective.organisation_id)
    parent = objective.parent_objective
    record_action(actor=actor, objective=objective, action="deleted", new=objective.title)
    audit.record(action=audit.Action.OBJECTIVE_DELETED, actor=actor, obj=objective)
    objective.delete()
    aggregates.teams_changed(objective.cycle, {objective.team_id})
    if parent is not None:
        rollup_from(parent)

"""Planning, starting and closing a team's sprints."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn.execution.models import Sprint, SprintState, WorkItem, WorkItemKind, WorkItemStatus
from cairn.execution.permissions import can_plan_sprints
from cairn.execution.selectors import done_story_points
from cairn.execution.services.common import estimate
from cairn.okrs.permissions import Access, require
from cairn.okrs.services.common import same_organisation, text
from cairn.organisations.models import Person, Team

EDITABLE = ("name", "starts_on", "ends_on", "goal", "capacity_points", "review_notes")
UNFINISHED = (WorkItemStatus.TODO, WorkItemStatus.IN_PROGRESS)


def _clean(sprint: Sprint) -> None:
    sprint.name = text("name", sprint.name, max_length=100, required=True)
    sprint.goal = text("goal", sprint.goal, max_length=5000)
    sprint.review_notes = text("review_notes", sprint.review_notes, max_length=20000)
    for field in ("starts_on", "ends_on"):
        if not isinstance(getattr(sprint, field), date):
            raise ValidationError({field: _("Enter a date.")})
    if sprint.ends_on < sprint.starts_on:
        raise ValidationError({"ends_on": _("A sprint ends on or after the day it starts.")})
    sprint.capacity_points = estimate("capacity_points", sprint.capacity_points)
    clash = Sprint.objects.filter(team_id=sprint.team_id, name=sprint.name).exclude(pk=sprint.pk)
    if clash.exists():
        raise ValidationError({"name": _("This team already has a sprint with this name.")})


def _allowed(actor: Person, team: Team) -> None:
    require(can_plan_sprints(Access(actor), team), _("You cannot plan this team's sprints."))


@transaction.atomic
def sprint_create(
    *,
    actor: Person,
    team: Team,
    name: str,
    starts_on: date,
    ends_on: date,
    goal: str = "",
    capacity_points: object = None,
) -> Sprint:
    """Plan a sprint for a team; return it."""
    same_organisation("team", team, actor.organisation)
    _allowed(actor, team)
    sprint = Sprint(
        organisation=actor.organisation,
        team=team,
        name=name,
        starts_on=starts_on,
        ends_on=ends_on,
        goal=goal,
        capacity_points=capacity_points,
    )
    _clean(sprint)
    sprint.save()
    return sprint


@transaction.atomic
def sprint_update(*, sprint: Sprint, actor: Person, **changes: object) -> Sprint:
    """Change a sprint's fields (a closed sprint takes only review notes); return it."""
    _allowed(actor, sprint.team)
    sprint = _locked(sprint)  # the caller's copy may predate a start or a close
    unknown = set(changes) - set(EDITABLE)
    if sprint.state == SprintState.CLOSED:
        unknown |= set(changes) - {"review_notes"}
    if unknown:
        raise ValidationError({name: _("This field cannot be changed here.") for name in unknown})
    for name, value in changes.items():
        setattr(sprint, name, value)
    _clean(sprint)
    sprint.save()
    return sprint


def _locked(sprint: Sprint) -> Sprint:
    return Sprint.objects.select_for_update().select_related("team").get(pk=sprint.pk)


@transaction.atomic
def sprint_start(*, sprint: Sprint, actor: Person) -> Sprint:
    """Start a planned sprint (one active sprint per team); return it."""
    _allowed(actor, sprint.team)
    sprint = _locked(sprint)
    if sprint.state != SprintState.PLANNED:
        raise ValidationError({"state": _("Only a planned sprint can start.")})
    active = Sprint.objects.filter(team_id=sprint.team_id, state=SprintState.ACTIVE)
    if active.exists():
        raise ValidationError({"state": _("Close the team's active sprint first.")})
    sprint.state = SprintState.ACTIVE
    sprint.save(update_fields=["state", "updated_at"])
    return sprint


@transaction.atomic
def sprint_close(*, sprint: Sprint, actor: Person, carry_to: Sprint | None) -> Sprint:
    """Close an active sprint, moving unfinished stories to `carry_to` or the backlog; return it."""
    _allowed(actor, sprint.team)
    sprint = _locked(sprint)
    if sprint.state != SprintState.ACTIVE:
        raise ValidationError({"state": _("Only an active sprint can be closed.")})
    if carry_to is not None:
        same_organisation("carry_to", carry_to, sprint.organisation)
        if carry_to.team_id != sprint.team_id or carry_to.pk == sprint.pk:
            raise ValidationError({"carry_to": _("Carry stories to another sprint of the team.")})
        if carry_to.state == SprintState.CLOSED:
            raise ValidationError({"carry_to": _("This sprint is closed.")})
    stories = WorkItem.objects.filter(sprint=sprint, kind=WorkItemKind.STORY)
    stories.filter(status__in=UNFINISHED).update(sprint=carry_to, updated_at=timezone.now())
    done = done_story_points(stories.only("kind", "status", "estimate_points"))
    sprint.done_points = Decimal(str(round(done, 1)))
    sprint.state = SprintState.CLOSED
    sprint.closed_at = timezone.now()
    sprint.save(update_fields=["state", "done_points", "closed_at", "updated_at"])
    return sprint


@transaction.atomic
def sprint_delete(*, sprint: Sprint, actor: Person) -> None:
    """Delete a sprint that has not closed; its stories go back to the backlog."""
    _allowed(actor, sprint.team)
    sprint = _locked(sprint)
    if sprint.state == SprintState.CLOSED:
        raise ValidationError({"state": _("A closed sprint is kept: velocity is read from it.")})
    WorkItem.objects.filter(sprint=sprint).update(sprint=None, updated_at=timezone.now())
    sprint.delete()

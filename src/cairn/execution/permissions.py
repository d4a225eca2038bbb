"""Who may change work items and sprints: the initiative's rules, and the team's for the rest."""

from __future__ import annotations

from cairn.execution.models import WorkItem
from cairn.okrs.models import Initiative
from cairn.okrs.permissions import Access
from cairn.organisations.models import Team


def _in_team(access: Access, team_id: int | None) -> bool:
    return team_id is not None and team_id in (access.member_teams | access.lead_scope)


def can_add_work(access: Access, *, initiative: Initiative | None, team: Team | None) -> bool:
    """Return True when the person may add an item to this initiative (or team backlog)."""
    if not access.can_write:
        return False
    if initiative is not None:
        return access.can_edit_initiative(initiative)
    # "Work without a why" belongs to its team; unowned work is anyone's to triage.
    return access.is_admin or team is None or _in_team(access, team.pk)


def can_edit_work_item(access: Access, item: WorkItem) -> bool:
    """Return True when the person may change or delete the item."""
    if not access.can_write or item.organisation_id != access.person.organisation_id:
        return False
    if access.is_admin or item.assignee_id == access.person.pk:
        return True
    if item.initiative_id is not None:
        return access.can_edit_initiative(item.initiative)  # type: ignore[arg-type]
    return item.team_id is None or _in_team(access, item.team_id)


def can_plan_sprints(access: Access, team: Team) -> bool:
    """Return True when the person may plan the team's sprints: create, change, start, close,
    delete them and pull stories in or out.

    Admins and the leads of the team (or of a team above it), as SPEC §2 gives leads the team's
    running; members keep their own work items moving (status, criteria) but do not plan.
    """
    if not access.can_write or team.organisation_id != access.person.organisation_id:
        return False
    return access.is_admin or team.pk in access.lead_scope

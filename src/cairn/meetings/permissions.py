"""Who sees a team's meeting and who records in it (SPEC §4 roles, applied to one team)."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _

from cairn.okrs.permissions import Access
from cairn.organisations.models import Team


def can_see_meeting(access: Access, team: Team) -> bool:
    """Admins, viewers (who read everything), the team's members and leads above it see it."""
    if team.organisation_id != access.person.organisation_id or not access.person.is_active:
        return False
    if access.is_admin or access.person.is_viewer:
        return True
    return team.pk in access.member_teams or team.pk in access.lead_scope


def can_run_meeting(access: Access, team: Team) -> bool:
    """The team's leads (and leads of the teams above it) and admins record; viewers never."""
    if not access.can_write or team.organisation_id != access.person.organisation_id:
        return False
    return access.is_admin or team.pk in access.lead_scope


def require_see(access: Access, team: Team) -> None:
    """Raise Http404 for another organisation's team, PermissionDenied for a team not theirs."""
    if team.organisation_id != access.person.organisation_id:
        raise Http404
    if not can_see_meeting(access, team):
        raise PermissionDenied(_("Only the team's members, its leads and admins see its meeting."))


def require_run(access: Access, team: Team) -> None:
    """Raise unless the person may record decisions and follow-ups for the team."""
    require_see(access, team)
    if not can_run_meeting(access, team):
        raise PermissionDenied(_("Only the team's leads and admins record in its meeting."))

"""Who may change a KPI: admins, its owner and the leads of its team; everyone may read."""

from __future__ import annotations

from cairn.kpis.models import Kpi
from cairn.okrs.permissions import Access
from cairn.organisations.models import Person


def can_create_kpi(access: Access, *, team_id: int | None, owner: Person | None) -> bool:
    """Admins anywhere; team leads in their teams; members for a KPI of their team they own."""
    return access.can_create_objective(team_id=team_id, owner=owner)


def can_edit_kpi(access: Access, kpi: Kpi) -> bool:
    """Return True when the person may edit, archive and record values of the KPI."""
    if not access.can_write or kpi.organisation_id != access.person.organisation_id:
        return False
    return (
        access.is_admin
        or kpi.owner_id == access.person.pk
        or (kpi.team_id is not None and kpi.team_id in access.led_teams)
    )

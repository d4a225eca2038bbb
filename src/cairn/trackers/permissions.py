"""Who may manage tracker connections: admins all of them, team leads the ones acting as them."""

from __future__ import annotations

from cairn.okrs.permissions import Access
from cairn.trackers.models import TrackerConnection


def can_manage_trackers(access: Access) -> bool:
    """Return True for admins and team leads who may write."""
    return access.can_write and (access.is_admin or bool(access.led_teams))


def can_manage_connection(access: Access, connection: TrackerConnection) -> bool:
    """Return True when the person may see, rotate or delete this connection and its events."""
    if connection.organisation_id != access.person.organisation_id:
        return False
    if not can_manage_trackers(access):
        return False
    return access.is_admin or connection.actor_id == access.person.pk

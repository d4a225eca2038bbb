"""Where a Jira event puts its item: under which parent, in which sprint, with how many points.

A parent or sprint Cairn cannot use leaves the item where it is and is noted on the event; the
rest of the change (status, title …) is still applied, so one odd field never loses a status.
"""

from __future__ import annotations

from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn.execution.models import Sprint, SprintState, WorkItem, WorkItemKind
from cairn.execution.permissions import can_plan_sprints
from cairn.execution.services import sprint_create
from cairn.execution.services.common import PARENT_KINDS
from cairn.okrs.permissions import Access
from cairn.organisations.models import Person, Team
from cairn.trackers.jira import NOT_SAID, JiraSprint
from cairn.trackers.models import TrackerConnection
from cairn.trackers.payloads import IssueChange

SPRINT_DAYS = 14


def _parent(connection, change: IssueChange, item, kind: str, row: dict) -> str:
    if change.parent_key is None:
        return ""
    if change.parent_key == "":
        row["parent_key"] = ""
        return ""
    if item is not None and change.parent_key == item.external_key:
        return ""
    parent = WorkItem.objects.filter(
        organisation_id=connection.organisation_id,
        external_source=connection.kind,
        external_key=change.parent_key,
    ).first()
    if parent is None:
        return _("Parent %(key)s is not in Cairn yet; the item keeps its place.") % {
            "key": change.parent_key
        }
    if parent.kind not in PARENT_KINDS[kind]:  # type: ignore[index]
        return _("A %(kind)s cannot sit under the %(parent)s %(key)s; the parent is kept.") % {
            "kind": kind,
            "parent": parent.kind,
            "key": change.parent_key,
        }
    row["parent_key"] = change.parent_key
    if parent.initiative_id is not None:
        row.pop("initiative", None)  # a child serves its parent's initiative
    return ""


def _planned(actor: Person, team: Team, wanted: JiraSprint) -> Sprint | None:
    """Plan the sprint Jira names when the connection's person may; return it or None."""
    if not can_plan_sprints(Access(actor), team):
        return None
    starts = wanted.starts_on or timezone.localdate()
    ends = wanted.ends_on if wanted.ends_on and wanted.ends_on >= starts else None
    try:
        return sprint_create(
            actor=actor,
            team=team,
            name=wanted.name,
            starts_on=starts,
            ends_on=ends or starts + timedelta(days=SPRINT_DAYS - 1),
            goal=wanted.goal,
        )
    except (ValidationError, PermissionDenied):
        return None


def _sprint(connection, change: IssueChange, item, kind: str, actor, row: dict) -> str:
    if change.sprint is NOT_SAID:
        return ""
    if kind != WorkItemKind.STORY:
        return "" if change.sprint is None else _("Only stories go into sprints.")
    if change.sprint is None:
        row["sprint"] = None
        return ""
    assert isinstance(change.sprint, JiraSprint)
    team_id = (item.team_id if item is not None else None) or connection.team_id
    if team_id is None:
        return _("Sprint %(name)s needs a team: give the connection one.") % {
            "name": change.sprint.name
        }
    sprint = Sprint.objects.filter(team_id=team_id, name=change.sprint.name).first()
    if sprint is None:
        team = Team.objects.get(pk=team_id)
        sprint = _planned(actor, team, change.sprint)
        if sprint is None:
            return _("Sprint %(name)s is not planned here.") % {"name": change.sprint.name}
    if sprint.state == SprintState.CLOSED:
        return _("Sprint %(name)s is closed here.") % {"name": sprint.name}
    row["sprint"] = sprint.pk
    row.setdefault("team", team_id)
    return ""


def jira_placement(
    connection: TrackerConnection, change: IssueChange, item, actor: Person, row: dict
) -> list[str]:
    """Add the parent, sprint and points a Jira event names to the upsert row; return notes."""
    kind = item.kind if item is not None else change.kind
    if change.points is not NOT_SAID:
        row["estimate_points"] = change.points
    notes = [
        _parent(connection, change, item, kind, row),
        _sprint(connection, change, item, kind, actor, row),
    ]
    return [note for note in notes if note]

"""Tracker connections (admins, read only): where GitHub, GitLab and Jira post, and how it went.

The receive endpoints themselves, `POST /hooks/<github|gitlab|jira>/<id>/`, are outside the API:
trackers sign them instead of sending a token (docs/execution.md, "Live sync").
"""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Query, Router, Schema

from cairn.api.pagination import ListParams, page_schema, paginate
from cairn.trackers.models import TrackerConnection, TrackerKind
from cairn.trackers.selectors import receive_url, with_sync_counts

router = Router(tags=["tracker connections"])


class TrackerConnectionOut(Schema):
    id: int
    kind: TrackerKind
    name: str
    receive_url: str
    initiative: int | None
    team: int | None
    acts_as: int | None
    created_at: datetime
    last_sync: datetime | None
    applied_count: int
    failed_count: int

    @staticmethod
    def resolve_receive_url(obj: TrackerConnection) -> str:
        return receive_url(obj)

    @staticmethod
    def resolve_initiative(obj: TrackerConnection) -> int | None:
        return obj.initiative_id

    @staticmethod
    def resolve_team(obj: TrackerConnection) -> int | None:
        return obj.team_id

    @staticmethod
    def resolve_acts_as(obj: TrackerConnection) -> int | None:
        return obj.actor_id


TrackerConnectionPage = page_schema(TrackerConnectionOut, "TrackerConnectionPage")


@router.get("/tracker-connections", response=TrackerConnectionPage)
def list_tracker_connections(request: HttpRequest, filters: Query[ListParams]):
    """Return a page of the organisation's tracker connections (never their secrets)."""
    person = request.auth
    if not person.is_admin:
        raise PermissionDenied(_("Only admins list tracker connections over the API."))
    connections = TrackerConnection.objects.filter(organisation_id=person.organisation_id)
    return paginate(with_sync_counts(connections), filters)

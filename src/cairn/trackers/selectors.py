"""Reads of tracker connections and their events, scoped to what the person may manage."""

from __future__ import annotations

from django.conf import settings
from django.db.models import Count, Max, Prefetch, Q, QuerySet

from cairn.okrs.permissions import Access
from cairn.organisations.models import Person
from cairn.trackers.models import EventOutcome, TrackerConnection, TrackerEvent

LAST_FAILURES = 3


def connections_of(person: Person) -> QuerySet[TrackerConnection]:
    """Return the connections the person manages: all for admins, a lead's own."""
    connections = TrackerConnection.objects.filter(organisation_id=person.organisation_id)
    if not Access(person).is_admin:
        connections = connections.filter(actor_id=person.pk)
    return connections


def receive_url(connection: TrackerConnection) -> str:
    """Return the absolute URL the tracker posts to."""
    # A fixed path, not reverse(): the API serves it under URLconfs without the web routes.
    return f"{settings.SITE_URL}/hooks/{connection.kind}/{connection.public_id}/"


def with_sync_counts(connections: QuerySet[TrackerConnection]) -> QuerySet[TrackerConnection]:
    """Return the connections annotated with last_sync, applied_count and failed_count."""
    return connections.select_related("initiative", "team", "actor__user").annotate(
        last_sync=Max("events__applied_at", filter=Q(events__outcome=EventOutcome.APPLIED)),
        applied_count=Count("events", filter=Q(events__outcome=EventOutcome.APPLIED)),
        failed_count=Count("events", filter=Q(events__outcome=EventOutcome.FAILED)),
    )


def connection_list(person: Person) -> QuerySet[TrackerConnection]:
    """Return the person's connections with last sync, counts and the last failures."""
    failures = TrackerEvent.objects.filter(outcome=EventOutcome.FAILED).order_by(
        "-received_at", "-id"
    )
    return with_sync_counts(connections_of(person)).prefetch_related(
        Prefetch("events", queryset=failures[:LAST_FAILURES], to_attr="last_failures")
    )


def events_of(connection: TrackerConnection) -> QuerySet[TrackerEvent]:
    """Return the connection's events, newest first, with the item each one touched."""
    return TrackerEvent.objects.filter(connection=connection).select_related("item")

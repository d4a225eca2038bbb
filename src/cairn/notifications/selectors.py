"""Reads for the inbox, the bell and the settings page; always scoped to one person."""

from __future__ import annotations

from django.db.models import QuerySet

from cairn.notifications.models import ChatChannel, Delivery, Notification
from cairn.organisations.models import Person


def inbox(person: Person) -> QuerySet[Notification]:
    """Return the person's notifications, newest first."""
    return Notification.objects.filter(
        recipient=person, organisation_id=person.organisation_id
    ).order_by("-created_at", "-id")


def unread_count(person: Person) -> int:
    """Return how many of the person's notifications are unread (one query)."""
    return inbox(person).filter(read_at__isnull=True).count()


def chat_channels(person: Person) -> QuerySet[ChatChannel]:
    """Return the person's own chat channels."""
    return ChatChannel.objects.filter(person=person, organisation_id=person.organisation_id)


def failed_deliveries(person: Person, limit: int = 50) -> QuerySet[Delivery]:
    """Return the organisation's latest failed deliveries (for admins)."""
    return (
        Delivery.objects.filter(organisation_id=person.organisation_id, status="failed")
        .select_related("notification", "recipient__user")
        .order_by("-created_at")[:limit]
    )

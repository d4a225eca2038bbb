"""Reads of meeting records outside the meeting page."""

from __future__ import annotations

from cairn.meetings.models import FollowUp
from cairn.organisations.models import Person

MY_FOLLOW_UPS = 20


def open_follow_ups(person: Person) -> list[FollowUp]:
    """Return the person's open follow-ups (due first), with their team (one query)."""
    return list(
        FollowUp.objects.filter(assignee=person, done=False, organisation_id=person.organisation_id)
        .select_related("meeting__team")
        .order_by("due", "created_at", "pk")[:MY_FOLLOW_UPS]
    )

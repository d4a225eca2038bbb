"""Feedback and kudos in "recent activity" and in the weekly digest: that they happened, not what
a feedback answer said."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db.models import Q
from django.utils.translation import gettext as _

from cairn.feedback.models import AnswerStatus, FeedbackAnswer, FeedbackRequest, Kudos
from cairn.okrs.models import Follow, Objective
from cairn.okrs.selectors import Activity
from cairn.organisations.models import Person, TeamMembership

MAX_ITEMS = 10


def _watched(person: Person) -> list[int]:
    """Return the ids of the objectives the person owns or follows (one query)."""
    followed = Follow.objects.filter(person=person).values("objective_id")
    return list(
        Objective.objects.filter(organisation_id=person.organisation_id)
        .filter(Q(owner=person) | Q(pk__in=followed))
        .values_list("pk", flat=True)
    )


def feedback_activity(person: Person, limit: int = 12) -> list[Activity]:
    """Return kudos to the person or on their objectives, and feedback asked on their objectives."""
    watched = _watched(person)
    kudos = (
        Kudos.objects.filter(organisation_id=person.organisation_id)
        .filter(Q(person=person) | Q(key_result__objective_id__in=watched))
        .exclude(giver=person)
        .select_related("giver__user", "person__user", "team", "key_result__objective")[:limit]
    )
    requests = (
        FeedbackRequest.objects.filter(objective_id__in=watched)
        .exclude(requester=person)
        .select_related("requester__user", "objective", "key_result")[:limit]
    )
    items = [
        Activity(k.created_at, k.giver, _shown(k, watched), k.key_result, kudos=k) for k in kudos
    ]
    items += [
        Activity(r.created_at, r.requester, r.objective, r.key_result, feedback_request=r)
        for r in requests
    ]
    return items


def _shown(kudos: Kudos, watched: list[int]) -> Objective | None:
    """Return the kudos' objective when it is one of the person's (else none is shown)."""
    if kudos.key_result and kudos.key_result.objective_id in watched:
        return kudos.key_result.objective
    return None


def with_feedback(items: list[Activity], person: Person, limit: int = 12) -> list[Activity]:
    """Return the activity with feedback and kudos merged in, newest first."""
    merged = items + feedback_activity(person, limit)
    return sorted(merged, key=lambda item: item.at, reverse=True)[:limit]


def digest_part(person: Person, objectives: list[Objective], since: datetime) -> dict[str, Any]:
    """Return the digest's recognition part: kudos this week, feedback waiting and asked."""
    teams = TeamMembership.objects.filter(person=person).values("team_id")
    kudos = (
        Kudos.objects.filter(organisation_id=person.organisation_id, created_at__gte=since)
        .filter(Q(person=person) | Q(team_id__in=teams))
        .select_related("giver__user", "person__user", "team")[:MAX_ITEMS]
    )
    asked = FeedbackRequest.objects.filter(
        objective__in=objectives, created_at__gte=since
    ).select_related("requester__user", "objective", "key_result")[:MAX_ITEMS]
    waiting = FeedbackAnswer.objects.filter(respondent=person, status=AnswerStatus.PENDING).count()
    return {
        "kudos": [
            {
                "giver": k.giver.name if k.giver else "",
                "recipient": k.person.name if k.person else (k.team.name if k.team else ""),
                "message": k.message,
            }
            for k in kudos
        ],
        "feedback_asked": [
            {"requester": r.requester.name, "title": (r.key_result or r.objective).title}
            for r in asked
        ],
        "feedback_waiting": waiting,
    }


def recognition_lines(part: dict[str, Any]) -> list[str]:
    """Return the digest's plain-text lines for its recognition part."""
    lines = [_("Kudos: %(giver)s thanked %(recipient)s: %(message)s") % k for k in part["kudos"]]
    lines += [_("Feedback asked: %(requester)s on %(title)s") % r for r in part["feedback_asked"]]
    if part["feedback_waiting"]:
        lines.append(_("Feedback waiting for your answer: %(n)d") % {"n": part["feedback_waiting"]})
    return lines

"""Feedback and kudos in "recent activity" and in the weekly digest: that they happened, not what
a feedback answer said."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime
from typing import Any, TypeVar

from django.db.models import Count, Q
from django.utils.translation import gettext as _

from cairn.feedback.models import AnswerStatus, FeedbackAnswer, FeedbackRequest, Kudos
from cairn.okrs.models import Objective
from cairn.okrs.selectors import Activity, watched_objective_ids
from cairn.organisations.models import Person, TeamMembership

MAX_ITEMS = 10
T = TypeVar("T")


def feedback_activity(person: Person, limit: int = 12) -> list[Activity]:
    """Return kudos to the person or on their objectives, and feedback asked on their objectives."""
    watched = watched_objective_ids(person)
    kudos = (
        Kudos.objects.filter(organisation_id=person.organisation_id)
        .filter(Q(person=person) | Q(key_result__objective_id__in=watched))
        .exclude(giver=person)
        .select_related("giver__user", "person__user")  # joined: see kudos_selectors.kudos_in
        .prefetch_related("team", "key_result__objective")[:limit]
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
    return digest_parts([person], {person.pk: objectives}, since)[person.pk]


def _newest(rows: Iterable[T]) -> list[T]:
    """Return the rows newest first (the models' ordering), at most MAX_ITEMS."""
    unique = {row.pk: row for row in rows}.values()  # type: ignore[attr-defined]
    return sorted(unique, key=lambda r: (r.created_at, r.pk), reverse=True)[:MAX_ITEMS]  # type: ignore[attr-defined]


def digest_parts(
    people: list[Person], objectives: dict[int, list[Objective]], since: datetime
) -> dict[int, dict[str, Any]]:
    """Return each person's recognition part (`digest_part`) for many people in 4 queries."""
    teams: dict[int, set[int]] = defaultdict(set)
    rows = TeamMembership.objects.filter(person__in=people)
    for person_id, team_id in rows.values_list("person_id", "team_id"):
        teams[person_id].add(team_id)
    kudos_to_person: dict[int, list[Kudos]] = defaultdict(list)
    kudos_to_team: dict[int, list[Kudos]] = defaultdict(list)
    kudos = Kudos.objects.filter(
        organisation_id__in={p.organisation_id for p in people}, created_at__gte=since
    ).filter(Q(person__in=people) | Q(team_id__in={t for ts in teams.values() for t in ts}))
    for k in kudos.select_related("giver__user", "person__user", "team"):
        if k.person_id:
            kudos_to_person[k.person_id].append(k)
        if k.team_id:
            kudos_to_team[k.team_id].append(k)
    asked_on: dict[int, list[FeedbackRequest]] = defaultdict(list)
    asked = FeedbackRequest.objects.filter(
        objective_id__in={o.pk for os in objectives.values() for o in os}, created_at__gte=since
    ).select_related("requester__user", "objective", "key_result")
    for request in asked:
        asked_on[request.objective_id].append(request)
    waiting = dict(
        FeedbackAnswer.objects.filter(respondent__in=people, status=AnswerStatus.PENDING)
        .values_list("respondent_id")
        .annotate(n=Count("id"))
    )
    parts = {}
    for person in people:
        mine = kudos_to_person[person.pk] + [k for t in teams[person.pk] for k in kudos_to_team[t]]
        requests = [r for o in objectives.get(person.pk, []) for r in asked_on[o.pk]]
        parts[person.pk] = _part(
            _newest(k for k in mine if k.organisation_id == person.organisation_id),
            _newest(requests),
            waiting.get(person.pk, 0),
        )
    return parts


def _part(kudos: list[Kudos], asked: list[FeedbackRequest], waiting: int) -> dict[str, Any]:
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

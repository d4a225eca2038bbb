"""Comments in "recent activity" and in the weekly digest."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.db.models import Count, Q
from django.db.models.functions import Coalesce

from cairn.conversations import text
from cairn.conversations.models import Comment
from cairn.conversations.selectors import mention_names
from cairn.conversations.services import subject_of
from cairn.okrs.models import Initiative, Objective
from cairn.okrs.permissions import Access
from cairn.okrs.selectors import Activity, watched_objective_ids
from cairn.organisations.models import Person

EXCERPT = 120


def _about(objective_ids: Iterable[int]) -> Q:
    """Return the filter for comments on the objectives, their key results and check-ins."""
    ids = list(objective_ids)
    return (
        Q(objective_id__in=ids)
        | Q(key_result__objective_id__in=ids)
        | Q(check_in__key_result__objective_id__in=ids)
    )


def _initiatives_watched(person: Person, objective_ids: Iterable[int]) -> Q:
    """Return the filter for comments on initiatives the person owns or that serve the objectives.

    An initiative is visible to everyone who may see one of the key results it serves
    (`conversations.subjects`); one the person owns is theirs to follow.
    """
    serving = Initiative.objects.filter(
        organisation_id=person.organisation_id, key_results__objective_id__in=list(objective_ids)
    ).values("pk")
    owned = Initiative.objects.filter(organisation_id=person.organisation_id, owner=person)
    return Q(initiative_id__in=serving) | Q(initiative_id__in=owned.values("pk"))


def _excerpt(comment: Comment) -> str:
    words = " ".join(text.plain(comment.body, mention_names([comment])).split())
    return words if len(words) <= EXCERPT else words[:EXCERPT].rstrip() + "…"


def comment_activity(person: Person, limit: int = 12) -> list[Activity]:
    """Return the latest comments by others on objectives the person owns or follows."""
    watched = watched_objective_ids(person)
    visible = list(
        Objective.objects.filter(Access(person).objective_filter(), pk__in=watched).values_list(
            "pk", flat=True
        )
    )
    comments = (
        Comment.objects.filter(
            _about(visible) | _initiatives_watched(person, visible),
            organisation_id=person.organisation_id,
            deleted_at=None,
        )
        .exclude(author=person)
        # The author joined, the subject fetched after (only for the rows that name one): ten
        # joined tables cost PostgreSQL more to plan (10-25 ms) than to run.
        .select_related("author__user")
        .prefetch_related(
            "objective",
            "key_result__objective",
            "check_in__key_result__objective",
            "initiative",
            "mentions__person__user",
            "mentions__team",
        )
        .order_by("-created_at", "-id")[:limit]
    )
    items = []
    for comment in comments:
        key_result = comment.key_result or (
            comment.check_in.key_result if comment.check_in else None
        )
        objective = comment.objective or (key_result.objective if key_result else None)
        comment.link = f"{subject_of(comment).thread_url()}#comment-{comment.pk}"  # type: ignore[attr-defined]
        items.append(
            Activity(
                comment.created_at,
                comment.author,
                objective,
                key_result,
                comment=comment,
                excerpt=_excerpt(comment),
            )  # fmt: skip
        )
    return items


def with_comments(activity: list[Activity], person: Person, limit: int = 12) -> list[Activity]:
    """Return the activity lines and the comment lines together, newest first."""
    merged = activity + comment_activity(person, limit)
    return sorted(merged, key=lambda item: item.at, reverse=True)[:limit]


def discussed(objectives: list[Objective], since: datetime) -> dict[int, int]:
    """Return {objective id: comments since the moment} on the objectives and what is below them."""
    rows = (
        Comment.objects.filter(_about(o.pk for o in objectives), deleted_at=None)
        .filter(created_at__gte=since)
        .annotate(
            about=Coalesce(
                "objective_id", "key_result__objective_id", "check_in__key_result__objective_id"
            )
        )
        .values("about")
        .annotate(n=Count("id"))
    )
    return {row["about"]: row["n"] for row in rows}

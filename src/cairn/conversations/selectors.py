"""Reads of conversations: a subject's discussion page by page, comment counts, mention search.

A page of discussion costs the same few queries however many comments, replies, mentions and
reactions it holds (prefetched, never per comment).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Count, Prefetch, QuerySet
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from markupsafe import Markup

from cairn.conversations import text
from cairn.conversations.models import Comment, CommentReaction, Mention, Reaction
from cairn.conversations.services import can_delete, can_edit, subject_of
from cairn.conversations.subjects import Subject, can_see, can_write
from cairn.organisations.models import Person, Team
from cairn.organisations.selectors import name_matches

PAGE_SIZE = 20
SEARCH_LIMIT = 8


@dataclass
class ReactionCount:
    emoji: str
    label: str
    count: int
    names: list[str]
    mine: bool


@dataclass
class CommentView:
    """A comment ready for the page: its sanitised HTML and what the reader may do."""

    comment: Comment
    html: Markup
    reactions: list[ReactionCount]
    can_edit: bool
    can_delete: bool
    replies: list[CommentView] = field(default_factory=list)


@dataclass
class Discussion:
    subject: Subject
    threads: list[CommentView]
    can_write: bool
    older_than: int | None  # the id to pass for "show older", None when there is none
    total: int = 0


def _mentions() -> Prefetch:
    return Prefetch("mentions", queryset=Mention.objects.select_related("person__user", "team"))


def _reactions() -> Prefetch:
    return Prefetch("reactions", queryset=CommentReaction.objects.select_related("person__user"))


def mention_names(comments: Iterable[Comment]) -> dict[text.Ref, str]:
    """Return the current name of everyone and every team the comments mention."""
    names: dict[text.Ref, str] = {}
    for comment in comments:
        for mention in comment.mentions.all():
            if mention.person_id:
                names[text.Ref("person", mention.person_id)] = mention.person.name
            elif mention.team_id:
                names[text.Ref("team", mention.team_id)] = mention.team.name
    return names


def _links(names: dict[text.Ref, str]) -> dict[text.Ref, str]:
    return {
        ref: reverse("person" if ref.kind == "person" else "team", args=[ref.id]) for ref in names
    }


def _reaction_counts(comment: Comment, reader: Person) -> list[ReactionCount]:
    rows: dict[str, ReactionCount] = {}
    labels = dict(Reaction.choices)
    for reaction in comment.reactions.all():
        row = rows.setdefault(
            reaction.emoji,
            ReactionCount(reaction.emoji, str(labels.get(reaction.emoji, "")), 0, [], False),
        )
        row.count += 1
        row.names.append(reaction.person.name)
        row.mine = row.mine or reaction.person_id == reader.pk
    return [rows[e] for e in Reaction.values if e in rows]


def _view(comment: Comment, reader: Person, now: datetime) -> CommentView:
    names = mention_names([comment])
    html = Markup("") if comment.is_deleted else text.render(comment.body, names, _links(names))
    return CommentView(
        comment=comment,
        html=html,
        reactions=_reaction_counts(comment, reader),
        can_edit=can_edit(reader, comment, now),
        can_delete=can_delete(reader, comment),
    )


def discussion(
    subject: Subject, reader: Person, *, older_than: int | None = None, size: int = PAGE_SIZE
) -> Discussion:
    """Return the newest `size` threads of a subject (older than a comment id when given)."""
    now = timezone.now()
    replies = Comment.objects.select_related("author__user").prefetch_related(
        _mentions(), _reactions()
    )
    top = Comment.objects.filter(subject.filter, parent=None)
    page = top.order_by("-created_at", "-id")
    if older_than is not None:
        page = page.filter(pk__lt=older_than)
    rows = list(
        page.select_related("author__user").prefetch_related(
            _mentions(), _reactions(), Prefetch("replies", queryset=replies)
        )[: size + 1]
    )
    more = len(rows) > size
    rows = rows[:size]
    threads = []
    for comment in rows:
        view = _view(comment, reader, now)
        view.replies = [_view(reply, reader, now) for reply in comment.replies.all()]
        threads.append(view)
    return Discussion(
        subject=subject,
        threads=threads,
        can_write=can_write(reader, subject),
        older_than=rows[-1].pk if more and rows else None,
    )


def comment_counts(kind: str, ids: Iterable[int]) -> dict[int, int]:
    """Return {subject id: comments not deleted} for subjects of one kind."""
    rows = (
        Comment.objects.filter(**{f"{kind}_id__in": list(ids)}, deleted_at=None)
        .values(f"{kind}_id")
        .annotate(n=Count("id"))
    )
    return {row[f"{kind}_id"]: row["n"] for row in rows}


def comment_for(person: Person, pk: int) -> Comment:
    """Return a comment on a subject the person may see, or raise Http404."""
    comment = (
        Comment.objects.select_related(
            "objective", "key_result__objective", "check_in__key_result__objective", "initiative"
        )
        .filter(organisation_id=person.organisation_id, pk=pk)
        .first()
    )
    if comment is None or not can_see(person, subject_of(comment)):
        raise Http404
    return comment


def mention_search(person: Person, query: str) -> list[dict[str, object]]:
    """Return up to SEARCH_LIMIT people and teams of the organisation matching the query."""
    query = query.strip()[:100]
    if not query:
        return []
    people: QuerySet[Person] = (
        Person.objects.filter(organisation_id=person.organisation_id, is_active=True)
        .filter(name_matches(query))
        .select_related("user")
        .order_by("user__first_name", "user__last_name", "pk")[:SEARCH_LIMIT]
    )
    found: list[dict[str, object]] = [
        {"kind": "person", "id": p.pk, "name": p.name, "detail": p.job_title} for p in people
    ]
    teams = Team.objects.filter(organisation_id=person.organisation_id, name__icontains=query)
    for team in teams.order_by("name", "pk")[: SEARCH_LIMIT - len(found)]:
        found.append({"kind": "team", "id": team.pk, "name": team.name, "detail": ""})
    return found


def comment_in(subject: Subject, pk: int) -> Comment:
    """Return a comment of the subject's discussion; an unknown one is a field error."""
    from django.core.exceptions import ValidationError
    from django.utils.translation import gettext as _

    found = Comment.objects.filter(subject.filter, pk=pk).first()
    if found is None:
        raise ValidationError({"parent": _("That comment is not in this discussion.")})
    return found

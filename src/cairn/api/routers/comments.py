"""Comments on objectives, key results, check-ins and initiatives, and reactions to them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import Enum
from typing import Any

from django.db.models import Prefetch
from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from cairn.api.idempotency import idempotent
from cairn.api.pagination import ListParams, page_schema, paginate
from cairn.api.types import Id, IdParam, Input
from cairn.conversations import selectors, services, text
from cairn.conversations.models import REACTION_NAMES, Comment, CommentReaction, Mention
from cairn.conversations.subjects import URL_KINDS, subject_for

router = Router(tags=["comments"])

ReactionName = Enum("ReactionName", {name: name for name in REACTION_NAMES}, type=str)  # type: ignore[misc]


class MentionOut(Schema):
    kind: str = Field(..., description="person or team")
    id: int
    notified: bool = Field(..., description="False when they cannot see the subject.")


class ReactionOut(Schema):
    reaction: str = Field(..., description="thumbs_up, tada, heart, eyes or thanks")
    emoji: str
    count: int
    people: list[int]


class CommentOut(Schema):
    id: int
    subject_type: str = Field(..., description="objective, key_result, check_in or initiative")
    subject_id: int
    parent: int | None = Field(None, description="The top-level comment this one answers.")
    author: int | None
    body: str = Field(..., description="Markdown as written; mentions as @[name](person:<id>).")
    html: str = Field(..., description="The body rendered and sanitised.")
    created_at: datetime
    edited_at: datetime | None
    deleted: bool
    mentions: list[MentionOut]
    reactions: list[ReactionOut]


class CommentIn(Input):
    body: str = Field(..., min_length=1, max_length=text.MAX_BODY)
    parent: Id | None = Field(None, description="Answer this comment (threads are one level).")


class CommentPatch(Input):
    body: str = Field(..., min_length=1, max_length=text.MAX_BODY)


CommentPage = page_schema(CommentOut, "CommentPage")
EMOJI_NAMES = {emoji: name for name, emoji in REACTION_NAMES.items()}


def _queryset():
    return Comment.objects.select_related("author").prefetch_related(
        Prefetch("mentions", queryset=Mention.objects.select_related("person__user", "team")),
        Prefetch("reactions", queryset=CommentReaction.objects.order_by("pk")),
    )


def comment_out(comment: Comment) -> dict[str, Any]:
    """Return a comment as the API shows it."""
    kind, subject_id = services.subject_key(comment)
    reactions: dict[str, list[int]] = {}
    for reaction in comment.reactions.all():
        reactions.setdefault(reaction.emoji, []).append(reaction.person_id)
    html = ""
    if not comment.is_deleted:
        names = selectors.mention_names([comment])
        html = str(text.render(comment.body, names, {}))
    return {
        "id": comment.pk,
        "subject_type": kind,
        "subject_id": subject_id,
        "parent": comment.parent_id,
        "author": comment.author_id,
        "body": comment.body,
        "html": html,
        "created_at": comment.created_at,
        "edited_at": comment.edited_at,
        "deleted": comment.is_deleted,
        "mentions": [
            {
                "kind": "person" if m.person_id else "team",
                "id": m.person_id or m.team_id,
                "notified": m.notified,
            }
            for m in comment.mentions.all()
        ],  # fmt: skip
        "reactions": [
            {"reaction": EMOJI_NAMES[e], "emoji": e, "count": len(ids), "people": ids}
            for e, ids in reactions.items()
        ],
    }


def _one(request: HttpRequest, comment_id: int) -> Comment:
    found = selectors.comment_for(request.auth, comment_id)
    return _queryset().get(pk=found.pk)


def _register(url_kind: str) -> None:
    """Add the list and create operations of one kind of subject."""
    kind = URL_KINDS[url_kind]
    path = f"/{url_kind}/{{int:subject_id}}/comments"

    def list_comments(request: HttpRequest, subject_id: IdParam, params: Query[ListParams]):
        subject = subject_for(request.auth, url_kind, subject_id)
        page = paginate(_queryset().filter(subject.filter), params)
        return {**page, "items": [comment_out(c) for c in page["items"]]}

    def create_comment(request: HttpRequest, subject_id: IdParam, payload: CommentIn):
        subject = subject_for(request.auth, url_kind, subject_id)
        parent = None
        if payload.parent is not None:
            parent = selectors.comment_in(subject, payload.parent)
        posted = services.comment_create(
            author=request.auth, target=subject.target, body=payload.body, parent=parent
        )
        return Status(201, comment_out(_queryset().get(pk=posted.comment.pk)))

    label = kind.replace("_", " ")
    list_comments.__doc__ = f"Return a page of the comments on a {label}, oldest first."
    create_comment.__doc__ = f"Comment on a {label} (or reply, with `parent`); mentions notify."
    operation: Callable = router.get(
        path, response=CommentPage, operation_id=f"list_{kind}_comments"
    )
    operation(list_comments)
    create = router.post(path, response={201: CommentOut}, operation_id=f"create_{kind}_comment")
    create(decorate_view(idempotent)(create_comment))


for _url_kind in URL_KINDS:
    _register(_url_kind)


@router.patch("/comments/{int:comment_id}", response=CommentOut)
def edit_comment(request: HttpRequest, comment_id: IdParam, payload: CommentPatch):
    """Change a comment's text: its author, within 15 minutes; it is then marked edited."""
    comment = _one(request, comment_id)
    services.comment_edit(actor=request.auth, comment=comment, body=payload.body)
    return comment_out(_queryset().get(pk=comment.pk))


@router.delete("/comments/{int:comment_id}", response={204: None})
def delete_comment(request: HttpRequest, comment_id: IdParam):
    """Delete a comment (its author or an admin); a tombstone keeps the thread's shape."""
    comment = _one(request, comment_id)
    services.comment_delete(actor=request.auth, comment=comment)
    return Status(204, None)


@router.put("/comments/{int:comment_id}/reactions/{reaction}", response={204: None})
def add_reaction(request: HttpRequest, comment_id: IdParam, reaction: ReactionName):
    """Add your reaction to a comment (doing it twice changes nothing)."""
    comment = _one(request, comment_id)
    services.reaction_add(
        person=request.auth, comment=comment, emoji=REACTION_NAMES[reaction.value]
    )
    return Status(204, None)


@router.delete("/comments/{int:comment_id}/reactions/{reaction}", response={204: None})
def remove_reaction(request: HttpRequest, comment_id: IdParam, reaction: ReactionName):
    """Remove your reaction from a comment (none there changes nothing)."""
    comment = _one(request, comment_id)
    services.reaction_remove(
        person=request.auth, comment=comment, emoji=REACTION_NAMES[reaction.value]
    )
    return Status(204, None)

"""Writes of conversations: comments (post, reply, edit, delete), mentions and reactions.

Every write checks permission here: people who may see a subject read and write its comments,
except viewers, who read only (SPEC §4: "Viewers read only"). Notifications are queued after
the write commits (`notices.comment_notify`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn import tasks
from cairn.conversations import text
from cairn.conversations.models import Comment, CommentReaction, Mention, Reaction
from cairn.conversations.subjects import Subject, Target, can_see, can_write
from cairn.organisations.models import Person, Team

EDIT_WINDOW = timedelta(minutes=15)


@dataclass
class Posted:
    """A saved comment and the people it could not reach (they cannot see the subject)."""

    comment: Comment
    not_notified: list[str] = field(default_factory=list)


def _clean_body(body: str) -> str:
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": _("Write something first.")})
    if len(body) > text.MAX_BODY or "\x00" in body:
        raise ValidationError(
            {"body": _("Keep a comment under %(n)d characters.") % {"n": text.MAX_BODY}}
        )
    return body


def _with_email_tokens(body: str, organisation_id: int) -> str:
    """Return the body with `@address` mentions of people of the organisation made tokens."""
    addresses = text.emails(body)
    if not addresses:
        return body
    people = Person.objects.filter(
        organisation_id=organisation_id, is_active=True, user__email__in=addresses
    ).select_related("user")
    found = {p.user.email.lower(): (p.pk, p.name) for p in people}
    return text.tokens_for_emails(body, found)


def _record_mentions(comment: Comment, subject: Subject) -> list[str]:
    """Store the comment's new mentions; return the names of people who cannot see the subject."""
    refs = text.mention_refs(comment.body)
    org = comment.organisation_id
    people = {
        p.pk: p
        for p in Person.objects.filter(
            organisation_id=org, is_active=True, pk__in=[r.id for r in refs if r.kind == "person"]
        ).select_related("user")
    }
    teams = set(
        Team.objects.filter(
            organisation_id=org, pk__in=[r.id for r in refs if r.kind == "team"]
        ).values_list("pk", flat=True)
    )
    known = {(m.person_id, m.team_id) for m in comment.mentions.all()}
    blocked = []
    for ref in refs:
        if ref.kind == "person" and ref.id in people and (ref.id, None) not in known:
            visible = can_see(people[ref.id], subject)
            Mention.objects.create(comment=comment, person_id=ref.id, notified=visible)
            if not visible:
                blocked.append(people[ref.id].name)
        elif ref.kind == "team" and ref.id in teams and (None, ref.id) not in known:
            Mention.objects.create(comment=comment, team_id=ref.id)
    return blocked


def _top_level(parent: Comment | None, subject: Subject) -> Comment | None:
    """Return the comment a reply attaches to: threads are one level deep."""
    if parent is None:
        return None
    if getattr(parent, f"{subject.kind}_id") != subject.pk:
        raise ValidationError({"parent": _("Reply within the same discussion.")})
    if parent.parent_id is not None:
        parent = Comment.objects.get(pk=parent.parent_id)
    if parent.is_deleted:
        raise ValidationError({"parent": _("That comment was deleted; start a new one.")})
    return parent


@transaction.atomic
def comment_create(
    *,
    author: Person,
    target: Target,
    body: str,
    parent: Comment | None = None,
    now: datetime | None = None,
) -> Posted:
    """Post a comment (or a reply) on an objective, key result, check-in or initiative."""
    subject = Subject.of(target)
    if not can_write(author, subject):
        raise PermissionDenied(_("You cannot comment here."))
    body = _with_email_tokens(_clean_body(body), author.organisation_id)
    comment = Comment.objects.create(
        organisation_id=author.organisation_id,
        author=author,
        body=body,
        parent=_top_level(parent, subject),
        created_at=now or timezone.now(),
        **{subject.kind: target},
    )
    blocked = _record_mentions(comment, subject)
    from cairn.conversations.notices import comment_notify

    tasks.enqueue(comment_notify, comment.pk)
    return Posted(comment, blocked)


def can_edit(person: Person, comment: Comment, now: datetime | None = None) -> bool:
    """Return True while the author may still edit: 15 minutes after posting, not deleted."""
    if comment.is_deleted or comment.author_id != person.pk or person.is_viewer:
        return False
    return (now or timezone.now()) - comment.created_at <= EDIT_WINDOW


def can_delete(person: Person, comment: Comment) -> bool:
    """Return True for the comment's author and the organisation's admins."""
    if comment.is_deleted or comment.organisation_id != person.organisation_id:
        return False
    return person.is_admin or (comment.author_id == person.pk and not person.is_viewer)


@transaction.atomic
def comment_edit(
    *, actor: Person, comment: Comment, body: str, now: datetime | None = None
) -> Posted:
    """Change a comment's text within the edit window; it is then marked as edited."""
    now = now or timezone.now()
    if not can_edit(actor, comment, now):
        raise PermissionDenied(_("Comments can be edited by their author for 15 minutes."))
    subject = subject_of(comment)
    if not can_see(actor, subject):
        raise PermissionDenied(_("You cannot comment here."))
    comment.body = _with_email_tokens(_clean_body(body), comment.organisation_id)
    comment.edited_at = now
    comment.save(update_fields=["body", "edited_at"])
    blocked = _record_mentions(comment, subject)
    from cairn.conversations.notices import comment_notify

    tasks.enqueue(comment_notify, comment.pk)  # only people not told yet are notified
    return Posted(comment, blocked)


@transaction.atomic
def comment_delete(*, actor: Person, comment: Comment, now: datetime | None = None) -> Comment:
    """Delete a comment's text, leaving a tombstone so its replies keep their place."""
    if not can_delete(actor, comment):
        raise PermissionDenied(_("Only the author or an admin can delete a comment."))
    comment.body = ""
    comment.deleted_at = now or timezone.now()
    comment.deleted_by = actor
    comment.save(update_fields=["body", "deleted_at", "deleted_by"])
    comment.mentions.all().delete()
    comment.reactions.all().delete()
    if comment.author_id != actor.pk:
        _audit_moderation(actor, comment)
    return comment


def _audit_moderation(actor: Person, comment: Comment) -> None:
    """Record an admin's delete of another person's comment: whose, on what; never the text."""
    from cairn.audit.actions import Action
    from cairn.audit.services import audit_record

    kind, pk = subject_key(comment)
    audit_record(
        action=Action.COMMENT_DELETED,
        actor=actor,
        obj=comment,
        object_label=_("Comment by %(author)s")
        % {"author": comment.author or _("a former member")},
        details={"subject": kind, "subject_id": pk, "author_id": comment.author_id},
    )


def subject_key(comment: Comment) -> tuple[str, int]:
    """Return the kind and id of a comment's subject without loading it."""
    for kind in ("objective", "key_result", "check_in", "initiative"):
        pk = getattr(comment, f"{kind}_id")
        if pk is not None:
            return kind, pk
    raise ValueError("A comment without a subject")


def subject_of(comment: Comment) -> Subject:
    """Return the subject a comment is about."""
    for kind in ("objective", "key_result", "check_in", "initiative"):
        if getattr(comment, f"{kind}_id") is not None:
            return Subject(kind, getattr(comment, kind))
    raise ValueError("A comment without a subject")


def _check_reaction(person: Person, comment: Comment, emoji: str) -> None:
    if emoji not in Reaction.values:
        raise ValidationError({"emoji": _("Choose one of the offered reactions.")})
    if comment.is_deleted:
        raise ValidationError({"emoji": _("That comment was deleted.")})
    if not can_write(person, subject_of(comment)):
        raise PermissionDenied(_("You cannot react here."))


@transaction.atomic
def reaction_add(*, person: Person, comment: Comment, emoji: str) -> bool:
    """Add the person's reaction; return False when it was there already."""
    _check_reaction(person, comment, emoji)
    try:
        with transaction.atomic():
            CommentReaction.objects.create(comment=comment, person=person, emoji=emoji)
    except IntegrityError:
        return False
    return True


@transaction.atomic
def reaction_remove(*, person: Person, comment: Comment, emoji: str) -> bool:
    """Remove the person's reaction; return False when there was none."""
    _check_reaction(person, comment, emoji)
    deleted, _rows = CommentReaction.objects.filter(
        comment=comment, person=person, emoji=emoji
    ).delete()
    return bool(deleted)


@transaction.atomic
def reaction_toggle(*, person: Person, comment: Comment, emoji: str) -> bool:
    """Add the reaction, or remove it when the person had it; return True when added."""
    if reaction_remove(person=person, comment=comment, emoji=emoji):
        return False
    return reaction_add(person=person, comment=comment, emoji=emoji)

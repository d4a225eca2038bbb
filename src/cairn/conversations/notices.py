"""What a comment tells people: a mention, a reply, a comment on something of theirs.

Each person hears about a comment once, by the most specific reason (mention, then reply, then
owner), and only when they may see what it is about. An edit that adds a mention tells only the
people not told yet.
"""

from __future__ import annotations

from django.utils.translation import gettext as _
from django_tasks import task

from cairn.accounts.languages import in_language_of
from cairn.conversations import text
from cairn.conversations.models import Comment
from cairn.conversations.selectors import mention_names
from cairn.conversations.services import subject_of
from cairn.conversations.subjects import Subject, can_see
from cairn.notifications.kinds import Kind
from cairn.notifications.models import Notification
from cairn.notifications.services import Subject as NoticeSubject
from cairn.notifications.services import notify
from cairn.organisations.models import Person, TeamMembership

BODY_SHOWN = 600


def recipients(comment: Comment, subject: Subject) -> dict[int, str]:
    """Return {person id: notification kind} for a comment, the author left out."""
    chosen: dict[int, str] = {}
    mentioned = [m.person_id for m in comment.mentions.all() if m.person_id and m.notified]
    teams = [m.team_id for m in comment.mentions.all() if m.team_id]
    mentioned += TeamMembership.objects.filter(
        team_id__in=teams, person__is_active=True
    ).values_list("person_id", flat=True)
    for person_id in mentioned:
        chosen.setdefault(person_id, Kind.COMMENT_MENTION)
    if comment.parent_id is not None and comment.parent.author_id:
        chosen.setdefault(comment.parent.author_id, Kind.COMMENT_REPLY)
    for person_id in subject.owners():
        chosen.setdefault(person_id, Kind.COMMENT_ON_MINE)
    chosen.pop(comment.author_id or 0, None)
    return chosen


def _title(kind: str, author: str, subject: Subject) -> str:
    values = {"author": author, "title": subject.title}
    if kind == Kind.COMMENT_MENTION:
        return _("%(author)s mentioned you on “%(title)s”") % values
    if kind == Kind.COMMENT_REPLY:
        return _("%(author)s replied to your comment on “%(title)s”") % values
    return _("%(author)s commented on “%(title)s”") % values


@task()
def comment_notify(comment_id: int) -> int:
    """Tell the people a comment concerns about it; return how many were told."""
    comment = (
        Comment.objects.select_related("author__user", "parent", "organisation")
        .prefetch_related("mentions")
        .filter(pk=comment_id, deleted_at=None)
        .first()
    )
    if comment is None:
        return 0
    subject = subject_of(comment)
    wanted = recipients(comment, subject)
    told = set(
        Notification.objects.filter(
            subject_type="comment", subject_id=comment.pk, recipient_id__in=wanted
        ).values_list("recipient_id", flat=True)
    )
    people = Person.objects.filter(
        pk__in=set(wanted) - told, organisation_id=comment.organisation_id
    ).select_related("user", "organisation")
    body = text.plain(comment.body, mention_names([comment]))
    if len(body) > BODY_SHOWN:
        body = body[:BODY_SHOWN] + "…"
    link = f"{subject.thread_url()}#comment-{comment.pk}"
    sent = 0
    for person in people:
        if not can_see(person, subject):
            continue
        kind = wanted[person.pk]
        with in_language_of(person):  # the reader's language, not the author's
            author = comment.author.name if comment.author else _("Someone")
            title = _title(kind, author, subject)
        stored = notify(
            recipient=person,
            kind=kind,
            dedupe_key=str(comment.pk),
            title=title,
            body=body,
            link=link,
            subject=NoticeSubject("comment", comment.pk),
            data={"comment": comment.pk, subject.kind: subject.pk},
        )
        sent += stored is not None
    return sent

"""Comment services: who may write, threads one level deep, the edit window, tombstones, reactions."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from cairn.conversations.models import Comment, CommentReaction, Mention
from cairn.conversations.services import (
    comment_create,
    comment_delete,
    comment_edit,
    reaction_add,
    reaction_remove,
    reaction_toggle,
)
from cairn.okrs.models import Visibility
from cairn.okrs.services import check_in_record, initiative_create


def test_a_member_comments_and_a_reply_to_a_reply_joins_the_thread(world, kr):
    top = comment_create(author=world.member, target=kr, body="Where are we?").comment
    reply = comment_create(author=world.lead, target=kr, body="Close", parent=top).comment
    again = comment_create(author=world.member, target=kr, body="Good", parent=reply).comment
    assert reply.parent_id == top.pk
    assert again.parent_id == top.pk
    assert top.key_result_id == kr.pk and top.objective_id is None


def test_a_reply_must_stay_in_its_discussion(world, kr):
    other = comment_create(author=world.member, target=world.objective, body="Hi").comment
    with pytest.raises(ValidationError):
        comment_create(author=world.member, target=kr, body="x", parent=other)


@pytest.mark.parametrize("body", ["", "   ", "x" * 5001, "nul \x00 here"])
def test_bad_text_is_refused_with_a_message(world, kr, body):
    with pytest.raises(ValidationError) as error:
        comment_create(author=world.member, target=kr, body=body)
    assert "body" in error.value.message_dict


def test_viewers_read_only_and_outsiders_cannot_comment(world, kr):
    with pytest.raises(PermissionDenied):
        comment_create(author=world.viewer, target=kr, body="Hello")
    with pytest.raises(PermissionDenied):
        comment_create(author=world.outsider, target=kr, body="Hello")


def test_nobody_comments_on_a_private_objective_they_cannot_see(world):
    world.objective.visibility = Visibility.PRIVATE
    world.objective.save()
    with pytest.raises(PermissionDenied):
        comment_create(author=world.lead, target=world.objective, body="Hello")
    assert comment_create(author=world.admin, target=world.objective, body="Hi").comment.pk


def test_every_subject_kind_takes_comments(world, kr):
    check_in = check_in_record(key_result=kr, author=world.member, value=12, confidence=6)
    initiative = initiative_create(
        actor=world.member, title="Macros", key_results=[kr], status="in_progress",
        percent_complete=10, due_date=None,
    )  # fmt: skip
    for target in (world.objective, kr, check_in, initiative):
        comment_create(author=world.member, target=target, body="On it")
    assert Comment.objects.count() == 4


def test_the_author_edits_within_15_minutes_and_it_is_marked(world, kr):
    start = timezone.now()
    comment = comment_create(author=world.member, target=kr, body="Frist", now=start).comment
    comment_edit(
        actor=world.member, comment=comment, body="First", now=start + timedelta(minutes=15)
    )
    comment.refresh_from_db()
    assert comment.body == "First" and comment.edited_at is not None
    with pytest.raises(PermissionDenied):
        comment_edit(
            actor=world.member, comment=comment, body="Late", now=start + timedelta(minutes=16)
        )
    with pytest.raises(PermissionDenied):
        comment_edit(actor=world.admin, comment=comment, body="Not mine", now=start)


def test_delete_leaves_a_tombstone_and_keeps_replies(world, kr):
    top = comment_create(author=world.member, target=kr, body="@[x](person:1) secret").comment
    reply = comment_create(author=world.lead, target=kr, body="Answer", parent=top).comment
    reaction_add(person=world.lead, comment=top, emoji="👍")
    with pytest.raises(PermissionDenied):
        comment_delete(actor=world.lead, comment=top)
    comment_delete(actor=world.member, comment=top)
    top.refresh_from_db()
    assert top.is_deleted and top.body == "" and top.deleted_by == world.member
    assert not CommentReaction.objects.filter(comment=top).exists()
    assert not Mention.objects.filter(comment=top).exists()
    assert Comment.objects.filter(pk=reply.pk, deleted_at=None).exists()
    with pytest.raises(ValidationError):
        comment_create(author=world.lead, target=kr, body="More", parent=top)


def test_an_admin_deletes_anyones_comment_and_the_audit_log_says_so(world, kr):
    from cairn.audit.models import AuditEvent

    comment = comment_create(author=world.member, target=kr, body="Oops, a secret").comment
    comment_delete(actor=world.admin, comment=comment)
    assert Comment.objects.get(pk=comment.pk).deleted_by == world.admin
    event = AuditEvent.objects.get(action="comment_deleted")
    assert event.actor == world.admin and event.organisation_id == world.organisation.pk
    assert event.object_id == comment.pk and str(world.member) in event.object_label
    assert event.details == {
        "subject": "key_result",
        "subject_id": kr.pk,
        "author_id": world.member.pk,
    }
    assert "secret" not in event.object_label + str(event.details)


def test_an_author_deleting_their_own_comment_is_not_audited(world, kr):
    from cairn.audit.models import AuditEvent

    comment = comment_create(author=world.member, target=kr, body="Mine").comment
    comment_delete(actor=world.member, comment=comment)
    assert not AuditEvent.objects.filter(action="comment_deleted").exists()


def test_reactions_toggle_once_per_person_and_emoji(world, kr):
    comment = comment_create(author=world.member, target=kr, body="Shipped").comment
    assert reaction_toggle(person=world.lead, comment=comment, emoji="🎉") is True
    assert reaction_add(person=world.lead, comment=comment, emoji="🎉") is False
    assert reaction_toggle(person=world.lead, comment=comment, emoji="🎉") is False
    assert reaction_remove(person=world.lead, comment=comment, emoji="🎉") is False
    with pytest.raises(ValidationError):
        reaction_add(person=world.lead, comment=comment, emoji="💩")
    with pytest.raises(PermissionDenied):
        reaction_add(person=world.viewer, comment=comment, emoji="👍")


def test_a_persons_data_export_holds_the_comments_they_wrote(world, kr):
    from cairn.organisations.personal_data import personal_data_export

    mine = comment_create(author=world.member, target=kr, body="Mine").comment
    comment_create(author=world.lead, target=kr, body="Not mine", parent=mine)
    data = personal_data_export(person=world.member, actor=world.member)
    assert [(c["body"], c["key_result_id"]) for c in data["comments_written"]] == [("Mine", kr.pk)]

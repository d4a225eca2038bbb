"""Mentions: stored by id (rename-safe), notify through the notifications app once, respect visibility."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from cairn.conversations.models import Mention
from cairn.conversations.services import comment_create, comment_edit
from cairn.conversations.text import Ref, mention_refs
from cairn.notifications.delivery import deliveries_send_due
from cairn.notifications.models import Notification
from cairn.okrs.models import Visibility
from tests.conversations.conftest import XSS
from tests.factories import MembershipFactory, PersonFactory


def token(person) -> str:
    return f"@[{person.name}](person:{person.pk})"


def kinds_of(person) -> list[str]:
    return list(Notification.objects.filter(recipient=person).values_list("kind", flat=True))


def test_a_mention_is_stored_by_id_and_notifies_once(world, kr, committed):
    posted = committed(
        comment_create, author=world.member, target=kr, body=f"{token(world.lead)} look"
    )
    comment = posted.comment
    assert posted.not_notified == []
    assert list(Mention.objects.values_list("person_id", flat=True)) == [world.lead.pk]
    assert kinds_of(world.lead) == ["comment.mention"]
    # An edit (or a repeated task) does not tell them again.
    committed(
        comment_edit, actor=world.member, comment=comment, body=f"{token(world.lead)} look again"
    )
    assert kinds_of(world.lead) == ["comment.mention"]
    assert kinds_of(world.member) == []  # the author is never told about their own comment


def test_an_email_mention_becomes_a_token(world, kr, committed):
    comment = committed(
        comment_create, author=world.member, target=kr, body="cc @lead@acme.test ok"
    ).comment
    assert mention_refs(comment.body) == [Ref("person", world.lead.pk)]
    assert kinds_of(world.lead) == ["comment.mention"]


def test_mentions_of_people_elsewhere_are_ignored(world, kr, committed):
    body = f"{token(world.outsider)} and @outsider@other.test"
    posted = committed(comment_create, author=world.member, target=kr, body=body)
    assert not Mention.objects.exists()
    assert kinds_of(world.outsider) == []
    assert posted.not_notified == []


def test_a_team_mention_tells_each_member_who_can_see(world, kr, committed):
    committed(
        comment_create, author=world.admin, target=kr, body=f"@[Support](team:{world.team.pk}) hi"
    )
    assert kinds_of(world.lead) == ["comment.mention"]
    assert kinds_of(world.member) == ["comment.mention"]  # mention wins over "on your KR"


def test_you_cannot_mention_someone_into_a_private_objective(world, kr, committed):
    world.objective.visibility = Visibility.PRIVATE
    world.objective.save()
    posted = committed(
        comment_create, author=world.member, target=kr, body=f"{token(world.lead)} help"
    )
    assert posted.not_notified == [world.lead.name]
    assert Mention.objects.get().notified is False
    assert kinds_of(world.lead) == []


def test_a_reply_tells_the_parent_author_and_owners_hear_of_comments(world, kr, committed):
    top = committed(comment_create, author=world.lead, target=kr, body="How is it going?").comment
    assert kinds_of(world.member) == ["comment.on_mine"]  # the member owns the key result
    committed(comment_create, author=world.admin, target=kr, body="Fine", parent=top)
    assert sorted(kinds_of(world.lead)) == ["comment.reply"]
    assert len(kinds_of(world.member)) == 2


def test_a_turned_off_kind_is_not_stored(world, kr, committed):
    from cairn.notifications.models import Preference

    Preference.objects.create(
        organisation=world.organisation, person=world.lead, kinds_off=["comment.mention"]
    )
    committed(comment_create, author=world.member, target=kr, body=f"{token(world.lead)} hi")
    assert kinds_of(world.lead) == []


def test_a_rename_shows_the_new_name(world, kr, client_for, committed):
    committed(comment_create, author=world.member, target=kr, body=f"{token(world.lead)} hi")
    world.lead.user.first_name, world.lead.user.last_name = "Renamed", "Person"
    world.lead.user.save()
    page = client_for(world.member).get(f"/key-results/{kr.pk}/comments/").content.decode()
    assert "@Renamed Person" in page


def test_notification_emails_escape_markup_in_both_parts(world, kr, smtp, committed):
    author = PersonFactory(
        organisation=world.organisation, user__first_name=XSS, user__email="x@acme.test"
    )
    MembershipFactory(team=world.team, person=author)
    committed(comment_create, author=author, target=kr, body=f"{token(world.lead)} {XSS} **bold**")
    deliveries_send_due(now=timezone.now() + timedelta(minutes=10))
    message = next(m for m in smtp.messages if "lead@acme.test" in m["To"])
    html = message.get_body(("html",)).get_content()
    text = message.get_body(("plain",)).get_content()
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html
    assert XSS in text  # plain text carries the words as written; no client renders it


def test_a_repeated_task_stores_nothing_twice(world, kr, committed):
    from cairn.conversations.notices import comment_notify

    comment = committed(
        comment_create, author=world.admin, target=kr, body=f"{token(world.lead)} hi"
    ).comment
    assert comment_notify.call(comment.pk) == 0  # a retry, or a second worker
    assert Notification.objects.filter(subject_type="comment").count() == 2  # lead and owner

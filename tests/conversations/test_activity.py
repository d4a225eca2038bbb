"""Comments in my week's recent activity and in the weekly digest."""

from __future__ import annotations

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from cairn.conversations.activity import comment_activity
from cairn.conversations.services import comment_create, comment_delete
from cairn.notifications.digests import digest_for
from cairn.okrs.models import CycleState
from cairn.okrs.services import check_in_record
from tests.conversations.conftest import XSS


def test_comments_by_others_read_as_sentences_in_my_week(world, kr, client_for):
    comment_create(
        author=world.lead, target=kr, body=f"@[x](person:{world.member.pk}) **Great** {XSS}"
    )
    comment_create(author=world.member, target=kr, body="My own words")
    page = client_for(world.member).get(reverse("home")).content.decode()
    assert f"<strong>{world.lead.name}</strong> commented" in page  # under the key result's title
    assert f"@{world.member.name} **Great**" in page  # the plain words, mention by current name
    assert "<script>alert(1)" not in page and "My own words" not in page


def test_deleted_comments_and_invisible_objectives_stay_out(world, kr):
    comment = comment_create(author=world.lead, target=kr, body="Soon gone").comment
    comment_delete(actor=world.lead, comment=comment)
    check_in = check_in_record(key_result=kr, author=world.member, value=10, confidence=5)
    comment_create(author=world.admin, target=check_in, body="Nice jump")
    lines = comment_activity(world.member)
    assert [item.excerpt for item in lines] == ["Nice jump"]
    assert lines[0].key_result == kr and lines[0].objective == world.objective
    assert comment_activity(world.outsider) == []


def test_the_weekly_digest_counts_comments_on_each_objective(world, kr):
    world.cycle.state = CycleState.ACTIVE
    world.cycle.save()
    now = timezone.now()
    comment_create(author=world.lead, target=kr, body="One", now=now - timedelta(days=1))
    comment_create(author=world.lead, target=world.objective, body="Two", now=now)
    comment_create(
        author=world.lead, target=world.objective, body="Old", now=now - timedelta(days=9)
    )
    digest = digest_for(world.member, now)
    assert digest.discussed == [
        {"title": world.objective.title, "comments": 2,
         "link": reverse("objective", args=[world.objective.pk])}
    ]  # fmt: skip
    assert digest.as_data()["discussed"] == digest.discussed


def test_comments_on_initiatives_serving_my_key_results_are_in_my_week(world, kr, client_for):
    from cairn.okrs.services import initiative_create

    serving = initiative_create(actor=world.member, key_results=[kr], title=f"Bot triage {XSS}")
    owned = initiative_create(
        actor=world.lead, key_results=[kr], title="Lead's", owner=world.viewer
    )
    comment_create(author=world.lead, target=serving, body="Blocked on the vendor")
    comment_create(author=world.lead, target=owned, body="For the viewer")
    lines = comment_activity(world.member)
    assert sorted(item.excerpt for item in lines) == ["Blocked on the vendor", "For the viewer"]
    assert all(item.objective is None and item.key_result is None for item in lines)
    # The viewer sees the initiative they own, though they follow no objective.
    assert [item.excerpt for item in comment_activity(world.viewer)] == ["For the viewer"]
    assert comment_activity(world.outsider) == []
    page = client_for(world.member).get(reverse("home")).content.decode()
    assert reverse("initiative", args=[serving.pk]) in page
    assert "Bot triage &lt;script&gt;" in page and "<script>alert(1)" not in page
    assert "Blocked on the vendor" in page


def test_an_initiative_comment_counts_once_though_it_serves_two_of_my_key_results(world, kr):
    from cairn.okrs.services import initiative_create, key_result_create

    other = key_result_create(
        actor=world.member, objective=world.objective, title="Ship it", start=0, target=1
    )
    both = initiative_create(actor=world.member, key_results=[kr, other], title="Both")
    comment_create(author=world.lead, target=both, body="Once")
    assert [item.excerpt for item in comment_activity(world.member)] == ["Once"]

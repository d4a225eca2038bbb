"""Feedback and kudos in recent activity and the weekly digest: that they happened, not answers."""

from __future__ import annotations

from datetime import date, timedelta

from cairn.feedback.activity import feedback_activity, with_feedback
from cairn.feedback.feedback_requests import feedback_answer, feedback_request_create
from cairn.feedback.kudos import kudos_give
from cairn.notifications.delivery import deliveries_send_due
from cairn.notifications.digests import digest_for, digests_send
from cairn.notifications.kinds import Kind
from cairn.notifications.models import Notification
from cairn.okrs.selectors import recent_activity
from tests.feedback.conftest import XSS
from tests.notifications.conftest import at, later, parts

MONDAY_8_UTC = "2026-03-30 08:00"


def test_recent_activity_shows_kudos_and_requests_without_answers(world, kr):
    request = feedback_request_create(
        requester=world.lead, objective=world.objective, key_result=kr, people=[world.admin]
    )
    feedback_answer(
        respondent=world.admin,
        answer=request.answers.get(),
        going_well="Secret praise",
        to_change="",
        suggestion="",
    )
    kudos_give(giver=world.lead, person=world.member, message="Thanks", key_result=kr)
    items = with_feedback(recent_activity(world.member), world.member)
    assert {type(i.kudos).__name__ for i in items if i.kudos} == {"Kudos"}
    assert [i.feedback_request.pk for i in items if i.feedback_request] == [request.pk]
    assert all("Secret praise" not in repr(vars(i)) for i in items)
    assert feedback_activity(world.viewer) == []


def test_my_week_lists_them(world, kr, client_for):
    feedback_request_create(
        requester=world.lead, objective=world.objective, key_result=kr, people=[world.admin]
    )
    kudos_give(giver=world.lead, person=world.member, message="Thanks", key_result=kr)
    page = client_for(world.member).get("/").content.decode()
    assert f"<strong>{world.lead.name}</strong> asked for feedback" in page
    assert (
        f"<strong>{world.lead.name}</strong> thanked {world.member.name} for “{kr.title}”" in page
    )


def _digest_world(world):
    world.cycle.start, world.cycle.end = date(2026, 2, 1), date(2026, 4, 30)
    world.cycle.save()


def test_the_digest_holds_kudos_and_feedback_and_escapes_them(world, kr, smtp, settings):
    _digest_world(world)
    moment = at(MONDAY_8_UTC)
    kudos_give(giver=world.lead, person=world.member, message=XSS, now=moment - timedelta(days=1))
    kudos_give(giver=world.lead, person=world.member, message="old", now=moment - timedelta(days=9))
    feedback_request_create(
        requester=world.member,
        objective=world.objective,
        people=[world.lead],
        now=moment - timedelta(days=2),
    )
    feedback_request_create(
        requester=world.lead, objective=world.objective, people=[world.member], now=moment
    )
    part = digest_for(world.member, moment).recognition
    assert [k["message"] for k in part["kudos"]] == [XSS]
    assert len(part["feedback_asked"]) == 2 and part["feedback_waiting"] == 1

    digests_send(now=moment)
    deliveries_send_due(now=later(moment))
    note = Notification.objects.get(kind=Kind.DIGEST_WEEKLY, recipient=world.member)
    assert "Feedback waiting for your answer: 1" in note.body
    (message,) = [m for m in smtp.messages if m["To"] == "member@acme.test"]
    text, html = parts(message)
    assert "Kudos this week" in html and "<script>" not in html and "&lt;script&gt;" in html
    assert "1 feedback request waits for your answer" in html
    assert XSS in text

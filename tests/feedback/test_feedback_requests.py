"""Peer feedback services: who may ask and answer, anonymity, the audit log, reminders."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from cairn.audit.models import AuditEvent
from cairn.feedback.feedback_requests import (
    feedback_answer,
    feedback_decline,
    feedback_request_create,
)
from cairn.feedback.feedback_requests_notices import feedback_reminders_send
from cairn.feedback.models import AnswerStatus, FeedbackAnswer
from cairn.notifications.kinds import Kind
from cairn.notifications.models import Notification
from cairn.okrs.models import Visibility
from cairn.organisations.models import Role
from tests.factories import ObjectiveFactory, PersonFactory
from tests.notifications.conftest import at


def ask(world, kr=None, people=None, **kwargs):
    return feedback_request_create(
        requester=world.member,
        objective=world.objective,
        key_result=kr,
        people=people if people is not None else [world.lead, world.admin],
        **kwargs,
    )


def answer_of(request, person) -> FeedbackAnswer:
    return request.answers.get(respondent=person)


def test_the_owner_asks_and_each_person_asked_is_told(world, kr, committed):
    with committed():
        request = ask(world, kr, message="Is 4 hours the right target?")
    assert sorted(request.answers.values_list("respondent_id", flat=True)) == sorted(
        [world.lead.pk, world.admin.pk]
    )
    told = Notification.objects.filter(kind=Kind.FEEDBACK_REQUESTED)
    assert sorted(told.values_list("recipient_id", flat=True)) == sorted(
        [world.lead.pk, world.admin.pk]
    )
    assert "Cut first-reply time" in told.first().title


@pytest.mark.parametrize(
    ("persona", "allowed"),
    [("admin", True), ("lead", True), ("member", True), ("viewer", False)],
)
def test_who_may_ask_about_the_objective(world, persona, allowed):
    asker = getattr(world, persona)
    people = [world.admin if asker != world.admin else world.lead]
    if allowed:
        feedback_request_create(requester=asker, objective=world.objective, people=people)
    else:
        with pytest.raises(PermissionDenied):
            feedback_request_create(requester=asker, objective=world.objective, people=people)


def test_a_colleague_who_does_not_answer_for_the_goal_may_not_ask(world):
    colleague = PersonFactory(organisation=world.organisation)
    with pytest.raises(PermissionDenied):
        feedback_request_create(requester=colleague, objective=world.objective, people=[world.lead])


def test_a_contributor_may_ask_about_their_key_result(world, kr):
    colleague = PersonFactory(organisation=world.organisation)
    kr.contributors.add(colleague)
    request = feedback_request_create(
        requester=colleague, objective=world.objective, key_result=kr, people=[world.member]
    )
    assert request.key_result == kr


def test_another_organisations_objective_is_not_found(world):
    with pytest.raises(Http404):
        feedback_request_create(
            requester=world.outsider, objective=world.objective, people=[world.member]
        )


def test_who_may_be_asked(world):
    with pytest.raises(ValidationError, match="viewers only read"):
        ask(world, people=[world.viewer])
    with pytest.raises(ValidationError, match="your organisation"):
        ask(world, people=[world.outsider])
    with pytest.raises(ValidationError, match="not yourself"):
        ask(world, people=[world.member])
    private = ObjectiveFactory(
        cycle=world.cycle, owner=world.member, visibility=Visibility.PRIVATE, title="Secret"
    )
    with pytest.raises(ValidationError, match="cannot see"):
        feedback_request_create(requester=world.member, objective=private, people=[world.lead])
    assert not FeedbackAnswer.objects.exists()


def test_a_key_result_of_another_objective_is_refused(world, kr):
    other = ObjectiveFactory(cycle=world.cycle, owner=world.member, team=world.team)
    with pytest.raises(ValidationError):
        feedback_request_create(
            requester=world.member, objective=other, key_result=kr, people=[world.lead]
        )


def test_answering_tells_the_requester_and_is_audited_with_the_real_person(world, kr, committed):
    request = ask(world, kr, anonymous=True)
    with committed():
        feedback_answer(
            respondent=world.lead,
            answer=answer_of(request, world.lead),
            going_well="Fast replies",
            to_change="",
            suggestion="Add macros",
        )
    told = Notification.objects.get(kind=Kind.FEEDBACK_ANSWERED, recipient=world.member)
    assert world.lead.name not in told.title and told.title.startswith("Someone")
    event = AuditEvent.objects.get(action="feedback_answered")
    assert event.actor_id == world.lead.pk and event.object_id == request.pk


def test_a_named_answer_names_the_person_to_the_requester(world, kr, committed):
    request = ask(world, kr)
    with committed():
        feedback_answer(
            respondent=world.lead,
            answer=answer_of(request, world.lead),
            going_well="Good",
            to_change="",
            suggestion="",
        )
    told = Notification.objects.get(kind=Kind.FEEDBACK_ANSWERED)
    assert told.title.startswith(world.lead.name)


def test_an_answer_needs_one_prompt_and_is_given_once(world, kr):
    request = ask(world, kr)
    row = answer_of(request, world.lead)
    with pytest.raises(ValidationError, match="at least one"):
        feedback_answer(
            respondent=world.lead, answer=row, going_well=" ", to_change="", suggestion=""
        )
    feedback_decline(respondent=world.lead, answer=row)
    with pytest.raises(ValidationError, match="already"):
        feedback_answer(
            respondent=world.lead, answer=row, going_well="x", to_change="", suggestion=""
        )
    assert AuditEvent.objects.filter(action="feedback_declined", actor_id=world.lead.pk).exists()


def test_only_the_person_asked_answers(world, kr):
    request = ask(world, kr)
    with pytest.raises(Http404):
        feedback_answer(
            respondent=world.admin,
            answer=answer_of(request, world.lead),
            going_well="x",
            to_change="",
            suggestion="",
        )


def test_a_person_made_viewer_can_no_longer_answer(world, kr):
    request = ask(world, kr)
    world.lead.role = Role.VIEWER
    world.lead.save()
    with pytest.raises(PermissionDenied):
        feedback_decline(respondent=world.lead, answer=answer_of(request, world.lead))


def test_an_anonymous_request_asks_at_least_two_people(world, kr):
    with pytest.raises(ValidationError, match="at least two"):
        ask(world, kr, people=[world.lead], anonymous=True)
    assert ask(world, kr, people=[world.lead, world.admin], anonymous=True).anonymous


def test_text_is_limited_and_nul_is_refused(world, kr):
    with pytest.raises(ValidationError):
        ask(world, kr, message="x" * 1001)
    request = ask(world, kr)
    with pytest.raises(ValidationError):
        feedback_answer(
            respondent=world.lead,
            answer=answer_of(request, world.lead),
            going_well="a\x00b",
            to_change="",
            suggestion="",
        )


class TestReminders:
    def test_sent_after_n_days_not_repeated_and_stopped_by_an_answer(self, world, kr, settings):
        settings.CAIRN_FEEDBACK_REMINDER_DAYS = 3
        start = at("2026-03-02 09:00")
        request = ask(world, kr, now=start)
        reminders = Notification.objects.filter(kind=Kind.FEEDBACK_REMINDER)

        assert feedback_reminders_send(now=start + timedelta(days=2, hours=23)) == 0
        assert feedback_reminders_send(now=start + timedelta(days=3)) == 2
        assert feedback_reminders_send(now=start + timedelta(days=3, minutes=15)) == 0
        assert feedback_reminders_send(now=start + timedelta(days=5)) == 0
        assert reminders.count() == 2

        feedback_answer(
            respondent=world.lead,
            answer=answer_of(request, world.lead),
            going_well="ok",
            to_change="",
            suggestion="",
        )
        feedback_decline(respondent=world.admin, answer=answer_of(request, world.admin))
        assert feedback_reminders_send(now=start + timedelta(days=30)) == 0
        assert reminders.count() == 2

    def test_repeat_every_n_days_while_waiting(self, world, kr, settings):
        settings.CAIRN_FEEDBACK_REMINDER_DAYS = 2
        start = at("2026-03-02 09:00")
        request = ask(world, kr, people=[world.lead], now=start)
        for day in (2, 4, 6):
            assert feedback_reminders_send(now=start + timedelta(days=day)) == 1
        row = answer_of(request, world.lead)
        assert row.reminders == 3 and row.status == AnswerStatus.PENDING
        keys = Notification.objects.filter(kind=Kind.FEEDBACK_REMINDER).values_list(
            "dedupe_key", flat=True
        )
        assert sorted(keys) == [f"feedback.reminder:{row.pk}:{n}" for n in (1, 2, 3)]

    def test_the_sweep_sends_them_once_per_slot(self, world, kr, settings):
        from cairn.notifications.schedule import sweep_run

        settings.CAIRN_FEEDBACK_REMINDER_DAYS = 1
        start = at("2026-03-02 09:00")
        ask(world, kr, people=[world.lead], now=start)
        later = start + timedelta(days=1, minutes=1)
        assert sweep_run(now=later).feedback_reminders == 1
        assert sweep_run(now=later).ran is False
        assert Notification.objects.filter(kind=Kind.FEEDBACK_REMINDER).count() == 1

    def test_a_deactivated_person_is_not_reminded(self, world, kr, settings):
        start = at("2026-03-02 09:00")
        ask(world, kr, people=[world.lead], now=start)
        world.lead.is_active = False
        world.lead.save()
        assert feedback_reminders_send(now=start + timedelta(days=30)) == 0


def test_the_request_email_escapes_what_people_wrote(world, kr, smtp, settings, committed):
    from django.utils import timezone

    from cairn.notifications.delivery import deliveries_send_due

    settings.CAIRN_NOTIFY_BATCH_SECONDS = 0
    xss = '<script>alert("x")</script>'
    world.member.user.first_name = xss
    world.member.user.save()
    kr.title = f"KR {xss}"
    kr.save()
    with committed():
        ask(world, kr, people=[world.lead], message=f"Q {xss}")
    deliveries_send_due(now=timezone.now() + timedelta(minutes=5))
    assert smtp.messages
    message = smtp.messages[-1]
    html = message.get_body(("html",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert xss in message.get_body(("plain",)).get_content()  # plain text is not HTML

"""Kudos services: who thanks whom, linked items, notices, and the key result reaching its target."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from cairn.feedback.kudos import kudos_give
from cairn.feedback.kudos_selectors import received_counts, recognitions, rows_for
from cairn.feedback.models import KeyResultReached, Kudos
from cairn.notifications.kinds import Kind
from cairn.notifications.models import Notification
from cairn.okrs.models import Visibility
from cairn.okrs.services import check_in_record, key_result_create
from tests.factories import MembershipFactory, ObjectiveFactory, PersonFactory


def test_a_member_thanks_a_colleague_who_is_told(world, kr, committed):
    with committed():
        kudos = kudos_give(
            giver=world.lead, person=world.member, message="Great week", key_result=kr
        )
    told = Notification.objects.get(kind=Kind.KUDOS_RECEIVED)
    assert told.recipient == world.member and kr.title in told.title
    assert received_counts(world.member) == {"received": 1, "given": 0}
    assert received_counts(world.lead) == {"received": 0, "given": 1}
    assert kudos.key_result == kr


def test_thanking_a_team_tells_its_members_but_not_the_giver(world, committed):
    with committed():
        kudos_give(giver=world.lead, team=world.team, message="Thank you all")
    assert list(
        Notification.objects.filter(kind=Kind.KUDOS_RECEIVED).values_list("recipient_id", flat=True)
    ) == [world.member.pk]


def test_a_check_in_gives_its_key_result(world, kr):
    check_in = check_in_record(key_result=kr, author=world.member, value=10)
    kudos = kudos_give(giver=world.lead, person=world.member, message="x", check_in=check_in)
    assert kudos.key_result == kr


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"person": None, "team": None}, "person"),
        ({"person": "member", "team": "team"}, "person"),
        ({"person": "lead"}, "person"),
        ({"person": "outsider"}, "person"),
    ],
)
def test_one_recipient_in_the_organisation_not_oneself(world, kwargs, field):
    resolved = {k: getattr(world, v) if v else None for k, v in kwargs.items()}
    with pytest.raises(ValidationError) as error:
        kudos_give(giver=world.lead, message="x", **resolved)
    assert field in error.value.message_dict


def test_viewers_do_not_give_kudos_and_messages_are_required(world):
    with pytest.raises(PermissionDenied):
        kudos_give(giver=world.viewer, person=world.member, message="x")
    with pytest.raises(ValidationError):
        kudos_give(giver=world.lead, person=world.member, message="   ")
    with pytest.raises(ValidationError):
        kudos_give(giver=world.lead, person=world.member, message="x" * 501)
    assert not Kudos.objects.exists()


def test_a_key_result_the_giver_cannot_see_is_refused(world):
    private = ObjectiveFactory(
        cycle=world.cycle, owner=world.member, visibility=Visibility.PRIVATE, title="Secret"
    )
    secret = key_result_create(
        actor=world.member, objective=private, title="Secret KR", start=0, target=10
    )
    with pytest.raises(ValidationError):
        kudos_give(giver=world.lead, person=world.member, message="x", key_result=secret)


def test_the_wall_hides_what_a_reader_cannot_see(world):
    private = ObjectiveFactory(
        cycle=world.cycle, owner=world.member, visibility=Visibility.PRIVATE, title="Secret"
    )
    secret = key_result_create(
        actor=world.member, objective=private, title="Secret KR", start=0, target=10
    )
    from cairn.okrs.services import initiative_create

    kudos = kudos_give(giver=world.admin, person=world.member, message="x", key_result=secret)
    initiative = initiative_create(actor=world.member, key_results=[secret], title="Hidden work")
    for_work = kudos_give(
        giver=world.admin, person=world.member, message="y", initiative=initiative
    )
    admin_rows = rows_for(world.admin, [kudos, for_work])
    assert admin_rows[0].key_result == secret and admin_rows[1].initiative_title == "Hidden work"
    lead_rows = rows_for(world.lead, [kudos, for_work])
    assert lead_rows[0].key_result is None and lead_rows[1].initiative_title == ""


class TestReachingTheTarget:
    def test_the_check_in_service_notes_it_and_pages_suggest_recognition(self, world, kr):
        helper = PersonFactory(organisation=world.organisation)
        MembershipFactory(team=world.team, person=helper)
        kr.contributors.add(helper)
        check_in_record(key_result=kr, author=world.member, value=10)
        assert not KeyResultReached.objects.exists()
        check_in_record(key_result=kr, author=world.member, value=4)
        assert KeyResultReached.objects.filter(key_result=kr).exists()
        [item] = recognitions(world.lead, world.objective)
        assert {p.pk for p in item.people} == {world.member.pk, helper.pk}
        assert not item.thanked
        kudos_give(giver=world.lead, person=world.member, message="Done!", key_result=kr)
        assert recognitions(world.lead, world.objective)[0].thanked

    def test_falling_back_below_the_target_forgets_it(self, world, kr):
        check_in_record(key_result=kr, author=world.member, value=3)
        check_in_record(key_result=kr, author=world.member, value=8)
        assert not KeyResultReached.objects.exists()
        assert recognitions(world.lead, world.objective) == []


def test_the_personal_data_export_holds_feedback_and_kudos(world, kr):
    from cairn.feedback.feedback_requests import feedback_answer, feedback_request_create
    from cairn.organisations.personal_data import personal_data_export

    request = feedback_request_create(
        requester=world.member,
        objective=world.objective,
        people=[world.lead, world.admin],
        anonymous=True,
    )
    feedback_answer(
        respondent=world.lead,
        answer=request.answers.get(respondent=world.lead),
        going_well="Kind words",
        to_change="",
        suggestion="",
    )
    kudos_give(giver=world.lead, person=world.member, message="Thanks")
    lead = personal_data_export(person=world.lead, actor=world.lead)
    assert lead["feedback_given"][0]["going_well"] == "Kind words"
    assert lead["kudos_given"][0]["message"] == "Thanks"
    member = personal_data_export(person=world.member, actor=world.member)
    assert member["feedback_requested"][0]["anonymous"] is True
    assert member["feedback_given"] == [] and member["kudos_received"][0]["message"] == "Thanks"
    assert "Kind words" not in repr(member)  # anonymous answers stay out of the requester's data

"""Feedback and kudos pages: permissions per role, other organisations, escaping, query counts."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cairn.feedback.feedback_requests import feedback_answer, feedback_request_create
from cairn.feedback.kudos import kudos_give
from cairn.feedback.models import AnswerStatus, FeedbackAnswer, FeedbackRequest, Kudos
from cairn.okrs.services import check_in_record
from tests.factories import ObjectiveFactory, PersonFactory, TeamFactory
from tests.feedback.conftest import XSS


def ask(world, kr=None, **kwargs):
    return feedback_request_create(
        requester=world.member,
        objective=world.objective,
        key_result=kr,
        people=kwargs.pop("people", [world.lead, world.admin]),
        **kwargs,
    )


def answered(world, kr, anonymous=False, text="Fast replies"):
    request = ask(world, kr, anonymous=anonymous)
    row = request.answers.get(respondent=world.lead)
    feedback_answer(
        respondent=world.lead, answer=row, going_well=text, to_change="Less", suggestion="More"
    )
    return request


@pytest.mark.parametrize(
    ("persona", "status"),
    [("admin", 200), ("lead", 200), ("member", 200), ("viewer", 403), ("outsider", 404)],
)
def test_who_opens_ask_for_feedback(world, kr, client_for, persona, status):
    url = reverse("feedback_ask", args=[world.objective.pk])
    assert client_for(getattr(world, persona)).get(url).status_code == status


def test_a_colleague_who_does_not_answer_for_it_is_refused(world, kr, client_for):
    colleague = PersonFactory(organisation=world.organisation)
    url = reverse("feedback_ask", args=[world.objective.pk])
    assert client_for(colleague).get(url).status_code == 403


def test_asking_sends_and_shows_the_request(world, kr, client_for):
    client = client_for(world.member)
    url = reverse("feedback_ask", args=[world.objective.pk])
    response = client.post(
        url,
        {"about": str(kr.pk), "people": [world.lead.pk], "message": "Right target?"},
    )
    request = FeedbackRequest.objects.get()
    assert response.status_code == 302 and response.url == reverse(
        "feedback_request", args=[request.pk]
    )
    assert request.key_result == kr and request.answers.get().respondent == world.lead


def test_bad_input_is_a_clear_error_and_nothing_is_lost(world, kr, client_for):
    client = client_for(world.member)
    url = reverse("feedback_ask", args=[world.objective.pk])
    response = client.post(url, {"about": "objective", "message": "Keep me"})
    assert response.status_code == 400
    assert b"Choose at least one person." in response.content and b"Keep me" in response.content
    response = client.post(url, {"about": "objective", "people": [world.viewer.pk]})
    assert response.status_code == 400  # viewers are not offered
    response = client.post(url, {"about": "objective", "people": ["x"], "message": "a\x00b"})
    assert response.status_code == 400
    assert not FeedbackRequest.objects.exists()


def test_people_are_chosen_by_typed_email_without_javascript(world, kr, client_for):
    url = reverse("feedback_ask", args=[world.objective.pk])
    data = {"about": "objective", "people": [world.lead.pk], "message": "Keep me"}
    response = client_for(world.member).post(
        url, {**data, "people_emails": f" {world.admin.user.email.upper()}, "}
    )
    assert response.status_code == 302
    asked = {a.respondent for a in FeedbackRequest.objects.get().answers.all()}
    assert asked == {world.lead, world.admin}


def test_an_unknown_or_outside_email_is_named_and_the_chosen_chips_stay(world, kr, client_for):
    url = reverse("feedback_ask", args=[world.objective.pk])
    typed = f"nobody@acme.test, {world.outsider.user.email}"
    response = client_for(world.member).post(
        url,
        {
            "about": "objective",
            "people": [world.lead.pk],
            "people_emails": typed,
            "message": "Keep",
        },
    )
    page = response.content.decode()
    assert response.status_code == 400 and not FeedbackRequest.objects.exists()
    assert f"nobody@acme.test, {world.outsider.user.email}" in page  # named in the error
    assert f'name="people" value="{world.lead.pk}"' in page and world.lead.name in page
    assert "Keep" in page


def test_the_ask_page_does_not_list_the_organisation(world, kr, client_for):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(world.member)
    url = reverse("feedback_ask", args=[world.objective.pk])
    with CaptureQueriesContext(connection) as before:
        small = client.get(url).content
    PersonFactory.create_batch(30, organisation=world.organisation)
    with CaptureQueriesContext(connection) as after:
        large = client.get(url).content
    assert len(after) == len(before) and len(large) == len(small)
    assert world.lead.name.encode() not in large


def test_the_ask_form_refuses_someone_who_cannot_see_a_team_objective(world, client_for):
    from cairn.okrs.models import Visibility

    objective = ObjectiveFactory(
        cycle=world.cycle, owner=world.member, team=world.team, visibility=Visibility.TEAM
    )
    stranger = PersonFactory(organisation=world.organisation)
    response = client_for(world.member).post(
        reverse("feedback_ask", args=[objective.pk]),
        {"about": "objective", "people": [stranger.pk]},
    )
    assert response.status_code == 400 and b"cannot see this objective" in response.content


class TestAnswers:
    def test_the_respondent_answers_and_others_get_404(self, world, kr, client_for):
        request = ask(world, kr)
        row = request.answers.get(respondent=world.lead)
        url = reverse("feedback_answer", args=[row.pk])
        assert client_for(world.admin).get(url).status_code == 404
        assert client_for(world.member).get(url).status_code == 404
        assert client_for(world.outsider).get(url).status_code == 404
        client = client_for(world.lead)
        assert client.get(url).status_code == 200
        response = client.post(url, {"going_well": "Quick", "to_change": "", "suggestion": ""})
        assert response.status_code == 302
        row.refresh_from_db()
        assert row.status == AnswerStatus.ANSWERED and row.going_well == "Quick"
        assert b"Quick" in client.get(url).content  # the own answer stays readable

    def test_an_empty_answer_is_refused_and_decline_works(self, world, kr, client_for):
        request = ask(world, kr)
        row = request.answers.get(respondent=world.lead)
        client = client_for(world.lead)
        response = client.post(reverse("feedback_answer", args=[row.pk]), {"going_well": ""})
        assert response.status_code == 400 and b"at least one" in response.content
        response = client.post(reverse("feedback_decline", args=[row.pk]))
        assert response.status_code == 302
        assert FeedbackAnswer.objects.get(pk=row.pk).status == AnswerStatus.DECLINED
        response = client.post(reverse("feedback_decline", args=[row.pk]), follow=True)
        assert b"already answered or declined" in response.content

    @pytest.mark.parametrize(
        ("persona", "status"),
        [("admin", 200), ("lead", 403), ("member", 200), ("viewer", 403), ("outsider", 404)],
    )
    def test_who_reads_a_requests_answers(self, world, kr, client_for, persona, status):
        request = answered(world, kr)
        url = reverse("feedback_request", args=[request.pk])
        assert client_for(getattr(world, persona)).get(url).status_code == status

    def test_anonymous_to_the_requester_never_to_admins(self, world, kr, client_for):
        lead_name = world.lead.name.encode()
        request = answered(world, kr, anonymous=True)
        url = reverse("feedback_request", args=[request.pk])
        mine = client_for(world.member).get(url).content
        assert b"Fast replies" in mine and lead_name not in mine
        assert b"anonymous" in mine
        admins = client_for(world.admin).get(url).content
        assert b"Fast replies" in admins and lead_name in admins

    def test_named_answers_show_who(self, world, kr, client_for):
        request = answered(world, kr)
        page = client_for(world.member).get(reverse("feedback_request", args=[request.pk]))
        assert world.lead.name.encode() in page.content


def test_the_feedback_list_shows_both_sides(world, kr, client_for):
    ask(world, kr, people=[world.lead], message="About the target")
    page = client_for(world.lead).get(reverse("feedback_inbox")).content
    assert b"About the target" in page and b"Answer" in page
    mine = client_for(world.member).get(reverse("feedback_inbox")).content
    assert b"1 asked" in mine


@pytest.mark.parametrize("persona", ["admin", "lead", "member", "viewer"])
def test_everyone_in_the_organisation_reads_the_walls(world, client_for, persona):
    kudos_give(giver=world.lead, team=world.team, message="Thanks team")
    client = client_for(getattr(world, persona))
    assert b"Thanks team" in client.get(reverse("kudos_wall")).content
    assert b"Thanks team" in client.get(reverse("team_kudos", args=[world.team.pk])).content
    give = client.get(reverse("kudos_give"))
    assert give.status_code == (403 if persona == "viewer" else 200)


def test_other_organisations_get_404(world, client_for):
    kudos_give(giver=world.lead, team=world.team, message="Thanks team")
    outsider = client_for(world.outsider)
    assert outsider.get(reverse("team_kudos", args=[world.team.pk])).status_code == 404
    assert outsider.get(reverse("kudos_wall") + f"?person={world.member.pk}").status_code == 404
    assert b"Thanks team" not in outsider.get(reverse("kudos_wall")).content
    assert outsider.get(reverse("feedback_ask", args=[world.objective.pk])).status_code == 404
    response = outsider.post(
        reverse("kudos_give"), {"recipient": f"person:{world.member.pk}", "message": "x"}
    )
    assert response.status_code == 400 and Kudos.objects.count() == 1


def test_kudos_go_to_a_team_or_a_person_typed_without_javascript(world, client_for):
    client = client_for(world.lead)
    url = reverse("kudos_give")
    team_name = f"  {world.team.name.upper()} "
    response = client.post(url, {"recipient_emails": team_name, "message": "Thanks, team"})
    assert response.status_code == 302 and Kudos.objects.get().team == world.team
    response = client.post(url, {"recipient_emails": world.member.user.email, "message": "You"})
    assert response.status_code == 302 and Kudos.objects.latest("pk").person == world.member


def test_kudos_name_one_known_recipient_and_keep_the_message(world, client_for):
    client = client_for(world.lead)
    url = reverse("kudos_give")
    for data, error in (
        ({"recipient_emails": "no-such-team"}, "Nobody here can be chosen as no-such-team."),
        ({"recipient_emails": world.outsider.user.email}, "Nobody here can be chosen"),
        ({"recipient": [f"person:{world.member.pk}", f"team:{world.team.pk}"]}, "Choose one"),
        ({"recipient": "team:x"}, "Choose people from the list."),
        ({"recipient": f"person:{world.outsider.pk}"}, "Choose people from the list."),
        ({}, "Choose a person or a team."),
    ):
        response = client.post(url, {**data, "message": "Keep this"})
        page = response.content.decode()
        assert response.status_code == 400, data
        assert error in page and "Keep this" in page, (data, error)
    assert not Kudos.objects.exists()


def test_the_kudos_page_does_not_list_the_organisation(world, client_for):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(world.lead)
    with CaptureQueriesContext(connection) as before:
        small = client.get(reverse("kudos_give")).content
    PersonFactory.create_batch(30, organisation=world.organisation)
    with CaptureQueriesContext(connection) as after:
        large = client.get(reverse("kudos_give")).content
    assert len(after) == len(before) and len(large) == len(small)
    assert world.member.name.encode() not in large


def test_giving_kudos_for_a_reached_key_result(world, kr, client_for):
    check_in_record(key_result=kr, author=world.member, value=4)
    client = client_for(world.lead)
    page = client.get(reverse("objective", args=[world.objective.pk])).content
    assert b"reached its target" in page and b"Thank " in page
    url = reverse("kudos_give") + f"?person={world.member.pk}&key_result={kr.pk}"
    form = client.get(url)
    chip = f'<input type="hidden" name="recipient" value="person:{world.member.pk}">'
    assert chip.encode() in form.content and kr.title.encode() in form.content
    response = client.post(
        url,
        {"recipient": f"person:{world.member.pk}", "message": "You did it", "key_result": kr.pk},
    )
    assert response.status_code == 302
    assert Kudos.objects.get().key_result == kr
    page = client.get(reverse("objective", args=[world.objective.pk])).content
    assert b"You thanked the people behind it" in page


def test_counts_on_person_and_team_pages(world, client_for):
    kudos_give(giver=world.lead, person=world.member, message="One")
    kudos_give(giver=world.admin, team=world.team, message="Two")
    client = client_for(world.admin)
    person = client.get(reverse("person", args=[world.member.pk])).content
    assert b"1 kudos received" in person
    team = client.get(reverse("team", args=[world.team.pk])).content
    assert b"1 kudos for this team" in team and b"Two" in team


def test_every_field_is_escaped_on_every_page(world, kr, client_for):
    world.member.user.first_name = XSS
    world.member.user.save()
    world.team.name = f"Team {XSS}"
    world.team.save()
    kr.title = f"KR {XSS}"
    kr.save()
    request = ask(world, kr, message=f"Msg {XSS}", people=[world.lead])
    row = request.answers.get()
    feedback_answer(
        respondent=world.lead, answer=row, going_well=XSS, to_change=XSS, suggestion=XSS
    )
    kudos_give(giver=world.lead, person=world.member, message=XSS, key_result=kr)
    kudos_give(giver=world.member, team=world.team, message=XSS)
    check_in_record(key_result=kr, author=world.member, value=4)
    pages = [
        (world.member, reverse("feedback_request", args=[request.pk])),
        (world.member, reverse("feedback_inbox")),
        (world.lead, reverse("feedback_inbox")),
        (world.lead, reverse("feedback_answer", args=[row.pk])),
        (world.lead, reverse("kudos_wall")),
        (world.lead, reverse("team_kudos", args=[world.team.pk])),
        (world.lead, reverse("kudos_wall") + f"?person={world.member.pk}"),
        (world.lead, reverse("kudos_give") + f"?key_result={kr.pk}"),
        (world.lead, reverse("objective", args=[world.objective.pk])),
        (world.lead, reverse("team", args=[world.team.pk])),
        (world.lead, reverse("person", args=[world.member.pk])),
        (world.member, reverse("home")),
        (world.member, reverse("feedback_ask", args=[world.objective.pk])),
    ]
    for person, url in pages:
        content = client_for(person).get(url).content
        assert b"<script>alert" not in content, url
        assert b"<img src=x" not in content, url


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def _more_kudos(world, kr, n: int) -> None:
    for i in range(n):
        colleague = PersonFactory(organisation=world.organisation)
        kudos_give(giver=colleague, person=world.member, message=f"k{i}", key_result=kr)
        team = TeamFactory(organisation=world.organisation)
        kudos_give(giver=colleague, team=team, message=f"t{i}")
        kudos_give(giver=colleague, team=world.team, message=f"w{i}")


def test_query_counts_do_not_grow_with_kudos(world, kr, client_for):
    client = client_for(world.lead)
    urls = [
        reverse("kudos_wall"),
        reverse("team_kudos", args=[world.team.pk]),
        reverse("kudos_wall") + f"?person={world.member.pk}",
        reverse("team", args=[world.team.pk]),
        reverse("person", args=[world.member.pk]),
    ]
    _more_kudos(world, kr, 2)
    before = [_queries(client, url) for url in urls]
    _more_kudos(world, kr, 8)
    assert [_queries(client, url) for url in urls] == before


def test_query_counts_do_not_grow_with_feedback(world, kr, client_for):
    def more(n: int) -> FeedbackRequest:
        last = None
        for _ in range(n):
            colleague = PersonFactory(organisation=world.organisation)
            last = ask(world, kr, people=[world.lead, colleague], anonymous=True)
            for row in last.answers.all():
                feedback_answer(
                    respondent=row.respondent,
                    answer=row,
                    going_well="g",
                    to_change="",
                    suggestion="",
                )
        assert last is not None
        return last

    first = more(2)
    lead, member, admin = client_for(world.lead), client_for(world.member), client_for(world.admin)
    urls = [
        (lead, reverse("feedback_inbox")),
        (member, reverse("feedback_inbox")),
        (member, reverse("home")),
    ]
    before = [_queries(c, u) for c, u in urls]
    detail = _queries(admin, reverse("feedback_request", args=[first.pk]))
    more(8)
    assert [_queries(c, u) for c, u in urls] == before
    assert _queries(admin, reverse("feedback_request", args=[first.pk])) == detail


def test_the_objective_page_does_not_grow_with_reached_key_results_or_kudos(world, kr, client_for):
    from cairn.okrs.models import Visibility
    from cairn.okrs.services import key_result_create

    world.objective.visibility = Visibility.TEAM
    world.objective.save()
    helper = PersonFactory(organisation=world.organisation)
    key_results = [kr] + [
        key_result_create(
            actor=world.member, objective=world.objective, title=f"KR {i}", start=0, target=10
        )
        for i in range(4)
    ]
    for other in key_results:
        other.contributors.add(helper)
    url = reverse("objective", args=[world.objective.pk])
    client = client_for(world.lead)
    check_in_record(key_result=kr, author=world.member, value=4)
    kudos_give(giver=world.lead, person=world.member, message="x", key_result=kr)
    before = _queries(client, url)
    for other in key_results[1:]:
        check_in_record(key_result=other, author=world.member, value=10)
        kudos_give(giver=world.lead, person=world.member, message="y", key_result=other)
        ask(world, other, people=[world.lead])
    page = client.get(url).content
    assert page.count(b"reached its target") == 5
    assert _queries(client, url) == before


def test_kudos_for_a_done_initiative(world, kr, client_for):
    from cairn.okrs.services import initiative_create

    initiative = initiative_create(actor=world.member, key_results=[kr], title="Write macros")
    initiative.status = "done"
    initiative.save()
    client = client_for(world.lead)
    page = client.get(reverse("initiative", args=[initiative.pk])).content
    assert b"Give kudos for it" in page
    url = reverse("kudos_give") + f"?initiative={initiative.pk}&person={world.member.pk}"
    assert b"Write macros" in client.get(url).content
    response = client.post(
        url,
        {
            "recipient": f"person:{world.member.pk}",
            "message": "Macros!",
            "initiative": initiative.pk,
        },
    )
    assert response.status_code == 302
    assert Kudos.objects.get().initiative == initiative
    assert b"Write macros" in client.get(reverse("kudos_wall")).content
    outsider = client_for(world.outsider)
    assert outsider.get(reverse("kudos_give") + f"?initiative={initiative.pk}").status_code == 404

"""Feedback requests and kudos through the API: roles, anonymity, other organisations, queries."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cairn.feedback.feedback_requests import feedback_request_create
from cairn.feedback.kudos import kudos_give
from cairn.feedback.models import AnswerStatus, FeedbackAnswer, Kudos
from cairn.okrs.services import check_in_record
from tests.api.conftest import client_for, problem_fields
from tests.factories import PersonFactory


def ask_body(world, kr, **extra) -> dict:
    return {
        "objective": world.objective.pk,
        "key_result": kr.pk,
        "people": [world.lead.pk],
        "message": "Right target?",
        **extra,
    }


def test_the_owner_asks_the_person_answers_and_the_owner_reads_it(world, kr, api):
    created = api["member"].post("/api/v1/feedback-requests", ask_body(world, kr))
    assert created.status_code == 201, created.content
    request_id = created.json()["id"]
    asked = api["lead"].get("/api/v1/feedback-requests/asked-of-me").json()["items"]
    assert [a["request"]["id"] for a in asked] == [request_id]
    answer_id = asked[0]["id"]
    response = api["lead"].post(
        f"/api/v1/feedback-answers/{answer_id}/answer",
        {"going_well": "Quick", "to_change": "", "suggestion": "Macros"},
    )
    assert response.status_code == 200 and response.json()["status"] == "answered"
    detail = api["member"].get(f"/api/v1/feedback-requests/{request_id}").json()
    assert detail["answers"][0]["going_well"] == "Quick"
    assert detail["answers"][0]["respondent"] == world.lead.pk
    mine = api["member"].get("/api/v1/feedback-requests").json()["items"]
    assert mine[0]["answered"] == 1 and mine[0]["asked"] == 1


def test_anonymous_answers_hide_the_person_from_the_requester_not_admins(world, kr, api):
    alone = api["member"].post("/api/v1/feedback-requests", ask_body(world, kr, anonymous=True))
    assert problem_fields(alone) == ["anonymous"]
    created = (
        api["member"]
        .post(
            "/api/v1/feedback-requests",
            ask_body(world, kr, anonymous=True, people=[world.lead.pk, world.admin.pk]),
        )
        .json()
    )
    answer = FeedbackAnswer.objects.get(request_id=created["id"], respondent=world.lead)
    api["lead"].post(f"/api/v1/feedback-answers/{answer.pk}/answer", {"going_well": "x"})
    url = f"/api/v1/feedback-requests/{created['id']}"
    assert api["member"].get(url).json()["answers"][0]["respondent"] is None
    assert api["admin"].get(url).json()["answers"][0]["respondent"] == world.lead.pk
    assert api["lead"].get(url).status_code == 403
    assert api["outsider"].get(url).status_code == 404


def test_declining_and_other_peoples_answers(world, kr, api):
    request = feedback_request_create(
        requester=world.member, objective=world.objective, people=[world.lead]
    )
    answer = request.answers.get()
    assert api["admin"].post(f"/api/v1/feedback-answers/{answer.pk}/decline").status_code == 404
    assert api["outsider"].post(f"/api/v1/feedback-answers/{answer.pk}/decline").status_code == 404
    response = api["lead"].post(f"/api/v1/feedback-answers/{answer.pk}/decline")
    assert response.json()["status"] == "declined"
    again = api["lead"].post(f"/api/v1/feedback-answers/{answer.pk}/answer", {"going_well": "x"})
    assert again.status_code == 422
    assert FeedbackAnswer.objects.get().status == AnswerStatus.DECLINED


@pytest.mark.parametrize(("persona", "status"), [("viewer", 403), ("outsider", 404)])
def test_viewers_and_outsiders_cannot_ask(world, kr, api, persona, status):
    response = api[persona].post("/api/v1/feedback-requests", ask_body(world, kr))
    assert response.status_code == status


def test_asking_input_is_validated(world, kr, api):
    response = api["member"].post("/api/v1/feedback-requests", ask_body(world, kr, people=[]))
    assert problem_fields(response) == ["people"]
    response = api["member"].post(
        "/api/v1/feedback-requests", ask_body(world, kr, people=[world.outsider.pk])
    )
    assert problem_fields(response) == ["people"]
    response = api["member"].post(
        "/api/v1/feedback-requests", ask_body(world, kr, message="a\x00b")
    )
    assert response.status_code in (400, 422)


def test_kudos_are_given_and_listed(world, kr, api):
    check_in = check_in_record(key_result=kr, author=world.member, value=4)
    response = api["lead"].post(
        "/api/v1/kudos", {"person": world.member.pk, "message": "Done!", "check_in": check_in.pk}
    )
    assert response.status_code == 201, response.content
    assert response.json()["key_result"] == kr.pk
    api["lead"].post("/api/v1/kudos", {"team": world.team.pk, "message": "Team!"})
    everything = api["viewer"].get("/api/v1/kudos").json()["items"]
    assert [k["message"] for k in everything] == ["Done!", "Team!"]
    team = api["member"].get("/api/v1/kudos", {"team": world.team.pk}).json()["items"]
    assert [k["message"] for k in team] == ["Team!"]
    person = api["member"].get("/api/v1/kudos", {"person": world.member.pk}).json()["items"]
    assert [k["message"] for k in person] == ["Done!"]
    assert api["outsider"].get("/api/v1/kudos").json()["items"] == []


def test_kudos_input_is_validated(world, api):
    assert (
        api["viewer"].post("/api/v1/kudos", {"person": world.member.pk, "message": "x"}).status_code
        == 403
    )
    response = api["outsider"].post("/api/v1/kudos", {"person": world.member.pk, "message": "x"})
    assert problem_fields(response) == ["person"]
    response = api["lead"].post("/api/v1/kudos", {"message": "x"})
    assert problem_fields(response) == ["person"]
    response = api["lead"].post("/api/v1/kudos", {"person": world.member.pk, "message": ""})
    assert problem_fields(response) == ["message"]
    assert not Kudos.objects.exists()


def test_the_lists_answer_in_a_fixed_number_of_queries(world, kr):
    def grow(n: int) -> None:
        for _ in range(n):
            colleague = PersonFactory(organisation=world.organisation)
            kudos_give(giver=colleague, person=world.member, message="x", key_result=kr)
            feedback_request_create(
                requester=world.member, objective=world.objective, people=[world.lead, colleague]
            )

    lead, member = client_for(world.lead), client_for(world.member)
    urls = [
        (member, "/api/v1/kudos"),
        (member, "/api/v1/feedback-requests"),
        (lead, "/api/v1/feedback-requests/asked-of-me"),
    ]

    def count() -> list[int]:
        counts = []
        for client, url in urls:
            with CaptureQueriesContext(connection) as captured:
                assert client.get(url).status_code == 200
            counts.append(len(captured))
        return counts

    grow(2)
    count()  # the first request of a token records when it was last used
    before = count()
    grow(6)
    assert count() == before

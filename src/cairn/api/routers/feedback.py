"""Peer feedback requests (ask, list, answer, decline) and kudos (give, list)."""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from cairn.api import selectors
from cairn.api.idempotency import idempotent
from cairn.api.pagination import ListParams, page_schema, paginate
from cairn.api.types import Bool, Id, IdParam, Input
from cairn.feedback import feedback_requests_selectors as feedback_selectors
from cairn.feedback import kudos_selectors
from cairn.feedback.feedback_requests import (
    MAX_PEOPLE,
    feedback_answer,
    feedback_decline,
    feedback_request_create,
)
from cairn.feedback.kudos import kudos_give
from cairn.feedback.models import MAX_KUDOS, MAX_MESSAGE, MAX_PROMPT, FeedbackAnswer
from cairn.okrs.models import CheckIn

router = Router(tags=["feedback and kudos"])


class FeedbackRequestIn(Input):
    objective: Id
    key_result: Id | None = Field(None, description="A key result of the objective, or null.")
    people: list[Id] = Field(..., min_length=1, max_length=MAX_PEOPLE)
    message: str = Field("", max_length=MAX_MESSAGE)
    anonymous: Bool = Field(False, description="Answers anonymous to the requester (not admins).")


class FeedbackRequestOut(Schema):
    id: int
    objective: int = Field(..., alias="objective_id")
    key_result: int | None = Field(None, alias="key_result_id")
    requester: int = Field(..., alias="requester_id")
    message: str
    anonymous: bool
    created_at: datetime


class FeedbackRequestSummary(FeedbackRequestOut):
    asked: int
    answered: int
    declined: int


class AnswerOut(Schema):
    """One answer as its requester (or an admin) reads it: no person when anonymous to them."""

    id: int
    respondent: int | None = None
    status: str
    going_well: str
    to_change: str
    suggestion: str


class FeedbackRequestDetail(FeedbackRequestOut):
    answers: list[AnswerOut]


class AskedOfMeOut(Schema):
    """A request asked of me, with my own answer."""

    id: int
    request: FeedbackRequestOut
    status: str
    going_well: str
    to_change: str
    suggestion: str
    answered_at: datetime | None


class AnswerIn(Input):
    going_well: str = Field("", max_length=MAX_PROMPT)
    to_change: str = Field("", max_length=MAX_PROMPT)
    suggestion: str = Field("", max_length=MAX_PROMPT)


class KudosIn(Input):
    person: Id | None = Field(None, description="Thank a person, or …")
    team: Id | None = Field(None, description="… a team (exactly one of the two).")
    message: str = Field(..., min_length=1, max_length=MAX_KUDOS)
    key_result: Id | None = None
    check_in: Id | None = None
    initiative: Id | None = None


class KudosOut(Schema):
    id: int
    giver: int | None = Field(None, alias="giver_id")
    person: int | None = Field(None, alias="person_id")
    team: int | None = Field(None, alias="team_id")
    message: str
    key_result: int | None = Field(None, alias="key_result_id")
    check_in: int | None = Field(None, alias="check_in_id")
    initiative: int | None = Field(None, alias="initiative_id")
    created_at: datetime


class KudosFilters(ListParams):
    team: IdParam | None = None
    person: IdParam | None = None


RequestPage = page_schema(FeedbackRequestSummary, "FeedbackRequestPage")
AskedPage = page_schema(AskedOfMeOut, "FeedbackAskedOfMePage")
KudosPage = page_schema(KudosOut, "KudosPage")


@router.post("/feedback-requests", response={201: FeedbackRequestOut})
@decorate_view(idempotent)
def create_feedback_request(request: HttpRequest, payload: FeedbackRequestIn):
    """Ask people for feedback on an objective or one of its key results."""
    person = request.auth
    objective = selectors.one(selectors.objectives(person), payload.objective)
    key_result = selectors.ref(selectors.key_results(person), payload.key_result, "key_result")
    people = [selectors.ref(selectors.people(person), pk, "people") for pk in payload.people]
    created = feedback_request_create(
        requester=person,
        objective=objective,
        key_result=key_result,
        people=people,
        message=payload.message,
        anonymous=payload.anonymous,
    )
    return Status(201, created)


@router.get("/feedback-requests", response=RequestPage)
def list_my_feedback_requests(request: HttpRequest, filters: Query[ListParams]):
    """Return a page of the requests I asked, with how many answered and declined."""
    return paginate(feedback_selectors.asked_by(request.auth), filters)


@router.get("/feedback-requests/asked-of-me", response=AskedPage)
def list_feedback_asked_of_me(request: HttpRequest, filters: Query[ListParams]):
    """Return a page of the requests asked of me, with my answer."""
    return paginate(feedback_selectors.asked_of(request.auth), filters)


@router.get("/feedback-requests/{int:request_id}", response=FeedbackRequestDetail)
def get_feedback_request(request: HttpRequest, request_id: IdParam):
    """Return one of my requests (or, for admins, anyone's) with its answers."""
    person = request.auth
    found = feedback_selectors.request_for(person, request_id)
    names = person.is_admin or not found.anonymous
    answers = [
        AnswerOut(
            id=a.id,
            respondent=a.respondent_id if names else None,
            status=a.status,
            going_well=a.going_well,
            to_change=a.to_change,
            suggestion=a.suggestion,
        )
        for a in feedback_selectors.answers_of(found, names=names)
    ]
    return {
        "id": found.pk,
        "objective_id": found.objective_id,
        "key_result_id": found.key_result_id,
        "requester_id": found.requester_id,
        "message": found.message,
        "anonymous": found.anonymous,
        "created_at": found.created_at,
        "answers": answers,
    }


def _mine(request: HttpRequest, answer_id: int) -> FeedbackAnswer:
    return feedback_selectors.answer_for(request.auth, answer_id)


@router.post("/feedback-answers/{int:answer_id}/answer", response=AskedOfMeOut)
@decorate_view(idempotent)
def answer_feedback_request(request: HttpRequest, answer_id: IdParam, payload: AnswerIn):
    """Answer a request asked of me with the three prompts (at least one)."""
    answered = feedback_answer(
        respondent=request.auth, answer=_mine(request, answer_id), **payload.model_dump()
    )
    return _mine(request, answered.pk)


@router.post("/feedback-answers/{int:answer_id}/decline", response=AskedOfMeOut)
@decorate_view(idempotent)
def decline_feedback_request(request: HttpRequest, answer_id: IdParam):
    """Decline a request asked of me."""
    declined = feedback_decline(respondent=request.auth, answer=_mine(request, answer_id))
    return _mine(request, declined.pk)


@router.post("/kudos", response={201: KudosOut})
@decorate_view(idempotent)
def give_kudos(request: HttpRequest, payload: KudosIn):
    """Thank a person or a team, optionally for a check-in, key result or initiative."""
    person = request.auth
    check_ins = CheckIn.objects.filter(
        key_result__in=selectors.key_results(person).values("pk")
    ).select_related("key_result")
    kudos = kudos_give(
        giver=person,
        message=payload.message,
        person=selectors.ref(selectors.people(person), payload.person, "person"),
        team=selectors.ref(selectors.teams(person), payload.team, "team"),
        key_result=selectors.ref(selectors.key_results(person), payload.key_result, "key_result"),
        check_in=selectors.ref(check_ins, payload.check_in, "check_in"),
        initiative=selectors.ref(selectors.initiatives(person), payload.initiative, "initiative"),
    )
    return Status(201, kudos)


@router.get("/kudos", response=KudosPage)
def list_kudos(request: HttpRequest, filters: Query[KudosFilters]):
    """Return a page of the organisation's kudos (`team` or `person`: theirs only)."""
    queryset = kudos_selectors.kudos_in(request.auth.organisation_id)
    if filters.team is not None:
        queryset = queryset.filter(team_id=filters.team)
    if filters.person is not None:
        queryset = queryset.filter(person_id=filters.person)
    return paginate(queryset, filters)

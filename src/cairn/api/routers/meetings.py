"""The team check-in meeting: its board (Plans / Progress / Problems), decisions and follow-ups."""

from __future__ import annotations

import datetime as dt

from django.db.models import QuerySet
from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from cairn.api import selectors
from cairn.api.idempotency import idempotent
from cairn.api.pagination import ListParams, page_schema, paginate
from cairn.api.types import Bool, Id, IdParam, Input, IsoDate
from cairn.meetings import services
from cairn.meetings.board import MemberBoard, Row, meeting_board
from cairn.meetings.models import FollowUp, MeetingDecision, TeamMeeting
from cairn.meetings.permissions import can_run_meeting, require_see
from cairn.okrs.permissions import Access
from cairn.organisations.models import Person, Team
from cairn.web.queries.common import current_cycle

router = Router(tags=["meetings"])


class CheckInSummary(Schema):
    id: int
    checked_in_at: dt.datetime
    value: float | None
    done: bool | None
    confidence: int
    note: str
    blockers: str


class RowOut(Schema):
    key_result: int
    title: str
    objective: int
    progress: float
    pace_status: str
    check_in: CheckInSummary | None = Field(None, description="This week's check-in, if any.")
    value_change: float | None
    confidence_change: int | None


class MemberOut(Schema):
    person: int
    name: str
    is_lead: bool
    checked_in: bool = Field(..., description="Checked in on every key result this week.")
    problems: list[RowOut]
    progress: list[RowOut]
    plans: list[RowOut]


class DecisionOut(Schema):
    id: int
    date: dt.date = Field(..., alias="meeting.date")
    text: str
    author: int | None = Field(None, alias="author_id")
    created_at: dt.datetime


class FollowUpOut(Schema):
    id: int
    team: int = Field(..., alias="meeting.team_id")
    date: dt.date = Field(..., alias="meeting.date")
    text: str
    assignee: int | None = Field(None, alias="assignee_id")
    due: dt.date | None
    done: bool
    done_at: dt.datetime | None
    created_by: int | None = Field(None, alias="created_by_id")


class MeetingOut(Schema):
    team: int
    date: dt.date = Field(..., description="Today in the organisation's time zone.")
    cycle: int | None
    may_record: bool
    notes: str
    members: list[MemberOut]
    decisions: list[DecisionOut] = Field(..., description="Recorded today.")
    follow_ups: list[FollowUpOut] = Field(..., description="Recorded today.")
    open_follow_ups: list[FollowUpOut] = Field(..., description="Still open from earlier.")


class DecisionIn(Input):
    text: str = Field(..., min_length=1, max_length=2000)


class FollowUpIn(Input):
    text: str = Field(..., min_length=1, max_length=2000)
    assignee: Id | None = Field(None, description="A person in the team.")
    due: IsoDate | None = None


class FollowUpChange(Input):
    done: Bool = Field(..., description="true closes the follow-up, false opens it again.")


class FollowUpFilters(ListParams):
    done: bool | None = None


DecisionPage = page_schema(DecisionOut, "DecisionPage")
FollowUpPage = page_schema(FollowUpOut, "FollowUpPage")


def _row(row: Row) -> dict:
    kr, check_in = row.key_result, row.check_in
    return {
        "key_result": kr.pk,
        "title": kr.title,
        "objective": kr.objective_id,
        "progress": kr.progress,
        "pace_status": kr.pace_status,
        "check_in": check_in,
        "value_change": row.value_change,
        "confidence_change": row.confidence_change,
    }


def _member(board: MemberBoard) -> dict:
    return {
        "person": board.person.pk,
        "name": board.person.name,
        "is_lead": board.is_lead,
        "checked_in": not board.not_checked_in,
        **{group: [_row(r) for r in getattr(board, group)] for group in GROUPS},
    }


GROUPS = ("problems", "progress", "plans")


def _team(person: Person, team_id: int) -> Team:
    """Return the organisation's team the person may see the meeting of (404, else 403)."""
    team = selectors.one(selectors.teams(person).select_related("organisation"), team_id)
    require_see(Access(person), team)
    return team


def _follow_ups(team: Team) -> QuerySet[FollowUp]:
    return FollowUp.objects.filter(meeting__team=team).select_related("meeting")


@router.get("/teams/{int:team_id}/meeting", response=MeetingOut)
def get_meeting(request: HttpRequest, team_id: IdParam):
    """Return today's meeting of the team: each member's key results grouped as Plans / Progress
    / Problems (only what the caller may see), today's records and the open follow-ups."""
    person = request.auth
    team = _team(person, team_id)
    access = Access(person)
    now = timezone.now()
    cycle = current_cycle(team.organisation)
    day = services.meeting_day(team, now)
    meeting = TeamMeeting.objects.filter(team=team, date=day).first()
    follow_ups = _follow_ups(team)
    return {
        "team": team.pk,
        "date": day,
        "cycle": cycle.pk if cycle else None,
        "may_record": can_run_meeting(access, team),
        "notes": meeting.notes if meeting else "",
        "members": [_member(b) for b in meeting_board(team, cycle, access.objective_filter(), now)],
        "decisions": list(
            MeetingDecision.objects.filter(meeting__team=team, meeting__date=day).select_related(
                "meeting"
            )
        ),
        "follow_ups": list(follow_ups.filter(meeting__date=day)),
        "open_follow_ups": list(
            follow_ups.filter(done=False, meeting__date__lt=day).order_by("due", "created_at", "pk")
        ),
    }


@router.get("/teams/{int:team_id}/meeting/decisions", response=DecisionPage)
def list_decisions(request: HttpRequest, team_id: IdParam, filters: Query[ListParams]):
    """Return a page of the team's meeting decisions, in the order they were recorded."""
    team = _team(request.auth, team_id)
    queryset = MeetingDecision.objects.filter(meeting__team=team).select_related("meeting")
    return paginate(queryset, filters)


@router.post("/teams/{int:team_id}/meeting/decisions", response={201: DecisionOut})
@decorate_view(idempotent)
def create_decision(request: HttpRequest, team_id: IdParam, payload: DecisionIn):
    """Record a decision in today's meeting (the team's leads and admins)."""
    team = _team(request.auth, team_id)
    decision = services.decision_add(actor=request.auth, team=team, text=payload.text)
    return Status(201, decision)


@router.get("/teams/{int:team_id}/meeting/follow-ups", response=FollowUpPage)
def list_follow_ups(request: HttpRequest, team_id: IdParam, filters: Query[FollowUpFilters]):
    """Return a page of the team's follow-ups (`done=false`: the open ones), oldest first."""
    queryset = _follow_ups(_team(request.auth, team_id))
    if filters.done is not None:
        queryset = queryset.filter(done=filters.done)
    return paginate(queryset, filters)


@router.post("/teams/{int:team_id}/meeting/follow-ups", response={201: FollowUpOut})
@decorate_view(idempotent)
def create_follow_up(request: HttpRequest, team_id: IdParam, payload: FollowUpIn):
    """Record a follow-up in today's meeting (leads and admins); its assignee is told."""
    person = request.auth
    team = _team(person, team_id)
    assignee = selectors.ref(selectors.people(person), payload.assignee, "assignee")
    follow_up = services.follow_up_add(
        actor=person, team=team, text=payload.text, assignee=assignee, due=payload.due
    )
    return Status(201, follow_up)


@router.patch("/follow-ups/{int:follow_up_id}", response=FollowUpOut)
@decorate_view(idempotent)
def change_follow_up(request: HttpRequest, follow_up_id: IdParam, payload: FollowUpChange):
    """Close a follow-up (`{"done": true}`) or open it again: its assignee, leads, admins."""
    person = request.auth
    scoped = FollowUp.objects.filter(organisation_id=person.organisation_id).select_related(
        "meeting__team__organisation"
    )
    follow_up = selectors.one(scoped, follow_up_id)
    return services.follow_up_set_done(actor=person, follow_up=follow_up, done=payload.done)

"""Sprints: list, retrieve, plan, change, start, close (carrying stories on) and delete."""

from __future__ import annotations

from datetime import date, datetime

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from cairn.api import selectors
from cairn.api.idempotency import idempotent
from cairn.api.pagination import ListParams, page_schema, paginate
from cairn.api.types import Id, IdParam, Input, IsoDate, Number
from cairn.execution import selectors as execution
from cairn.execution import services
from cairn.execution.models import SprintState

router = Router(tags=["sprints"])


class SprintOut(Schema):
    id: int
    team: int = Field(..., alias="team_id")
    name: str
    starts_on: date
    ends_on: date
    goal: str
    state: SprintState
    capacity_points: float | None
    done_points: float | None = Field(None, description="Points of done stories when it closed.")
    review_notes: str
    closed_at: datetime | None


class SprintIn(Input):
    team: Id
    name: str = Field(..., min_length=1, max_length=100)
    starts_on: IsoDate
    ends_on: IsoDate
    goal: str = Field("", max_length=5000)
    capacity_points: Number | None = Field(None, ge=0, le=99999.9)


class SprintPatch(Input):
    name: str | None = Field(None, min_length=1, max_length=100)
    starts_on: IsoDate | None = None
    ends_on: IsoDate | None = None
    goal: str | None = Field(None, max_length=5000)
    capacity_points: Number | None = Field(None, ge=0, le=99999.9)
    review_notes: str | None = Field(None, max_length=20000)


class SprintClose(Input):
    carry_to: Id | None = Field(
        None, description="The sprint that takes unfinished stories; none: the backlog."
    )


class SprintFilters(ListParams):
    team: IdParam | None = None
    state: SprintState | None = None


SprintPage = page_schema(SprintOut, "SprintPage")


@router.get("/sprints", response=SprintPage)
def list_sprints(request: HttpRequest, filters: Query[SprintFilters]):
    """Return a page of the organisation's sprints."""
    queryset = execution.sprints(request.auth)
    if filters.team is not None:
        queryset = queryset.filter(team_id=filters.team)
    if filters.state:
        queryset = queryset.filter(state=filters.state)
    return paginate(queryset, filters)


@router.get("/sprints/{int:sprint_id}", response=SprintOut)
def get_sprint(request: HttpRequest, sprint_id: IdParam):
    """Return one sprint."""
    return selectors.one(execution.sprints(request.auth), sprint_id)


@router.post("/sprints", response={201: SprintOut})
@decorate_view(idempotent)
def create_sprint(request: HttpRequest, payload: SprintIn):
    """Plan a sprint for a team."""
    person = request.auth
    data = payload.dict()
    data["team"] = selectors.ref(selectors.teams(person), data["team"], "team")
    return Status(201, services.sprint_create(actor=person, **data))


@router.patch("/sprints/{int:sprint_id}", response=SprintOut)
def update_sprint(request: HttpRequest, sprint_id: IdParam, payload: SprintPatch):
    """Change a sprint's fields (a closed sprint takes only review notes)."""
    sprint = selectors.one(execution.sprints(request.auth), sprint_id)
    changes = payload.dict(exclude_unset=True)
    return services.sprint_update(sprint=sprint, actor=request.auth, **changes)


@router.post("/sprints/{int:sprint_id}/start", response=SprintOut)
def start_sprint(request: HttpRequest, sprint_id: IdParam):
    """Start a planned sprint; a team has one active sprint at a time."""
    sprint = selectors.one(execution.sprints(request.auth), sprint_id)
    return services.sprint_start(sprint=sprint, actor=request.auth)


@router.post("/sprints/{int:sprint_id}/close", response=SprintOut)
def close_sprint(request: HttpRequest, sprint_id: IdParam, payload: SprintClose):
    """Close the active sprint, moving unfinished stories to `carry_to` or the backlog."""
    person = request.auth
    sprint = selectors.one(execution.sprints(person), sprint_id)
    carry_to = selectors.ref(execution.sprints(person), payload.carry_to, "carry_to")
    return services.sprint_close(sprint=sprint, actor=person, carry_to=carry_to)


@router.delete("/sprints/{int:sprint_id}", response={204: None})
def delete_sprint(request: HttpRequest, sprint_id: IdParam):
    """Delete a sprint that has not closed; its stories go back to the backlog."""
    sprint = selectors.one(execution.sprints(request.auth), sprint_id)
    services.sprint_delete(sprint=sprint, actor=request.auth)
    return Status(204, None)

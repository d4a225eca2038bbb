"""Cycles: list, retrieve, create, move to the next state."""

from __future__ import annotations

from datetime import date

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from cairn.api import selectors
from cairn.api.idempotency import idempotent
from cairn.api.pagination import ListParams, page_schema, paginate
from cairn.api.types import Id, IdParam, Input, IsoDate
from cairn.okrs import services
from cairn.okrs.models import CycleState

router = Router(tags=["cycles"])


class CycleOut(Schema):
    id: int
    name: str
    start: date
    end: date
    parent: int | None = Field(None, alias="parent_id")
    state: str


class CycleIn(Input):
    name: str = Field(..., min_length=1, max_length=100)
    start: IsoDate
    end: IsoDate
    parent: Id | None = None


class TransitionIn(Input):
    to_state: CycleState


class CycleFilters(ListParams):
    state: CycleState | None = None


CyclePage = page_schema(CycleOut, "CyclePage")


@router.get("/cycles", response=CyclePage)
def list_cycles(request: HttpRequest, filters: Query[CycleFilters]):
    """Return a page of the organisation's cycles."""
    queryset = selectors.cycles(request.auth)
    if filters.state:
        queryset = queryset.filter(state=filters.state)
    return paginate(queryset, filters)


@router.get("/cycles/{int:cycle_id}", response=CycleOut)
def get_cycle(request: HttpRequest, cycle_id: IdParam):
    """Return one cycle."""
    return selectors.one(selectors.cycles(request.auth), cycle_id)


@router.post("/cycles", response={201: CycleOut})
@decorate_view(idempotent)
def create_cycle(request: HttpRequest, payload: CycleIn):
    """Create a cycle in planning (admins)."""
    person = request.auth
    parent = selectors.ref(selectors.cycles(person), payload.parent, "parent")
    cycle = services.cycle_create(
        actor=person, name=payload.name, start=payload.start, end=payload.end, parent=parent
    )
    return Status(201, cycle)


@router.post("/cycles/{int:cycle_id}/transition", response=CycleOut)
@decorate_view(idempotent)
def transition_cycle(request: HttpRequest, cycle_id: IdParam, payload: TransitionIn):
    """Move a cycle to its next state (admins); closing stores the grades."""
    cycle = selectors.one(selectors.cycles(request.auth), cycle_id)
    return services.cycle_transition(cycle=cycle, actor=request.auth, to_state=payload.to_state)

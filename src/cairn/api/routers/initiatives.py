"""Initiatives: the work linked to key results."""

from __future__ import annotations

from datetime import date

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from cairn.api import selectors
from cairn.api.idempotency import idempotent
from cairn.api.pagination import ListParams, page_schema, paginate
from cairn.api.types import Id, IdParam, Input, Int, IsoDate
from cairn.okrs import services
from cairn.okrs.models import InitiativeStatus, ProgressSource

router = Router(tags=["initiatives"])


class InitiativeOut(Schema):
    id: int
    title: str
    description: str
    key_results: list[int]
    owner: int | None = Field(None, alias="owner_id")
    status: InitiativeStatus
    percent_complete: int
    progress_source: ProgressSource = Field(
        ..., description="typed, or work: done points / total points of its work items."
    )
    due_date: date | None

    @staticmethod
    def resolve_key_results(obj) -> list[int]:
        return [kr.pk for kr in obj.key_results.all()]


class InitiativeIn(Input):
    title: str = Field(..., min_length=1, max_length=300)
    key_results: list[Id] = Field(..., min_length=1, max_length=100)
    description: str = Field("", max_length=10000)
    owner: Id | None = None
    status: InitiativeStatus = InitiativeStatus.PLANNED
    percent_complete: Int = Field(0, ge=0, le=100)
    progress_source: ProgressSource = ProgressSource.TYPED
    due_date: IsoDate | None = None


class InitiativePatch(Input):
    title: str | None = Field(None, min_length=1, max_length=300)
    key_results: list[Id] | None = Field(None, min_length=1, max_length=100)
    description: str | None = Field(None, max_length=10000)
    owner: Id | None = None
    status: InitiativeStatus | None = None
    percent_complete: Int | None = Field(None, ge=0, le=100)
    progress_source: ProgressSource | None = None
    due_date: IsoDate | None = None


class InitiativeFilters(ListParams):
    key_result: IdParam | None = None
    status: InitiativeStatus | None = None


InitiativePage = page_schema(InitiativeOut, "InitiativePage")


@router.get("/initiatives", response=InitiativePage)
def list_initiatives(request: HttpRequest, filters: Query[InitiativeFilters]):
    """Return a page of the initiatives linked to key results the caller may see."""
    queryset = selectors.initiatives(request.auth)
    if filters.key_result is not None:
        queryset = queryset.filter(key_results__id=filters.key_result)
    if filters.status:
        queryset = queryset.filter(status=filters.status)
    return paginate(queryset, filters)


@router.get("/initiatives/{int:initiative_id}", response=InitiativeOut)
def get_initiative(request: HttpRequest, initiative_id: IdParam):
    """Return one initiative."""
    return selectors.one(selectors.initiatives(request.auth), initiative_id)


def _fields(person, data: dict) -> dict:
    if "owner" in data:
        data["owner"] = selectors.ref(selectors.people(person), data["owner"], "owner")
    if data.get("key_results") is not None:
        visible = selectors.key_results(person)
        data["key_results"] = [
            selectors.ref(visible, pk, "key_results") for pk in data["key_results"]
        ]
    return data


@router.post("/initiatives", response={201: InitiativeOut})
@decorate_view(idempotent)
def create_initiative(request: HttpRequest, payload: InitiativeIn):
    """Create an initiative linked to one or more key results."""
    person = request.auth
    initiative = services.initiative_create(actor=person, **_fields(person, payload.dict()))
    return Status(201, selectors.one(selectors.initiatives(person), initiative.pk))


@router.patch("/initiatives/{int:initiative_id}", response=InitiativeOut)
def update_initiative(request: HttpRequest, initiative_id: IdParam, payload: InitiativePatch):
    """Change an initiative's fields or links."""
    person = request.auth
    initiative = selectors.one(selectors.initiatives(person), initiative_id)
    services.initiative_update(
        initiative=initiative, actor=person, **_fields(person, payload.dict(exclude_unset=True))
    )
    return selectors.one(selectors.initiatives(person), initiative_id)

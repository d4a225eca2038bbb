"""Work items: list with filters, retrieve, create, update, delete, and bulk upsert by key."""

from __future__ import annotations

from datetime import date, datetime

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from cairn.api import selectors
from cairn.api.idempotency import idempotent
from cairn.api.pagination import ListParams, page_schema, paginate
from cairn.api.types import Bool, Id, IdParam, Input, Int, IsoDate, Number
from cairn.execution import selectors as execution
from cairn.execution import services
from cairn.execution.models import ExternalSource, WorkItemKind, WorkItemStatus
from cairn.execution.services.upsert import MAX_ITEMS

router = Router(tags=["work items"])
Points = Number | None


class Criterion(Input):
    text: str = Field(..., min_length=1, max_length=1000)
    done: Bool = False


class WorkItemOut(Schema):
    id: int
    kind: WorkItemKind
    title: str
    initiative: int | None = Field(None, alias="initiative_id")
    parent: int | None = Field(None, alias="parent_id")
    team: int | None = Field(None, alias="team_id")
    description: str
    user_story: str = Field(..., description='"As a … I want … so that …"')
    acceptance_criteria: list[Criterion]
    status: WorkItemStatus
    assignee: int | None = Field(None, alias="assignee_id")
    estimate_points: float | None
    estimate_hours: float | None
    due_on: date | None
    sprint: int | None = Field(None, alias="sprint_id")
    rank: int
    external_source: ExternalSource
    external_key: str
    external_url: str
    done_at: datetime | None
    created_at: datetime
    updated_at: datetime


class WorkItemFields(Input):
    """The fields every write may set; refs are ids in the caller's organisation."""

    kind: WorkItemKind = WorkItemKind.TASK
    initiative: Id | None = None
    parent: Id | None = None
    team: Id | None = None
    description: str = Field("", max_length=20000)
    user_story: str = Field("", max_length=5000)
    acceptance_criteria: list[Criterion] = Field([], max_length=100)
    status: WorkItemStatus = WorkItemStatus.TODO
    assignee: Id | None = None
    estimate_points: Points = Field(None, ge=0, le=99999.9)
    estimate_hours: Points = Field(None, ge=0, le=99999.9)
    due_on: IsoDate | None = None
    sprint: Id | None = None
    rank: Int = Field(0, ge=0, le=2**31 - 1)
    external_source: ExternalSource = ExternalSource.NONE
    external_key: str = Field("", max_length=100)
    external_url: str = Field("", max_length=500)


class WorkItemIn(WorkItemFields):
    title: str = Field(..., min_length=1, max_length=300)


class WorkItemPatch(Input):
    kind: WorkItemKind | None = None
    title: str | None = Field(None, min_length=1, max_length=300)
    initiative: Id | None = None
    parent: Id | None = None
    team: Id | None = None
    description: str | None = Field(None, max_length=20000)
    user_story: str | None = Field(None, max_length=5000)
    acceptance_criteria: list[Criterion] | None = Field(None, max_length=100)
    status: WorkItemStatus | None = None
    assignee: Id | None = None
    estimate_points: Points = Field(None, ge=0, le=99999.9)
    estimate_hours: Points = Field(None, ge=0, le=99999.9)
    due_on: IsoDate | None = None
    sprint: Id | None = None
    rank: Int | None = Field(None, ge=0, le=2**31 - 1)
    external_source: ExternalSource | None = None
    external_key: str | None = Field(None, max_length=100)
    external_url: str | None = Field(None, max_length=500)


class WorkItemBulkIn(WorkItemFields):
    external_key: str = Field(..., min_length=1, max_length=100)
    title: str | None = Field(None, min_length=1, max_length=300)
    parent_key: str | None = Field(
        None, max_length=100, description="The parent's external key (same source)."
    )


class BulkIn(Input):
    items: list[WorkItemBulkIn] = Field(..., min_length=1, max_length=MAX_ITEMS)


class BulkOut(Schema):
    created: int
    updated: int
    items: list[WorkItemOut]


class WorkItemFilters(ListParams):
    initiative: IdParam | None = None
    without_initiative: bool = Field(False, description='Only "work without a why".')
    sprint: IdParam | None = None
    assignee: IdParam | None = None
    team: IdParam | None = None
    status: WorkItemStatus | None = None
    kind: WorkItemKind | None = None


WorkItemPage = page_schema(WorkItemOut, "WorkItemPage")
FILTERS = ("initiative", "sprint", "assignee", "team", "status", "kind")


@router.get("/work-items", response=WorkItemPage)
def list_work_items(request: HttpRequest, filters: Query[WorkItemFilters]):
    """Return a page of the work items the caller may see."""
    queryset = execution.work_items(request.auth)
    for name in FILTERS:
        if getattr(filters, name) is not None:
            queryset = queryset.filter(**{name: getattr(filters, name)})
    if filters.without_initiative:
        queryset = queryset.filter(initiative__isnull=True)
    return paginate(queryset, filters)


@router.get("/work-items/{int:item_id}", response=WorkItemOut)
def get_work_item(request: HttpRequest, item_id: IdParam):
    """Return one work item."""
    return selectors.one(execution.work_items(request.auth), item_id)


def _refs(person, data: dict) -> dict:
    """Replace ids with the caller's visible rows; an unknown id is a field error."""
    scopes = {
        "initiative": lambda: selectors.initiatives(person),
        "parent": lambda: execution.work_items(person),
        "team": lambda: selectors.teams(person),
        "assignee": lambda: selectors.people(person),
        "sprint": lambda: execution.sprints(person),
    }
    for name, scope in scopes.items():
        if name in data:
            data[name] = selectors.ref(scope(), data[name], name)
    return data


@router.post("/work-items", response={201: WorkItemOut})
@decorate_view(idempotent)
def create_work_item(request: HttpRequest, payload: WorkItemIn):
    """Create an epic, story, task or sub-task."""
    person = request.auth
    item = services.work_item_create(actor=person, **_refs(person, payload.dict()))
    return Status(201, item)


@router.patch("/work-items/{int:item_id}", response=WorkItemOut)
def update_work_item(request: HttpRequest, item_id: IdParam, payload: WorkItemPatch):
    """Change a work item; a status change stamps or clears done_at."""
    person = request.auth
    item = selectors.one(execution.work_items(person).select_related("initiative"), item_id)
    changes = _refs(person, payload.dict(exclude_unset=True))
    return services.work_item_update(item=item, actor=person, **changes)


@router.delete("/work-items/{int:item_id}", response={204: None})
def delete_work_item(request: HttpRequest, item_id: IdParam):
    """Delete a work item with its sub-items."""
    item = selectors.one(execution.work_items(request.auth), item_id)
    services.work_item_delete(item=item, actor=request.auth)
    return Status(204, None)


@router.put("/work-items/bulk", response=BulkOut)
def upsert_work_items(request: HttpRequest, payload: BulkIn):
    """Create or update items by (external_source, external_key); all or nothing.

    A 422 lists every bad item (`items.3.title`); nothing is written then.
    """
    rows = [item.dict(exclude_unset=True) for item in payload.items]
    for row, item in zip(rows, payload.items, strict=True):
        row.setdefault("external_source", item.external_source)
    result = services.work_items_upsert(actor=request.auth, items=rows)
    return {"created": result.created, "updated": result.updated, "items": result.items}

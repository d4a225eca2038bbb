"""Objectives: list with filters, retrieve, create, update (versioned), align, delete."""

from __future__ import annotations

from datetime import datetime

from django.http import Http404, HttpRequest, HttpResponse
from ninja import Field, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from cairn.api import selectors
from cairn.api.as_of import AS_OF_HELP, moment, objectives_then
from cairn.api.idempotency import idempotent
from cairn.api.measures import objective_pace
from cairn.api.pagination import ListParams, page_schema, paginate, paginate_where
from cairn.api.types import Bool, Id, IdParam, Input, Int, Number
from cairn.api.versioning import set_etag, versioned_update
from cairn.engine import PaceStatus
from cairn.okrs import services
from cairn.okrs.models import ObjectiveKind, Visibility

router = Router(tags=["objectives"])


class PaceOut(Schema):
    expected: float
    status: PaceStatus
    disagreement: str | None = None


class ObjectiveOut(Schema):
    id: int
    cycle: int = Field(..., alias="cycle_id")
    title: str
    description: str
    owner: int | None = Field(None, alias="owner_id")
    team: int | None = Field(None, alias="team_id")
    kind: ObjectiveKind
    visibility: Visibility
    parent_objective: int | None = Field(None, alias="parent_objective_id")
    parent_key_result: int | None = Field(None, alias="parent_key_result_id")
    weight: float
    count_aligned_children: bool
    progress: float = Field(..., description="Weighted progress, 0.0–1.0.")
    pace: PaceOut
    grade: float | None
    version: int
    updated_at: datetime

    @staticmethod
    def resolve_pace(obj) -> dict:
        return objective_pace(obj, getattr(obj, "as_of", None))


class ObjectiveIn(Input):
    title: str = Field(..., min_length=1, max_length=300)
    cycle: Id
    description: str = Field("", max_length=10000)
    owner: Id | None = Field(None, description="Defaults to the caller.")
    team: Id | None = Field(None, description="None means company level.")
    kind: ObjectiveKind = ObjectiveKind.COMMITTED
    visibility: Visibility = Visibility.PUBLIC
    weight: Number = Field(1.0, ge=0, le=1e6)
    count_aligned_children: Bool = False


class ObjectivePatch(Input):
    title: str | None = Field(None, min_length=1, max_length=300)
    description: str | None = Field(None, max_length=10000)
    owner: Id | None = None
    team: Id | None = None
    kind: ObjectiveKind | None = None
    visibility: Visibility | None = None
    weight: Number | None = Field(None, ge=0, le=1e6)
    count_aligned_children: Bool | None = None
    version: Int | None = Field(None, description="The version you read; stale → 409.")


class AlignmentIn(Input):
    parent_objective: Id | None = None
    parent_key_result: Id | None = None


class ObjectiveFilters(ListParams):
    cycle: IdParam | None = None
    team: IdParam | None = None
    owner: IdParam | None = None
    status: PaceStatus | None = Field(None, description="Pace status.")
    as_of: str | None = Field(None, description=AS_OF_HELP)


class AsOfParams(Input):
    as_of: str | None = Field(None, description=AS_OF_HELP)


ObjectivePage = page_schema(ObjectiveOut, "ObjectivePage")


@router.get("/objectives", response=ObjectivePage)
def list_objectives(request: HttpRequest, filters: Query[ObjectiveFilters]):
    """Return a page of the objectives the caller may see."""
    queryset = selectors.objectives(request.auth)
    for name in ("cycle", "team", "owner"):
        value = getattr(filters, name)
        if value is not None:
            queryset = queryset.filter(**{f"{name}_id": value})
    if filters.as_of:
        at = moment(request.auth, filters.as_of, status=filters.status)
        page = paginate(queryset.filter(created_at__lte=at), filters)
        page["items"] = objectives_then(request.auth, page["items"], at)
        return page
    if filters.status:
        return paginate_where(
            queryset, filters, lambda o: objective_pace(o)["status"] == filters.status
        )
    return paginate(queryset, filters)


@router.get("/objectives/{int:objective_id}", response=ObjectiveOut)
def get_objective(
    request: HttpRequest,
    objective_id: IdParam,
    response: HttpResponse,
    params: Query[AsOfParams],
):
    """Return one objective with its progress and pace (as of a past date when asked)."""
    objective = selectors.one(selectors.objectives(request.auth), objective_id)
    if params.as_of:
        at = moment(request.auth, params.as_of)
        found = objectives_then(request.auth, [objective], at)
        if not found:
            raise Http404
        return found[0]
    set_etag(response, "objective", objective)
    return objective


def _references(person, fields: dict) -> dict:
    """Replace owner and team ids with the organisation's rows."""
    if "owner" in fields:
        fields["owner"] = selectors.ref(selectors.people(person), fields["owner"], "owner")
    if "team" in fields:
        fields["team"] = selectors.ref(selectors.teams(person), fields["team"], "team")
    return fields


@router.post("/objectives", response={201: ObjectiveOut})
@decorate_view(idempotent)
def create_objective(request: HttpRequest, payload: ObjectiveIn, response: HttpResponse):
    """Create an objective; the owner defaults to the caller."""
    person = request.auth
    fields = _references(person, payload.dict())
    fields["cycle"] = selectors.ref(selectors.cycles(person), payload.cycle, "cycle")
    objective = services.objective_create(actor=person, **fields)
    objective = selectors.one(selectors.objectives(person), objective.pk)
    set_etag(response, "objective", objective)
    return Status(201, objective)


@router.patch("/objectives/{int:objective_id}", response=ObjectiveOut)
def update_objective(
    request: HttpRequest, objective_id: IdParam, payload: ObjectivePatch, response: HttpResponse
):
    """Change an objective; send `version` or If-Match to avoid overwriting others' edits."""
    person = request.auth
    objective = selectors.one(selectors.objectives(person), objective_id)
    changes = _references(person, payload.dict(exclude_unset=True))
    body_version = changes.pop("version", None)
    versioned_update(
        request,
        "objective",
        objective,
        body_version,
        lambda version: services.objective_update(
            objective=objective, actor=person, version=version, **changes
        ),
    )
    objective = selectors.one(selectors.objectives(person), objective_id)
    set_etag(response, "objective", objective)
    return objective


@router.put("/objectives/{int:objective_id}/alignment", response=ObjectiveOut)
def align_objective(request: HttpRequest, objective_id: IdParam, payload: AlignmentIn):
    """Align the objective to a parent objective or key result (or to none)."""
    person = request.auth
    objective = selectors.one(selectors.objectives(person), objective_id)
    services.objective_align(
        objective=objective,
        actor=person,
        parent_objective=selectors.ref(
            selectors.objectives(person), payload.parent_objective, "parent_objective"
        ),
        parent_key_result=selectors.ref(
            selectors.key_results(person), payload.parent_key_result, "parent_key_result"
        ),
    )
    return selectors.one(selectors.objectives(person), objective_id)


@router.delete("/objectives/{int:objective_id}", response={204: None})
def delete_objective(request: HttpRequest, objective_id: IdParam):
    """Delete an objective and its key results."""
    objective = selectors.one(selectors.objectives(request.auth), objective_id)
    services.objective_delete(objective=objective, actor=request.auth)
    return Status(204, None)

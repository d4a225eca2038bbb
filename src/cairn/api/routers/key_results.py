"""Key results: list with filters, retrieve, create, update (versioned), delete."""

from __future__ import annotations

from datetime import date, datetime

from django.http import Http404, HttpRequest, HttpResponse
from ninja import Field, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from cairn.api import selectors
from cairn.api.as_of import AS_OF_HELP, key_results_then, moment
from cairn.api.idempotency import idempotent
from cairn.api.measures import clamped, key_result_pace
from cairn.api.pagination import ListParams, page_schema, paginate, paginate_where
from cairn.api.routers.objectives import PaceOut
from cairn.api.types import Bool, Id, IdParam, Input, Int, IsoDate, Number
from cairn.api.versioning import set_etag, versioned_update
from cairn.engine import PaceStatus
from cairn.kpis.models import Kpi
from cairn.okrs import services
from cairn.okrs.models import KeyResultKind

router = Router(tags=["key results"])


class KeyResultOut(Schema):
    id: int
    objective: int = Field(..., alias="objective_id")
    title: str
    type: KeyResultKind = Field(..., alias="kind")
    start: float | None
    target: float | None
    current: float | None
    done: bool
    unit: str
    weight: float
    owner: int | None = Field(None, alias="owner_id")
    due_date: date | None
    progress: float = Field(..., description="Progress clamped to 0.0–1.0.")
    progress_raw: float = Field(..., description="Unclamped progress (1.2 = 120%).")
    pace: PaceOut
    confidence: int
    last_check_in_at: datetime | None
    grade: float | None
    follows_initiatives: bool = Field(
        False, description="A milestone that is done when all its initiatives are done."
    )
    follows_kpi: int | None = Field(
        None, alias="follows_kpi_id", description="Each value of this KPI becomes a check-in."
    )
    version: int

    @staticmethod
    def resolve_progress(obj) -> float:
        return clamped(obj.progress)

    @staticmethod
    def resolve_progress_raw(obj) -> float:
        return obj.progress

    @staticmethod
    def resolve_pace(obj) -> dict:
        return key_result_pace(obj, getattr(obj, "as_of", None))


class KeyResultIn(Input):
    objective: Id
    title: str = Field(..., min_length=1, max_length=300)
    type: KeyResultKind = KeyResultKind.METRIC
    start: Number | None = Field(None, ge=-1e15, le=1e15)
    target: Number | None = Field(None, ge=-1e15, le=1e15)
    unit: str = Field("", max_length=40)
    weight: Number = Field(1.0, ge=0, le=1e6)
    owner: Id | None = Field(None, description="Defaults to the objective's owner.")
    due_date: IsoDate | None = None
    contributors: list[Id] = Field(default_factory=list, max_length=100)
    follows_initiatives: Bool = False
    follows_kpi: Id | None = Field(
        None, description="A KPI id: each of its values becomes a check-in, its latest at once."
    )


class KeyResultPatch(Input):
    title: str | None = Field(None, min_length=1, max_length=300)
    type: KeyResultKind | None = None
    start: Number | None = Field(None, ge=-1e15, le=1e15)
    target: Number | None = Field(None, ge=-1e15, le=1e15)
    unit: str | None = Field(None, max_length=40)
    weight: Number | None = Field(None, ge=0, le=1e6)
    owner: Id | None = None
    due_date: IsoDate | None = None
    contributors: list[Id] | None = Field(None, max_length=100)
    follows_initiatives: Bool | None = None
    follows_kpi: Id | None = Field(None, description="A KPI id; null stops following.")
    version: Int | None = Field(None, description="The version you read; stale → 409.")


class KeyResultFilters(ListParams):
    objective: IdParam | None = None
    cycle: IdParam | None = None
    owner: IdParam | None = None
    status: PaceStatus | None = Field(None, description="Pace status.")
    as_of: str | None = Field(None, description=AS_OF_HELP)


class AsOfParams(Input):
    as_of: str | None = Field(None, description=AS_OF_HELP)


KeyResultPage = page_schema(KeyResultOut, "KeyResultPage")


@router.get("/key-results", response=KeyResultPage)
def list_key_results(request: HttpRequest, filters: Query[KeyResultFilters]):
    """Return a page of the key results the caller may see."""
    queryset = selectors.key_results(request.auth)
    if filters.objective is not None:
        queryset = queryset.filter(objective_id=filters.objective)
    if filters.cycle is not None:
        queryset = queryset.filter(objective__cycle_id=filters.cycle)
    if filters.owner is not None:
        queryset = queryset.filter(owner_id=filters.owner)
    if filters.as_of:
        at = moment(request.auth, filters.as_of, status=filters.status)
        page = paginate(queryset.filter(created_at__lte=at), filters)
        page["items"] = key_results_then(request.auth, page["items"], at)
        return page
    if filters.status:
        return paginate_where(
            queryset, filters, lambda kr: key_result_pace(kr)["status"] == filters.status
        )
    return paginate(queryset, filters)


@router.get("/key-results/{int:key_result_id}", response=KeyResultOut)
def get_key_result(
    request: HttpRequest,
    key_result_id: IdParam,
    response: HttpResponse,
    params: Query[AsOfParams],
):
    """Return one key result with its progress and pace (as of a past date when asked)."""
    key_result = selectors.one(selectors.key_results(request.auth), key_result_id)
    if params.as_of:
        found = key_results_then(request.auth, [key_result], moment(request.auth, params.as_of))
        if not found:
            raise Http404
        return found[0]
    set_etag(response, "key-result", key_result)
    return key_result


def _fields(person, data: dict) -> dict:
    """Return service arguments from the payload, ids replaced by the organisation's rows."""
    if "type" in data:
        data["kind"] = data.pop("type")
    if "owner" in data:
        data["owner"] = selectors.ref(selectors.people(person), data["owner"], "owner")
    if "follows_kpi" in data:
        kpis = Kpi.objects.filter(organisation_id=person.organisation_id)
        data["follows_kpi"] = selectors.ref(kpis, data["follows_kpi"], "follows_kpi")
    if data.get("contributors") is not None:
        people = selectors.people(person)
        data["contributors"] = [
            selectors.ref(people, pk, "contributors") for pk in data["contributors"]
        ]
    return data


@router.post("/key-results", response={201: KeyResultOut})
@decorate_view(idempotent)
def create_key_result(request: HttpRequest, payload: KeyResultIn, response: HttpResponse):
    """Add a key result to an objective; the type defaults to metric."""
    person = request.auth
    fields = _fields(person, payload.dict())
    fields["objective"] = selectors.ref(
        selectors.objectives(person), payload.objective, "objective"
    )
    key_result = services.key_result_create(actor=person, **fields)
    key_result = selectors.one(selectors.key_results(person), key_result.pk)
    set_etag(response, "key-result", key_result)
    return Status(201, key_result)


@router.patch("/key-results/{int:key_result_id}", response=KeyResultOut)
def update_key_result(
    request: HttpRequest, key_result_id: IdParam, payload: KeyResultPatch, response: HttpResponse
):
    """Change a key result; send `version` or If-Match to avoid overwriting others' edits."""
    person = request.auth
    key_result = selectors.one(selectors.key_results(person), key_result_id)
    changes = _fields(person, payload.dict(exclude_unset=True))
    body_version = changes.pop("version", None)
    versioned_update(
        request,
        "key-result",
        key_result,
        body_version,
        lambda version: services.key_result_update(
            key_result=key_result, actor=person, version=version, **changes
        ),
    )
    key_result = selectors.one(selectors.key_results(person), key_result_id)
    set_etag(response, "key-result", key_result)
    return key_result


@router.delete("/key-results/{int:key_result_id}", response={204: None})
def delete_key_result(request: HttpRequest, key_result_id: IdParam):
    """Delete a key result with its check-ins."""
    key_result = selectors.one(selectors.key_results(request.auth), key_result_id)
    services.key_result_delete(key_result=key_result, actor=request.auth)
    return Status(204, None)

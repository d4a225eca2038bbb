"""KPIs: list, retrieve, create, update; their values (list, record)."""

from __future__ import annotations

from datetime import datetime

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from cairn.api import selectors as api_selectors
from cairn.api.idempotency import idempotent
from cairn.api.pagination import ListParams, page_schema, paginate
from cairn.api.types import Bool, Id, IdParam, Input, Number
from cairn.engine import kpi_health
from cairn.kpis import selectors, services
from cairn.kpis.models import Direction, Frequency, ThresholdKind, ValueSource

router = Router(tags=["kpis"])
BOUND = Field(None, ge=-1e15, le=1e15)


class KpiOut(Schema):
    id: int
    name: str
    description: str
    owner: int | None = Field(None, alias="owner_id")
    team: int | None = Field(None, alias="team_id")
    unit: str
    direction: Direction
    threshold_kind: ThresholdKind = Field(..., description="above, below or band (docs/kpis.md).")
    healthy_low: float | None
    healthy_high: float | None
    warning_low: float | None
    warning_high: float | None
    frequency: Frequency
    archived: bool
    status: str = Field(..., description="healthy, warning, unhealthy or no_data.")
    stale: bool = Field(..., description="The latest value is older than the check frequency.")
    current_value: float | None
    current_at: datetime | None

    @staticmethod
    def resolve_stale(obj) -> bool:
        return kpi_health.is_stale(obj.current_at, timezone.now(), obj.period)


class KpiIn(Input):
    name: str = Field(..., min_length=1, max_length=200)
    description: str = Field("", max_length=5000)
    owner: Id | None = Field(None, description="Defaults to the caller.")
    team: Id | None = None
    unit: str = Field("", max_length=40)
    direction: Direction = Direction.HIGHER
    threshold_kind: ThresholdKind = ThresholdKind.ABOVE
    healthy_low: Number | None = BOUND
    healthy_high: Number | None = BOUND
    warning_low: Number | None = BOUND
    warning_high: Number | None = BOUND
    frequency: Frequency = Frequency.WEEKLY


class KpiPatch(Input):
    name: str | None = Field(None, min_length=1, max_length=200)
    description: str | None = Field(None, max_length=5000)
    owner: Id | None = None
    team: Id | None = None
    unit: str | None = Field(None, max_length=40)
    direction: Direction | None = None
    threshold_kind: ThresholdKind | None = None
    healthy_low: Number | None = BOUND
    healthy_high: Number | None = BOUND
    warning_low: Number | None = BOUND
    warning_high: Number | None = BOUND
    frequency: Frequency | None = None
    archived: Bool | None = None


class KpiValueOut(Schema):
    id: int
    kpi: int = Field(..., alias="kpi_id")
    value: float
    recorded_at: datetime
    author: int | None = Field(None, alias="author_id")
    source: str
    note: str


class KpiValueIn(Input):
    value: Number = Field(..., ge=-1e15, le=1e15)
    recorded_at: datetime | None = Field(
        None, description="ISO date and time with its offset; defaults to now; not in the future."
    )
    note: str = Field("", max_length=5000)
    source: ValueSource = ValueSource.API


class KpiFilters(ListParams):
    team: IdParam | None = None
    owner: IdParam | None = None
    status: str | None = Field(None, description="healthy, warning, unhealthy or no_data.")
    archived: bool = False


KpiPage = page_schema(KpiOut, "KpiPage")
KpiValuePage = page_schema(KpiValueOut, "KpiValuePage")


@router.get("/kpis", response=KpiPage)
def list_kpis(request: HttpRequest, filters: Query[KpiFilters]):
    """Return a page of the organisation's KPIs (archived ones with archived=true)."""
    queryset = selectors.kpis_of(request.auth, archived=filters.archived)
    if filters.team is not None:
        queryset = queryset.filter(team_id=filters.team)
    if filters.owner is not None:
        queryset = queryset.filter(owner_id=filters.owner)
    if filters.status:
        queryset = queryset.filter(status=filters.status)
    return paginate(queryset.order_by("id"), filters)


@router.get("/kpis/{int:kpi_id}", response=KpiOut)
def get_kpi(request: HttpRequest, kpi_id: IdParam):
    """Return one KPI with its status and latest value."""
    return api_selectors.one(selectors.kpis_of(request.auth, archived=None), kpi_id)


def _fields(person, data: dict) -> dict:
    """Return service arguments, ids replaced by the organisation's rows."""
    if "owner" in data:
        data["owner"] = api_selectors.ref(api_selectors.people(person), data["owner"], "owner")
    if "team" in data:
        data["team"] = api_selectors.ref(api_selectors.teams(person), data["team"], "team")
    return data


@router.post("/kpis", response={201: KpiOut})
@decorate_view(idempotent)
def create_kpi(request: HttpRequest, payload: KpiIn):
    """Create a KPI; the owner defaults to the caller."""
    kpi = services.kpi_create(actor=request.auth, **_fields(request.auth, payload.dict()))
    return Status(201, kpi)


@router.patch("/kpis/{int:kpi_id}", response=KpiOut)
def update_kpi(request: HttpRequest, kpi_id: IdParam, payload: KpiPatch):
    """Change a KPI's fields; `archived` archives or restores it."""
    person = request.auth
    kpi = api_selectors.one(selectors.kpis_of(person, archived=None), kpi_id)
    changes = _fields(person, payload.dict(exclude_unset=True))
    archived = changes.pop("archived", None)
    if changes:
        kpi = services.kpi_update(kpi=kpi, actor=person, **changes)
    if archived is not None:
        kpi = services.kpi_archive(kpi=kpi, actor=person, archived=archived)
    return api_selectors.one(selectors.kpis_of(person, archived=None), kpi_id)


@router.get("/kpis/{int:kpi_id}/values", response=KpiValuePage)
def list_values(request: HttpRequest, kpi_id: IdParam, filters: Query[ListParams]):
    """Return a page of a KPI's values in the order they were stored (id)."""
    kpi = api_selectors.one(selectors.kpis_of(request.auth, archived=None), kpi_id)
    return paginate(kpi.values.order_by("recorded_at", "id"), filters)


@router.post("/kpis/{int:kpi_id}/values", response={201: KpiValueOut})
@decorate_view(idempotent)
def record_value(request: HttpRequest, kpi_id: IdParam, payload: KpiValueIn):
    """Record a value; the status, alerts and following key results follow at once."""
    kpi = api_selectors.one(selectors.kpis_of(request.auth, archived=None), kpi_id)
    value = services.kpi_value_record(kpi=kpi, actor=request.auth, **payload.dict())
    return Status(201, value)

"""Data sources (admins): configure what feeds a key result or a KPI; push values with a token."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status

from cairn.api import selectors
from cairn.api.auth import rate_limit
from cairn.api.errors import ApiProblem
from cairn.api.pagination import ListParams, page_schema, paginate
from cairn.api.types import Bool, Id, IdParam, Input, Int, Number
from cairn.kpis.models import Kpi
from cairn.okrs.models import KeyResult
from cairn.organisations.models import Person
from cairn.sources import services
from cairn.sources.models import (
    DataSource,
    DataSourceRun,
    RowRule,
    RunOutcome,
    ScheduleUnit,
    SourceKind,
)

router = Router(tags=["data sources"])


class SourceOut(Schema):
    id: int
    name: str
    kind: SourceKind
    key_result: int | None = Field(..., description="The key result fed, or null.")
    kpi: int | None = Field(..., description="The KPI fed, or null (exactly one is set).")
    owner: int
    enabled: bool
    schedule_unit: ScheduleUnit
    schedule_every: int
    daily_at: time | None
    url: str
    json_path: str
    auth_header: str
    has_secret: bool = Field(..., description="The secret itself is never returned.")
    csv_column: str
    csv_row_rule: RowRule
    csv_match_column: str
    csv_match_value: str
    has_database_url: bool = Field(
        ..., description="The URL (it may hold a password) is not returned."
    )
    query: str
    push_token_prefix: str
    consecutive_failures: int
    last_error: str
    last_value: float | None
    last_reading_at: datetime | None

    @staticmethod
    def resolve_key_result(obj: DataSource) -> int | None:
        return obj.key_result_id

    @staticmethod
    def resolve_kpi(obj: DataSource) -> int | None:
        return obj.kpi_id

    @staticmethod
    def resolve_owner(obj: DataSource) -> int:
        return obj.owner_id

    @staticmethod
    def resolve_has_secret(obj: DataSource) -> bool:
        return bool(obj.auth_secret)

    @staticmethod
    def resolve_has_database_url(obj: DataSource) -> bool:
        return bool(obj.database_url)


class SourceCreated(SourceOut):
    token: str = Field("", description="A push source's token: shown only here.")


class SourcePatch(Input):
    name: str | None = Field(None, max_length=100)
    key_result: Id | None = Field(
        None, description="Feed this key result (setting it lets go of the KPI)."
    )
    kpi: Id | None = Field(
        None, description="Feed this KPI (setting it lets go of the key result)."
    )
    owner: Id | None = None
    enabled: Bool | None = None
    schedule_unit: ScheduleUnit | None = None
    schedule_every: Int | None = None
    daily_at: time | None = None
    url: str | None = Field(None, max_length=500)
    json_path: str | None = Field(None, max_length=300)
    auth_header: str | None = Field(None, max_length=100)
    auth_secret: str | None = Field(None, max_length=1000, description="Write-only.")
    csv_column: str | None = Field(None, max_length=100)
    csv_row_rule: RowRule | None = None
    csv_match_column: str | None = Field(None, max_length=100)
    csv_match_value: str | None = Field(None, max_length=200)
    database_url: str | None = Field(None, max_length=500, description="Write-only.")
    query: str | None = Field(None, max_length=10_000)


class SourceIn(SourcePatch):
    name: str = Field(..., min_length=1, max_length=100)  # type: ignore[assignment]
    kind: SourceKind
    key_result: Id | None = Field(None, description="The key result fed: this or `kpi`.")
    kpi: Id | None = Field(None, description="The KPI fed: this or `key_result`.")
    owner: Id | None = None


class RunOut(Schema):
    id: int
    started_at: datetime
    duration_ms: int
    outcome: str
    value: float | None
    error: str
    trigger: str
    check_in: int | None

    @staticmethod
    def resolve_check_in(obj: DataSourceRun) -> int | None:
        return obj.check_in_id


class PushIn(Input):
    value: Number
    at: datetime | None = None


SourcePage = page_schema(SourceOut, "SourcePage")
RunPage = page_schema(RunOut, "DataSourceRunPage")


def _sources(request: HttpRequest):
    person = request.auth
    if not person.is_admin:
        raise PermissionDenied(_("Only admins manage data sources."))
    return DataSource.objects.filter(organisation_id=person.organisation_id)


def _refs(person: Person, fields: dict[str, Any]) -> dict[str, Any]:
    """Return the fields with key_result, kpi and owner ids turned into this organisation's rows."""
    org = person.organisation_id
    if fields.get("key_result") is not None:
        fields["key_result"] = selectors.ref(
            KeyResult.objects.filter(organisation_id=org), fields["key_result"], "key_result"
        )
    if fields.get("kpi") is not None:
        fields["kpi"] = selectors.ref(Kpi.objects.filter(organisation_id=org), fields["kpi"], "kpi")
    if fields.get("owner") is not None:
        fields["owner"] = selectors.ref(
            Person.objects.filter(organisation_id=org), fields["owner"], "owner"
        )
    return {k: v for k, v in fields.items() if v is not None}


@router.get("/sources", response=SourcePage)
def list_sources(request: HttpRequest, filters: Query[ListParams]):
    """Return a page of the organisation's data sources (never their secrets)."""
    return paginate(_sources(request), filters)


@router.post("/sources", response={201: SourceCreated})
def create_source(request: HttpRequest, payload: SourceIn):
    """Create a data source feeding `key_result` or `kpi` (exactly one).

    A push source's token is in the answer, shown only once.
    """
    _sources(request)
    fields = _refs(request.auth, payload.dict())
    fields.setdefault("owner", request.auth)
    saved = services.source_create(actor=request.auth, **fields)
    saved.source.token = saved.token  # type: ignore[attr-defined]
    return Status(201, saved.source)


@router.get("/sources/{int:source_id}", response=SourceOut)
def get_source(request: HttpRequest, source_id: IdParam):
    """Return one data source."""
    return selectors.one(_sources(request), source_id)


@router.patch("/sources/{int:source_id}", response=SourceOut)
def update_source(request: HttpRequest, source_id: IdParam, payload: SourcePatch):
    """Change a data source; a blank secret or database URL keeps the saved one.

    Setting `key_result` or `kpi` switches the target (the other is cleared); both is an error.
    """
    source = selectors.one(_sources(request), source_id)
    changes = _refs(request.auth, payload.dict(exclude_unset=True))
    for target, other in (("key_result", "kpi"), ("kpi", "key_result")):
        if target in changes and other not in changes:
            changes[other] = None  # one target: choosing one lets go of the other
    return services.source_update(actor=request.auth, source=source, **changes).source


@router.delete("/sources/{int:source_id}", response={204: None})
def delete_source(request: HttpRequest, source_id: IdParam):
    """Delete a data source and its run log."""
    source = selectors.one(_sources(request), source_id)
    services.source_delete(actor=request.auth, source=source)
    return Status(204, None)


@router.get("/sources/{int:source_id}/runs", response=RunPage)
def list_runs(request: HttpRequest, source_id: IdParam, filters: Query[ListParams]):
    """Return a page of the source's runs, newest first."""
    source = selectors.one(_sources(request), source_id)
    return paginate(DataSourceRun.objects.filter(source=source), filters)


def _bearer(request: HttpRequest) -> str:
    scheme, _sep, token = request.headers.get("Authorization", "").partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


@router.post("/sources/{int:source_id}/values", response={201: RunOut}, auth=None)
def push_value(request: HttpRequest, source_id: IdParam, payload: PushIn):
    """Record a value pushed with the source's own token (Authorization: Bearer <token>).

    At most CAIRN_DATA_SOURCE_PUSH_LIMIT values a minute per source (60): past it, `429` with
    `Retry-After`.
    """
    source = services.push_source_for(source_id, _bearer(request))
    if source is None:
        raise ApiProblem(
            401,
            _("Send this push source's token as Authorization: Bearer <token>."),
            headers={"WWW-Authenticate": 'Bearer realm="cairn-source"'},
        )
    # Per source, counted once the token is right: nobody without it can use up its budget.
    rate_limit(f"source{source.pk}", settings.CAIRN_DATA_SOURCE_PUSH_LIMIT)
    run = services.source_push(source=source, value=payload.value, at=payload.at)
    if run.outcome == RunOutcome.FAILED:  # logged on the source; the sender hears why
        raise ApiProblem(422, run.error)
    return Status(201, run)

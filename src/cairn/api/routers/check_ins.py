"""Check-ins: the history of a key result, recording one, correcting one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status
from ninja.decorators import decorate_view

from cairn.api import selectors
from cairn.api.idempotency import idempotent
from cairn.api.pagination import ListParams, page_schema, paginate
from cairn.api.types import Bool, IdParam, Input, Int, Number
from cairn.okrs import services
from cairn.okrs.models import CheckIn, CheckInSource, KeyResult

router = Router(tags=["check-ins"])


class CheckInOut(Schema):
    id: int
    key_result: int = Field(..., alias="key_result_id")
    author: int | None = Field(None, alias="author_id")
    checked_in_at: datetime
    value: float | None
    done: bool | None
    confidence: int
    note: str
    blockers: str
    source: str
    corrects: int | None = Field(None, alias="corrects_id")


class CheckInIn(Input):
    value: Number | None = Field(None, ge=-1e15, le=1e15, description="For metric types.")
    done: Bool | None = Field(None, description="For milestones.")
    confidence: Int | None = Field(None, ge=0, le=10, description="0–10; keeps the last.")
    note: str = Field("", max_length=5000)
    blockers: str = Field("", max_length=5000)
    source: CheckInSource = CheckInSource.API
    confirm_implausible: Bool = Field(
        False,
        description="Record a value that looks like a typo (more than 100 times the key "
        "result's span from its start, or of the wrong sign); without it such a value gets a 422.",
    )


class CorrectionIn(Input):
    value: Number | None = Field(None, ge=-1e15, le=1e15)
    done: Bool | None = None
    confidence: Int | None = Field(None, ge=0, le=10)
    note: str | None = Field(None, max_length=5000)
    blockers: str | None = Field(None, max_length=5000)
    confirm_implausible: Bool = Field(False, description="As when recording a check-in.")


class CheckInFilters(ListParams):
    effective: bool = Field(False, description="Only check-ins that were not corrected.")


CheckInPage = page_schema(CheckInOut, "CheckInPage")


def _with_confirm_hint(write: Callable[..., CheckIn], **arguments: Any) -> CheckIn:
    """Run a check-in write; an implausible value's error says which field confirms it."""
    try:
        return write(**arguments)
    except ValidationError as error:
        codes = [e.code for e in getattr(error, "error_dict", {}).get("value", [])]
        if "implausible" not in codes:
            raise
        hint = _("Send confirm_implausible: true to record it anyway.")
        raise ValidationError({"value": f"{error.message_dict['value'][0]} {hint}"}) from error


@router.get("/key-results/{int:key_result_id}/check-ins", response=CheckInPage)
def list_check_ins(request: HttpRequest, key_result_id: IdParam, filters: Query[CheckInFilters]):
    """Return a page of a key result's check-ins, oldest first."""
    key_result = selectors.one(selectors.key_results(request.auth), key_result_id)
    queryset = selectors.check_ins(key_result)
    if filters.effective:
        queryset = queryset.filter(correction__isnull=True)
    return paginate(queryset, filters)


@router.post("/key-results/{int:key_result_id}/check-ins", response={201: CheckInOut})
@decorate_view(idempotent)
def record_check_in(request: HttpRequest, key_result_id: IdParam, payload: CheckInIn):
    """Record where a key result stands; progress rolls up at once."""
    try:
        check_in = _with_confirm_hint(
            services.check_in_record_visible,
            key_result_id=key_result_id,
            author=request.auth,
            **payload.dict(),
        )
    except KeyResult.DoesNotExist:
        raise Http404("No KeyResult matches the given query.") from None
    return Status(201, check_in)


@router.post("/check-ins/{int:check_in_id}/corrections", response={201: CheckInOut})
@decorate_view(idempotent)
def correct_check_in(request: HttpRequest, check_in_id: IdParam, payload: CorrectionIn):
    """Correct a check-in; the original stays in history."""
    person = request.auth
    visible = selectors.key_results(person).values("pk")
    check_in = selectors.one(CheckIn.objects.filter(key_result_id__in=visible), check_in_id)
    correction = _with_confirm_hint(
        services.check_in_correct, check_in=check_in, author=person, **payload.dict()
    )
    return Status(201, correction)

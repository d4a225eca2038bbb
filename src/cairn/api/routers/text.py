"""OKRs as text and the coach: review sentences and objectives, import and export a cycle.

The coach endpoints only read, so read-only tokens and viewers may use them although they
are POSTs; they judge with the organisation's coach settings. Import and export behave as
`cairn import` and `cairn export` do (same reading, same all-or-nothing write, same bytes).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime
from functools import wraps
from typing import Annotated, Any, Literal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status
from ninja.decorators import decorate_view
from pydantic import AfterValidator

from cairn.api import auth, errors, selectors
from cairn.api.idempotency import idempotent
from cairn.api.types import Bool, IdParam, Input
from cairn.audit.services import audit_export
from cairn.coach import CoachConfig, KeyResultDraft, ObjectiveDraft, review_objective
from cairn.coach import review_sentence as coach_sentence
from cairn.import_export import cli
from cairn.import_export.import_records import (
    AlreadyImported,
    Origin,
    previous_import,
    previous_import_data,
)
from cairn.import_export.importing import document_import, looks_like_sheet
from cairn.import_export.models import ImportSource
from cairn.import_export.services import ImportResult, cycle_plan, export_filename
from cairn.import_export.spreadsheets import spreadsheet_import
from cairn.okrs.models import Cycle
from cairn.okrs.permissions import Access, require
from cairn.okrs.selectors import OPEN_STATES
from cairn.organisations.models import Person
from cairn.text import sheet_files, tabular
from cairn.text.document import parse_document
from cairn.text.fingerprint import sheet_fingerprint, text_fingerprint
from cairn.text.key_result_parser import parse_key_result
from cairn.text.writers import WRITERS

router = Router(tags=["text"])

MAX_SENTENCE = 1000
MAX_KEY_RESULTS = 20
MAX_TEXT_BYTES = 1_000_000  # 1 MB of UTF-8
MEDIA_TYPES = {
    "md": "text/markdown; charset=utf-8",
    "json": "application/json",
    "csv": "text/csv; charset=utf-8",
}


class BearerToken(auth.BearerToken):
    """A Bearer token of either scope: the coach's POSTs read only, so read tokens may use them."""

    def authenticate(self, request: HttpRequest, token: str) -> Person | None:
        api_token = auth.bearer_token(token)
        if api_token is None:
            return None
        auth.rate_limit(f"t{api_token.pk}")
        auth.token_touch(api_token)
        request.api_token = api_token  # type: ignore[attr-defined]
        return api_token.person


READERS = [BearerToken(), auth.SessionPerson()]


def _unicode(value: str) -> str:
    """Refuse text that cannot be stored or sent as UTF-8 (lone surrogates from \\ud800)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise ValueError("The text is not valid Unicode.") from None
    return value


Sentence = Annotated[str, Field(min_length=1, max_length=MAX_SENTENCE), AfterValidator(_unicode)]
Direction = Literal["increase", "decrease", "stay_above", "stay_below"]
Num = int | float  # whole numbers stay integers, as in `cairn parse --json`


# The coach ------------------------------------------------------------------------------------


class FindingOut(Schema):
    code: str = Field(..., description="The rule, e.g. KR102 (see docs/coach.md).")
    severity: Literal["error", "warning", "info"]
    message: str
    suggestion: str


class ChangeOut(Schema):
    amount: Num
    relative: bool = Field(..., description="True for a percentage change (by 12%).")


class KeyResultReviewOut(Schema):
    """What a key result sentence says about its measure, as `cairn parse --json`."""

    text: str
    direction: Direction | None
    start: Num | None
    target: Num | None
    change: ChangeOut | None
    unit: str | None
    metric: str | None
    findings: list[FindingOut]


# Inputs are Input schemas: a body that is not an object (the JSON string "AAA") is refused.
class KeyResultReviewIn(Input):
    text: Sentence


class ObjectiveReviewIn(Input):
    title: Sentence
    key_results: list[Sentence] = Field(default_factory=list, max_length=MAX_KEY_RESULTS)


class ReviewedKeyResultOut(Schema):
    text: str
    findings: list[FindingOut]


class ObjectiveReviewOut(Schema):
    findings: list[FindingOut] = Field(..., description="About the objective itself.")
    key_results: list[ReviewedKeyResultOut]


@router.post("/coach/key-result", response=KeyResultReviewOut, auth=READERS)
def review_key_result(request: HttpRequest, payload: KeyResultReviewIn):
    """Parse a key result sentence and return the coach's findings (read tokens may call it)."""
    data = parse_key_result(payload.text).as_dict()
    data["findings"] = [f.as_dict() for f in coach_sentence(payload.text, _config(request))]
    return finite(data)


@router.post("/coach/objective", response=ObjectiveReviewOut, auth=READERS)
def review_objective_draft(request: HttpRequest, payload: ObjectiveReviewIn):
    """Return the coach's findings on an objective and each of its key results.

    Owners are not given, so the owner rule (OKR007) stays silent, as for a pasted document.
    """
    config = _config(request).with_rule("OKR007", enabled=False)
    drafts = tuple(KeyResultDraft.from_text(text) for text in payload.key_results)
    findings = review_objective(ObjectiveDraft(payload.title, key_results=drafts), config)
    return {
        "findings": [f.as_dict() for f in findings if f.key_result_index is None],
        "key_results": [
            {"text": text, "findings": [f.as_dict() for f in findings if f.key_result_index == i]}
            for i, text in enumerate(payload.key_results)
        ],
    }


def _config(request: HttpRequest) -> CoachConfig:
    """Return the caller's organisation's coach settings."""
    return request.auth.organisation.coach


def finite(data: Any) -> Any:
    """Return JSON data with infinite or NaN numbers (a 400-digit target) replaced by None."""
    if isinstance(data, float) and not math.isfinite(data):
        return None
    if isinstance(data, dict):
        return {key: finite(value) for key, value in data.items()}
    if isinstance(data, list):
        return [finite(value) for value in data]
    return data


# Import -------------------------------------------------------------------------------------


def _at_most_1mb(value: str) -> str:
    if len(value.encode("utf-8")) > MAX_TEXT_BYTES:
        raise ValueError(f"The text is larger than 1 MB ({MAX_TEXT_BYTES:,} bytes in UTF-8).")
    return value


Document = Annotated[
    str,
    Field(max_length=MAX_TEXT_BYTES, description="At most 1 MB in UTF-8."),
    AfterValidator(_unicode),
    AfterValidator(_at_most_1mb),
]


class ImportIn(Input):
    text: Document
    format: Literal["auto", "text", "markdown", "csv"] = Field(
        "auto",
        description="auto: CSV when the first line names the id, parent_id, level and title "
        "columns, else text or Markdown (text and markdown read the same way).",
    )
    dry_run: Bool = Field(False, description="Only read the text and say what it holds.")
    force: Bool = Field(
        False,
        description="Import even when the same content was already imported into this cycle "
        "(otherwise that is a 409).",
    )


class LineProblemOut(Schema):
    line: int
    message: str


WorkType = Literal["epic", "story", "task", "sub-task"]
WorkStatus = Literal["todo", "in_progress", "done", "cancelled"]


class DocWorkOut(Schema):
    title: str
    type: WorkType
    parent: int | None = Field(..., description="Index of the work item it sits under, or None.")
    status: WorkStatus
    points: Num | None


class DocInitiativeOut(Schema):
    title: str
    line: int
    key_result: int | None = Field(..., description="Index of its key result, or None.")
    work: list[DocWorkOut]


class PlanWorkOut(DocWorkOut):
    initiative: int = Field(..., description="Index of its initiative in `initiatives`.")


class DocKeyResultOut(Schema):
    title: str
    line: int
    direction: Direction | None
    start: Num | None
    target: Num | None
    change: ChangeOut | None
    unit: str | None
    metric: str | None
    owner: str | None
    score: float | None = Field(None, description="A grade or progress the text reports, 0–1.")
    status: str | None = Field(None, description="A status the text reports (Met, at risk …).")
    initiatives: list[str]
    findings: list[FindingOut]


class DocObjectiveOut(Schema):
    title: str
    line: int
    owner: str | None
    score: float | None = Field(None, description="A grade the text reports, 0–1.")
    labels: list[str]
    findings: list[FindingOut]
    key_results: list[DocKeyResultOut]
    initiatives: list[DocInitiativeOut]


class PreviousImportOut(Schema):
    """An earlier import of the same content into the cycle."""

    cycle: str
    imported_at: datetime
    imported_by: str = Field(..., description="The person's name (or email).")
    source: Literal["cli", "api", "web"]
    objectives: int
    key_results: int
    message: str = Field(..., description='"This document was imported into … on … by … (…)."')


PREVIOUS_IMPORT = Field(
    ..., description="The last import of the same content into this cycle, or null."
)


class DocumentPreviewOut(Schema):
    """A text or Markdown document as read, as `cairn import --dry-run --json` prints it."""

    format: Literal["text", "cairn-markdown"]
    objectives: list[DocObjectiveOut]
    problems: list[LineProblemOut]
    previous_import: PreviousImportOut | None = PREVIOUS_IMPORT


class PlanKeyResultOut(Schema):
    title: str
    key: str | None
    type: Literal["increase", "decrease", "stay_above", "stay_below", "milestone"]
    start: Num | None
    target: Num | None
    current: Num | None
    unit: str | None
    weight: Num
    owner: str | None
    initiatives: list[str]
    work: list[PlanWorkOut]


class PlanObjectiveOut(Schema):
    title: str
    key: str | None
    owner: str | None
    team: str | None
    kind: Literal["committed", "aspirational"]
    visibility: Literal["public", "team", "private"]
    weight: Num
    aligned_to: str | None
    key_results: list[PlanKeyResultOut]
    initiatives: list[str]
    work: list[PlanWorkOut]


class PlanOut(Schema):
    """A cycle's objectives as `cairn export --format json` writes them."""

    cycle: str | None
    objectives: list[PlanObjectiveOut]


class SheetKeyResultOut(PlanKeyResultOut):
    row: int


class SheetObjectiveOut(PlanObjectiveOut):
    key_results: list[SheetKeyResultOut]
    row: int


class SheetProblemOut(Schema):
    row: int | None = Field(..., description="The header is row 1; None: the whole sheet.")
    column: str | None
    message: str


class SheetPreviewOut(Schema):
    """A CSV sheet as read, as `cairn import --dry-run --json` prints it."""

    format: Literal["csv"]
    objectives: list[SheetObjectiveOut]
    problems: list[SheetProblemOut]
    previous_import: PreviousImportOut | None = PREVIOUS_IMPORT


class ImportedOut(Schema):
    objectives: int
    key_results: int
    initiatives: int
    work_items: int = Field(..., description="Epics, stories, tasks and sub-tasks written.")
    aligned: int
    milestones: list[str] = Field(..., description="Key results without a measure read.")
    ids: list[int] = Field(..., description="The new objectives, in the text's order.")


def refuse_oversized(run: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Answer a body over DATA_UPLOAD_MAX_MEMORY_SIZE with a 400 problem, not Django's HTML.

    400 is what Django answers itself (and what clients and schema checkers expect of input
    that cannot be taken); the problem says why.
    """

    @wraps(run)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if limit is not None and length > limit:
            detail = _(
                "The request body is larger than the %(limit)s bytes the server takes; "
                "send the JSON as UTF-8, without \\u escapes."
            ) % {"limit": f"{limit:,}"}
            return errors.problem(400, detail, [{"field": "text", "message": detail}])
        return run(request, *args, **kwargs)

    return wrapper


ALREADY_IMPORTED = {
    "description": "The cycle no longer takes OKRs; or the same content was already imported "
    "into it (`previous_import` says when, by whom and how much: send `force: true` to import "
    "it again); or a request with this Idempotency-Key is in progress.",
    "content": {
        "application/problem+json": {
            "schema": {
                "allOf": [
                    {"$ref": "#/components/schemas/Problem"},
                    {
                        "type": "object",
                        "properties": {
                            "previous_import": {"$ref": "#/components/schemas/PreviousImportOut"}
                        },
                    },
                ]
            }
        }
    },
}


@router.post(
    "/cycles/{int:cycle_id}/import",
    response={200: DocumentPreviewOut | SheetPreviewOut, 201: ImportedOut},
    openapi_extra={"responses": {"409": ALREADY_IMPORTED}},
)
@decorate_view(idempotent, refuse_oversized)
def import_text(request: HttpRequest, cycle_id: IdParam, payload: ImportIn):
    """Import OKR text, Markdown or CSV into a cycle, all or nothing; or read it (dry_run).

    Every problem is a 422 naming its line (or row); nothing is written then. Content already
    imported into the cycle is a 409 unless `force`; a dry run names that earlier import.
    """
    cycle = _open_cycle(request.auth, cycle_id)
    sheet = payload.format == "csv" or (payload.format == "auto" and looks_like_sheet(payload.text))
    actor, force = request.auth, payload.force
    if sheet:
        table = sheet_files.read_csv(payload.text)
        if table.problems:  # over a limit, binary or empty: refused before anything is read
            return _unreadable_sheet(table)
        read = tabular.read_sheet(table)
        origin = Origin(ImportSource.API, (sheet_fingerprint(table),))
        if payload.dry_run:
            return _dry_run(cli.sheet_dry_run(read, "csv"), cycle, origin)
        if not read.problems and not read.plan.objectives:
            return _nothing_to_import()
        return _imported(
            lambda: spreadsheet_import(
                actor=actor, cycle=cycle, read=read, origin=origin, force=force
            )
        )
    document = parse_document(payload.text, None)
    origin = Origin(ImportSource.API, (text_fingerprint(payload.text),))
    if payload.dry_run:
        return _dry_run(document.as_dict(), cycle, origin)
    if not document.problems and not document.objectives:
        return _nothing_to_import()
    return _imported(
        lambda: document_import(
            actor=actor, cycle=cycle, document=document, origin=origin, force=force
        )
    )


def _dry_run(data: dict, cycle: Cycle, origin: Origin) -> dict:
    """Return what was read, naming the earlier import of the same content into the cycle."""
    previous = previous_import(cycle=cycle, fingerprints=origin.fingerprints)
    return finite({**data, "previous_import": previous_import_data(previous)})


def _open_cycle(person: Person, cycle_id: IdParam) -> Cycle:
    """Return the cycle to import into: 404 elsewhere, 403 for viewers, 409 when not open."""
    cycle = selectors.one(selectors.cycles(person), cycle_id)
    require(Access(person).can_write, _("Viewers can read but not change OKRs."))
    if cycle.state not in OPEN_STATES:
        raise errors.ApiProblem(
            409,
            _("The cycle %(name)s is %(state)s: only planning and active cycles take OKRs.")
            % {"name": cycle.name, "state": cycle.get_state_display().lower()},
        )
    return cycle


def _imported(write: Callable[[], ImportResult]) -> HttpResponse | Status:
    """Run the import; 201 with what was written, or a 422 listing every problem."""
    try:
        result = write()
    except ValidationError as error:
        messages = error.messages
        detail = _("Nothing was imported: %(count)d problem(s).") % {"count": len(messages)}
        return errors.problem(422, detail, [{"field": "text", "message": m} for m in messages])
    except AlreadyImported as error:
        detail = _('%(message)s Send "force": true to import it again.') % {"message": error}
        previous = previous_import_data(error.record)
        return errors.problem(409, detail, extensions={"previous_import": previous})
    counts = result.counts()
    return Status(
        201,
        {
            "objectives": counts["objectives"],
            "key_results": counts["key_results"],
            "initiatives": counts["initiatives"],
            "work_items": counts["work_items"],
            "aligned": counts["aligned"],
            "milestones": result.milestones,
            "ids": list(result.objective_ids),
        },
    )


def _unreadable_sheet(table: tabular.Sheet) -> HttpResponse:
    """Return a 422 problem for a CSV that cannot be read at all (dry run or not)."""
    messages = [str(p) for p in table.problems]
    detail = _("The sheet cannot be read: %(problem)s") % {"problem": messages[0]}
    return errors.problem(422, detail, [{"field": "text", "message": m} for m in messages])


def _nothing_to_import() -> HttpResponse:
    message = _("The text holds no objectives.")
    return errors.problem(422, message, [{"field": "text", "message": message}])


# Export -------------------------------------------------------------------------------------


class ExportParams(Input):
    format: Literal["md", "json", "csv"] = Field(
        "md", description="Canonical Markdown, JSON or CSV, as `cairn export --format`."
    )


EXPORT_CONTENT = {
    "text/markdown": {
        "schema": {"type": "string", "description": "Canonical Cairn Markdown (format=md)."}
    },
    "text/csv": {
        "schema": {"type": "string", "description": "One row per objective, KR, initiative."}
    },
}


@router.get(
    "/cycles/{int:cycle_id}/export",
    response=PlanOut,
    openapi_extra={
        "responses": {
            200: {
                "description": "The file: text/markdown (md), application/json (json) or "
                "text/csv (csv), byte for byte what `cairn export` writes for you.",
                "content": EXPORT_CONTENT,
            }
        }
    },
)
def export_cycle(request: HttpRequest, cycle_id: IdParam, params: Query[ExportParams]):
    """Return the cycle's objectives you may see as canonical Markdown, JSON or CSV."""
    person = request.auth
    cycle = selectors.one(selectors.cycles(person).select_related("organisation"), cycle_id)
    text = WRITERS[params.format](cycle_plan(person=person, cycle=cycle))
    audit_export(actor=person, obj=cycle, fmt=params.format, via="api")
    response = HttpResponse(text.encode("utf-8"), content_type=MEDIA_TYPES[params.format])
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=False, filename=export_filename(cycle.organisation, cycle, params.format)
    )
    return response

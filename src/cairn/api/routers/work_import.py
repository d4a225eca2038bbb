"""Importing a tracker export (Jira CSV, GitHub JSON, GitLab CSV, Linear CSV) as work items."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import wraps
from typing import Any, Literal, TypeVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status
from ninja.decorators import decorate_view
from ninja.errors import ValidationError as NinjaValidationError
from pydantic import ValidationError as PydanticValidationError

from cairn.api import errors, selectors
from cairn.api.idempotency import idempotent
from cairn.api.routers.text import refuse_oversized
from cairn.api.types import Bool, Id, IdParam, Input
from cairn.execution import services
from cairn.execution.imports import LIMITS, decode, read_work
from cairn.execution.imports.resolve import ImportPlan
from cairn.text.sheet_files import Problem
from cairn.text.upload_limits import over_bytes

router = Router(tags=["work items"])
UPLOAD_OVERHEAD = 64 * 1024  # the multipart boundaries and the choice fields beside the file
SchemaT = TypeVar("SchemaT", bound=Input)


class WorkImportIn(Input):
    content: str = Field(
        ...,
        min_length=1,
        max_length=LIMITS.max_bytes,
        description="The export's text: a CSV file, or the JSON `gh issue list --json …` prints.",
    )
    format: Literal["auto", "jira", "github", "gitlab", "linear"] = Field(
        "auto", description="auto: JSON is GitHub's; a CSV by its header."
    )
    initiative: Id | None = Field(None, description="Every item (not under a parent) serves it.")
    team: Id | None = Field(None, description="The owning team; sprints are matched or created.")
    status: list[str] = Field(
        [],
        max_length=100,
        description='Status mapping entries that win over the defaults: "Code Review=in_progress".',
    )
    dry_run: Bool = Field(False, description="Only say what would be written.")


class ImportProblemOut(Schema):
    row: int | None = Field(..., description="The file's row (CSV, header = 1) or item (JSON).")
    column: str | None
    message: str


class ImportItemOut(Schema):
    row: int
    key: str
    kind: str
    title: str
    status: str
    parent_key: str
    sprint: str
    assignee: int | None
    initiative: int | None
    outcome: Literal["new", "updated", "unchanged"]


class WorkImportOut(Schema):
    format: str
    new: int
    updated: int
    unchanged: int
    sprints: list[str] = Field(..., description="Sprints the import creates for the team.")
    warnings: list[ImportProblemOut]
    items: list[ImportItemOut]


class WorkImportForm(Input):
    """The same choices sent as multipart/form-data fields beside the uploaded `file`."""

    format: Literal["auto", "jira", "github", "gitlab", "linear"] = "auto"
    initiative: IdParam | None = None
    team: IdParam | None = None
    status: list[str] = Field([], max_length=100)
    dry_run: bool = False


def _form_schema() -> dict:
    schema = WorkImportIn.model_json_schema()
    properties = {k: v for k, v in schema["properties"].items() if k != "content"}
    properties["file"] = {
        "type": "string",
        "format": "binary",
        "description": "The export as a file (up to 25 MB and 20,000 rows): Jira, GitLab or "
        "Linear CSV, or GitHub's JSON.",
    }
    return {"type": "object", "properties": properties, "required": ["file"]}


def refuse_oversized_upload(run: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """Refuse a body over the limit before it is read: 2.5 MB of JSON, an upload of 25 MB.

    An upload is streamed to a temporary file by Django, so it may exceed the JSON body limit;
    with an Idempotency-Key the body is hashed in memory, so it stays under that limit.
    """
    json_limit = refuse_oversized(run)

    @wraps(run)
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.content_type != "multipart/form-data":
            return json_limit(request, *args, **kwargs)
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = LIMITS.max_bytes + UPLOAD_OVERHEAD
        keyed = request.META.get("HTTP_IDEMPOTENCY_KEY", "").strip()
        if keyed and settings.DATA_UPLOAD_MAX_MEMORY_SIZE is not None:
            limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        if length > limit:
            detail = _("The upload is larger than the %(limit)s bytes taken here%(why)s.") % {
                "limit": f"{limit:,}",
                "why": _(" with an Idempotency-Key") if keyed else "",
            }
            return errors.problem(400, detail, [{"field": "file", "message": detail}])
        return run(request, *args, **kwargs)

    return wrapper


REQUEST_BODY = {
    "required": True,
    "content": {
        "application/json": {"schema": WorkImportIn.model_json_schema()},
        "multipart/form-data": {"schema": _form_schema()},
    },
}


@router.post(
    "/work-items/import",
    response={200: WorkImportOut, 201: WorkImportOut},
    summary="Import work from a tracker export",
    openapi_extra={"requestBody": REQUEST_BODY},
)
@decorate_view(idempotent, refuse_oversized_upload)
def import_work(request: HttpRequest):
    """Import a tracker export all or nothing; re-importing updates items by their key.

    Send the file's text in a JSON body (`content`, up to the server's 2.5 MB request body), or
    upload the file itself as multipart/form-data (`file`, up to 25 MB) with the same choices
    as form fields. A 400 lists every problem by row and column (`rows`) and nothing is written;
    `dry_run` answers 200 with what would be written.
    """
    if request.content_type == "multipart/form-data":
        choices, content = _from_upload(request)
    else:
        choices = _valid(WorkImportIn, _json(request))
        content = choices.content
    if isinstance(content, HttpResponse):
        return content
    return _import(request, choices, content)


def _import(request: HttpRequest, payload: WorkImportIn | WorkImportForm, content: str):
    person = request.auth  # type: ignore[attr-defined]
    initiative = None
    if payload.initiative is not None:
        initiative = selectors.one(selectors.initiatives(person), payload.initiative)
    team = selectors.one(selectors.teams(person), payload.team) if payload.team else None
    if initiative is None and team is None:
        return _refused([Problem(None, None, _("Choose an initiative or a team."))])
    work = read_work(content, payload.format, statuses=payload.status)
    if work.problems:
        return _refused(work.problems)
    plan = services.work_import_preview(actor=person, work=work, initiative=initiative, team=team)
    if plan.problems:
        return _refused(plan.problems)
    if not payload.dry_run:
        try:
            plan = services.work_import(actor=person, work=work, initiative=initiative, team=team)
        except ValidationError as error:  # refused by the database after all
            return _refused([Problem(None, None, message) for message in error.messages])
    return Status(200 if payload.dry_run else 201, _answer(plan))


def _json(request: HttpRequest) -> object:
    try:
        return json.loads(request.body)
    except (ValueError, RecursionError):
        raise NinjaValidationError(
            [{"loc": ["body"], "msg": _("Send a JSON object, or upload the file as multipart.")}]
        ) from None


def _valid(model: type[SchemaT], data: object) -> SchemaT:
    try:
        return model.model_validate(data)
    except PydanticValidationError as error:
        raise NinjaValidationError(
            [{"loc": ["body", *e["loc"]], "msg": e["msg"]} for e in error.errors()]
        ) from None


def _from_upload(request: HttpRequest) -> tuple[WorkImportForm, str | HttpResponse]:
    """Return the form's choices and the uploaded file's text (or a problem refusing it)."""
    fields: dict[str, object] = {k: request.POST.get(k) for k in request.POST if k != "status"}
    fields["status"] = request.POST.getlist("status")
    choices = _valid(WorkImportForm, fields)
    upload = request.FILES.get("file")
    if upload is None:
        raise NinjaValidationError([{"loc": ["body", "file"], "msg": _("Upload the export.")}])
    too_big = over_bytes(upload.size or 0, LIMITS)
    if too_big:
        return choices, _refused([Problem(None, None, too_big.capitalize() + ".")])
    content = decode(upload.read())
    if content is None:
        message = _("The file is not text in UTF-8 or Windows-1252.")
        return choices, _refused([Problem(None, None, message)])
    if not content.strip():
        return choices, _refused([Problem(None, None, _("The file is empty."))])
    if "\x00" in content:
        return choices, _refused([Problem(None, None, _("The file holds a NUL character."))])
    return choices, content


def _refused(problems: list[Problem]) -> HttpResponse:
    detail = _("Nothing was imported: %(count)d problem(s).") % {"count": len(problems)}
    return errors.problem(
        400,
        detail,
        [{"field": "content", "message": str(problem)} for problem in problems],
        extensions={"rows": [problem.as_dict() for problem in problems]},
    )


def _answer(plan: ImportPlan) -> dict:
    summary = plan.summary()
    return {
        "format": plan.source,
        "new": summary["new"],
        "updated": summary["updated"],
        "unchanged": summary["unchanged"],
        "sprints": plan.new_sprints,
        "warnings": [problem.as_dict() for problem in plan.warnings],
        "items": [
            {
                "row": item.row.row,
                "key": item.row.key,
                "kind": item.row.kind,
                "title": item.row.title,
                "status": item.fields["status"],
                "parent_key": item.parent_key,
                "sprint": item.sprint_name or "",
                "assignee": item.fields.get("assignee_id"),
                "initiative": item.fields.get("initiative_id"),
                "outcome": item.outcome,
            }
            for item in plan.items
        ],
    }

"""Importing a tracker export (Jira CSV, GitHub JSON, GitLab CSV, Linear CSV) as work items."""

from __future__ import annotations

from typing import Literal

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from ninja import Field, Router, Schema, Status
from ninja.decorators import decorate_view

from cairn.api import errors, selectors
from cairn.api.idempotency import idempotent
from cairn.api.routers.text import refuse_oversized
from cairn.api.types import Bool, Id, Input
from cairn.execution import services
from cairn.execution.imports import LIMITS, read_work
from cairn.execution.imports.resolve import ImportPlan
from cairn.text.sheet_files import Problem

router = Router(tags=["work items"])


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


@router.post(
    "/work-items/import",
    response={200: WorkImportOut, 201: WorkImportOut},
    summary="Import work from a tracker export",
)
@decorate_view(idempotent, refuse_oversized)
def import_work(request: HttpRequest, payload: WorkImportIn):
    """Import a tracker export all or nothing; re-importing updates items by their key.

    A 400 lists every problem by row and column (`rows`) and nothing is written; `dry_run`
    answers 200 with what would be written.
    """
    person = request.auth
    initiative = None
    if payload.initiative is not None:
        initiative = selectors.one(selectors.initiatives(person), payload.initiative)
    team = selectors.one(selectors.teams(person), payload.team) if payload.team else None
    if initiative is None and team is None:
        return _refused([Problem(None, None, _("Choose an initiative or a team."))])
    work = read_work(payload.content, payload.format, statuses=payload.status)
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

"""Spreadsheet import of a cycle's OKRs: upload, preview by row, confirm all or nothing.

The confirm step carries the rows read at upload in a signed hidden field, so the file is
uploaded once and cannot be changed between preview and import. A sheet imported into the
cycle before is named in the preview, and importing it again needs the confirm box ticked.
Also the import templates and the cycle's XLSX export.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from cairn.audit.services import audit_export
from cairn.import_export import spreadsheets as sheets
from cairn.import_export.import_records import AlreadyImported, Origin, previous_import
from cairn.import_export.models import ImportSource
from cairn.import_export.services import cycle_plan, export_filename
from cairn.okrs.models import Cycle
from cairn.okrs.permissions import Access, require
from cairn.okrs.selectors import OPEN_STATES
from cairn.text import tabular
from cairn.text.fingerprint import sheet_fingerprint
from cairn.text.plan import PlanKeyResult, PlanObjective, format_number
from cairn.text.tabular_export import XLSX_TYPE, export_xlsx, template_csv, template_xlsx
from cairn.web.decorators import person_required
from cairn.web.forms.spreadsheets import (
    SpreadsheetConfirmForm,
    SpreadsheetUploadForm,
    sign_sheet,
)
from cairn.web.queries.common import cycle_in

NAV = "cycles"  # the navigation entry marked as current
PAGE = "web/spreadsheets/import.html"
CONFIRM = "import_again"  # the box to tick to import a sheet imported before


@dataclass(frozen=True)
class PreviewRow:
    """One row of the preview: what it becomes, and its problems."""

    row: int
    level: str
    depth: int
    title: str
    owner: str
    team: str
    measure: str
    weight: str
    problems: tuple[str, ...]


@require_http_methods(["GET", "HEAD", "POST"])
@person_required
def spreadsheet_import(request: HttpRequest, cycle_id: int) -> HttpResponse:
    """Return the upload form; POST previews a file, and POST with the signed rows imports."""
    cycle = _writable_cycle(request, cycle_id)
    if cycle.state not in OPEN_STATES:  # as the paste box and the new-objective form
        return _page(request, cycle, {"closed": True}, status=409)
    if request.method == "POST" and "payload" in request.POST:
        return _confirm(request, cycle)
    form = SpreadsheetUploadForm(request.POST or None, request.FILES or None)
    if request.method != "POST":
        return _page(request, cycle, {"form": form})
    if not form.is_valid():
        return _page(request, cycle, {"form": form}, status=400)
    return _preview(request, cycle, form.cleaned_data["sheet"], form.cleaned_data["file"].name)


def _writable_cycle(request: HttpRequest, cycle_id: object) -> Cycle:
    """Return the organisation's cycle (404 otherwise) for a person who may write (403)."""
    cycle = cycle_in(request.person.organisation, cycle_id)
    require(Access(request.person).can_write, _("Viewers can read but not import OKRs."))
    return cycle


def _preview(
    request: HttpRequest,
    cycle: Cycle,
    sheet: tabular.Sheet,
    name: str,
    import_errors: list[str] | None = None,
    unconfirmed: bool = False,
) -> HttpResponse:
    """Return the page previewing a sheet; it offers the import only when nothing is wrong.

    `unconfirmed`: importing again what was imported before was refused (the box not ticked).
    """
    read = tabular.read_sheet(sheet)
    problems = sorted(
        [
            *read.problems,
            *sheets.reference_problems(organisation=request.person.organisation, read=read),
        ],
        key=lambda p: p.row or 0,
    )
    context = {
        "form": SpreadsheetUploadForm(),
        "name": name,
        "rows": preview_rows(read, problems),
        "problems": [str(p) for p in problems],
        "import_errors": import_errors or [],
        "counts": _counts(read),
        "previous": previous_import(cycle=cycle, fingerprints=(sheet_fingerprint(sheet),)),
        "unconfirmed": unconfirmed,
    }
    if not problems and not import_errors:
        context["payload"] = sign_sheet(sheet, cycle=cycle, name=name)
    bad = bool(problems or import_errors or unconfirmed)
    return _page(request, cycle, context, status=400 if bad else 200)


def _confirm(request: HttpRequest, cycle: Cycle) -> HttpResponse:
    """Import the signed rows all or nothing; on failure show every problem and write nothing."""
    confirm = SpreadsheetConfirmForm(request.POST, cycle=cycle)
    if not confirm.is_valid():
        context = {"form": SpreadsheetUploadForm(), "import_errors": confirm.errors["payload"]}
        return _page(request, cycle, context, status=400)
    sheet, name = confirm.cleaned_data["payload"]
    read = tabular.read_sheet(sheet)
    origin = Origin(ImportSource.WEB, (sheet_fingerprint(sheet),))
    try:
        result = sheets.spreadsheet_import(
            actor=request.person,
            cycle=cycle,
            read=read,
            origin=origin,
            force=CONFIRM in request.POST,
        )
    except ValidationError as error:
        return _preview(request, cycle, sheet, name, import_errors=error.messages)
    except PermissionDenied as error:
        return _preview(request, cycle, sheet, name, import_errors=[str(error)])
    except AlreadyImported:
        return _preview(request, cycle, sheet, name, unconfirmed=True)
    context = {"cycle": cycle, "counts": result.counts(), "milestones": result.milestones}
    return render(request, "web/spreadsheets/imported.html", {"nav": NAV, **context})


def _page(request: HttpRequest, cycle: Cycle, context: dict, status: int = 200) -> HttpResponse:
    return render(request, PAGE, {"nav": NAV, "cycle": cycle, **context}, status=status)


def _counts(read: tabular.SheetPlan) -> dict[str, int]:
    levels = [entry.level for entry in read.entries]
    return {level: levels.count(level) for level in tabular.LABELS}


def preview_rows(read: tabular.SheetPlan, problems: list[tabular.Problem]) -> list[PreviewRow]:
    """Return the placed rows in plan order, each with its problems and shown fields."""
    by_row: dict[int | None, list[str]] = {}
    for problem in problems:
        where = _("column %(column)s: ") % {"column": problem.column} if problem.column else ""
        by_row.setdefault(problem.row, []).append(where + problem.message)
    return [
        PreviewRow(
            row=entry.row,
            level=entry.level,
            depth=entry.depth,
            title=entry.title,
            owner=getattr(entry.item, "owner", None) or "",
            team=getattr(entry.item, "team", None) or "",
            measure=_measure(entry.item),
            weight=format_number(entry.item.weight) if entry.item else "",
            problems=tuple(by_row.get(entry.row, ())),
        )
        for entry in read.entries
    ]


def _measure(item: PlanObjective | PlanKeyResult | None) -> str:
    """Return a key result's measure as shown in the preview: "decrease 14 → 3 days"."""
    if not isinstance(item, PlanKeyResult):
        return ""
    start, target = ("?" if n is None else format_number(n) for n in (item.start, item.target))
    numbers = {"increase": f"{start} → {target}", "decrease": f"{start} → {target}"}
    numbers |= {"stay_above": target, "stay_below": target, "milestone": ""}
    parts = [item.type.replace("_", " "), numbers.get(item.type, ""), item.unit or ""]
    return " ".join(part for part in parts if part)


@require_safe
@person_required
def spreadsheet_template(request: HttpRequest, cycle_id: str, fmt: str) -> HttpResponse:
    """Return the import template: the columns and an example objective, KR and initiative."""
    _writable_cycle(request, cycle_id)
    if fmt == "xlsx":
        response = HttpResponse(template_xlsx(), content_type=XLSX_TYPE)
    else:
        response = HttpResponse(template_csv().encode(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"cairn-okrs-template.{fmt}"
    )
    return response


@require_safe
@person_required
def cycle_export_xlsx(request: HttpRequest, cycle_id: int) -> HttpResponse:
    """Return the cycle's objectives the person may see as an XLSX workbook."""
    cycle = cycle_in(request.person.organisation, cycle_id)
    data = export_xlsx(cycle_plan(person=request.person, cycle=cycle))
    audit_export(actor=request.person, obj=cycle, fmt="xlsx", via="web")
    response = HttpResponse(data, content_type=XLSX_TYPE)
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=export_filename(request.person.organisation, cycle, "xlsx")
    )
    return response

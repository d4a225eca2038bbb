"""The company, team and person dashboards, and their tables as CSV or XLSX downloads."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header, urlencode
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from cairn.audit.services import audit_export
from cairn.dashboards.figures import PACES
from cairn.dashboards.tables import write_csv, write_xlsx
from cairn.okrs.models import Cycle
from cairn.okrs.permissions import Access
from cairn.text.tabular_export import XLSX_TYPE
from cairn.web import dashboard_charts as charts
from cairn.web.decorators import person_required
from cairn.web.htmx import htmx_partial
from cairn.web.queries.as_of import Dates, before_cycle, read_dates
from cairn.web.queries.common import chosen_cycle
from cairn.web.queries.dashboard_tables import COMPARE_TABLES, TABLE_PARTS, TABLES
from cairn.web.queries.dashboards import (
    EXPORT_LIMIT,
    LIST_LIMIT,
    PAGE_PARTS,
    Dashboard,
    Heat,
    company_heat,
    compare,
    dashboard,
    person_heat,
    team_heat,
)
from cairn.web.queries.directory import person_in, team_in
from cairn.web.views.as_of import wants_as_of

NAV = "dashboard"
CONFIDENCE_PART = "web/dashboards/_confidence.html"
CONFIDENCE_PAGE = "web/dashboards/confidence.html"
FORMATS = {"csv": "text/csv; charset=utf-8", "xlsx": XLSX_TYPE}
COMPARED_PARTS = frozenset({"pace", "at_risk"})  # what the compare view shows of the 2nd date


@require_safe
@person_required
def company(request: HttpRequest) -> HttpResponse:
    """Return the company dashboard over the chosen (default: current) cycle."""
    heat = company_heat(request.person.organisation)
    return _dashboard(request, heat, _("Company dashboard"), {"scope": "company"})


@require_safe
@person_required
def team(request: HttpRequest, team_id: int) -> HttpResponse:
    """Return a team's dashboard: the team and every team below it."""
    the_team = team_in(request.person.organisation, team_id)
    title = _("%(team)s dashboard") % {"team": the_team.name}
    return _dashboard(request, team_heat(the_team), title, {"scope": "team", "team": the_team})


@require_safe
@person_required
def person(request: HttpRequest, person_id: int) -> HttpResponse:
    """Return a person's dashboard: the key results and objectives they own."""
    the_person = person_in(request.person.organisation, person_id)
    title = _("%(person)s dashboard") % {"person": the_person.name}
    context = {"scope": "person", "the_person": the_person}
    return _dashboard(request, person_heat(the_person), title, context)


SHOW = "show"  # the name of the dashboard form's one button


def _shown_url(request: HttpRequest) -> str:
    """Return the address the dashboard's one form asked for, without its blank dates: a cycle
    alone is the live dashboard; a comparison without a first date keeps the blank "as of" so
    the page says which date is missing."""
    params = {name: request.GET.get(name, "").strip() for name in ("cycle", "as_of", "compare")}
    kept = {
        name: value
        for name, value in params.items()
        if value or (name == "as_of" and params["compare"])
    }
    return f"{request.path}?{urlencode(kept)}" if kept else request.path


def _dashboard(request: HttpRequest, heat: Heat, title: str, context: dict) -> HttpResponse:
    if SHOW in request.GET:
        return redirect(_shown_url(request))
    organisation = request.person.organisation
    cycle = chosen_cycle(organisation, request.GET.get("cycle"))
    access = Access(request.person)
    params: dict[str, object] = {"cycle": cycle.pk} if cycle else {}
    context |= {"nav": NAV, "cycle": cycle, "paces": PACES}
    dates = None
    if wants_as_of(request):
        try:
            dates = read_dates(request.GET, request.person)
        except ValidationError as error:
            return _refused(request, error, title, cycle)
        params["as_of"] = dates.then.isoformat()
        if dates.compare:
            params["compare"] = dates.compare.isoformat()
        live_url = f"{request.path}?{urlencode({'cycle': cycle.pk})}" if cycle else request.path
        context |= {
            "dates": dates,
            "as_of": params["as_of"],
            "compare": params.get("compare", ""),
            "live_url": live_url,
            "before_cycle": bool(cycle and before_cycle(dates, cycle)),
        }
    at = dates.at if dates else None
    query = urlencode(params)
    context["download"] = f"{request.path}?{query}&" if query else f"{request.path}?"
    if "format" in request.GET or "table" in request.GET:
        return _download(request, access, heat, title, cycle, dates)
    if request.GET.get("part") == "confidence":
        board = dashboard(access, heat, title, cycle, parts=frozenset({"confidence"}), at=at)
        context |= {"board": board, "confidence_chart": charts.confidence_line(board.weeks)}
        page = CONFIDENCE_PART if htmx_partial(request) else CONFIDENCE_PAGE
        return render(request, page, context)
    board = dashboard(access, heat, title, cycle, parts=PAGE_PARTS, at=at)
    if dates and dates.compare and cycle:
        context["comparison"] = compare(board, _later(access, heat, title, cycle, dates))
    context |= {
        "board": board,
        "cycles": Cycle.objects.filter(organisation=organisation).order_by("-start", "name"),
        "pace_chart": charts.pace_bars(board.paces) if board.total.count else None,
        "grade_chart": charts.grade_bars(board.grades),
        "confidence_url": f"{request.path}?{query}&part=confidence",
    }
    return render(request, "web/dashboards/dashboard.html", context)


def _later(
    access: Access,
    heat: Heat,
    title: str,
    cycle: Cycle,
    dates: Dates,
    parts: frozenset[str] = COMPARED_PARTS,
    limit: int = LIST_LIMIT,
) -> Dashboard:
    """Return the dashboard on the compared date: today's live one when that date is today."""
    today = timezone.now().astimezone(access.person.zone).date()
    at = None if dates.compare == today else dates.compare_at
    return dashboard(access, heat, title, cycle, parts=parts, limit=limit, at=at)


def _refused(
    request: HttpRequest, error: ValidationError, title: str, cycle: Cycle | None
) -> HttpResponse:
    """Return the dashboard's header with the date form and its error (400), never a 500."""
    errors = error.message_dict if hasattr(error, "error_dict") else {"as_of": error.messages}
    context = {
        "nav": NAV,
        "title": title,
        "cycle": cycle,
        "errors": errors,
        "as_of": request.GET.get("as_of", ""),
        "compare": request.GET.get("compare", ""),
        "live_url": request.path + (f"?{urlencode({'cycle': cycle.pk})}" if cycle else ""),
    }
    return render(request, "web/as_of/refused.html", context, status=400)


def _download(
    request: HttpRequest,
    access: Access,
    heat: Heat,
    title: str,
    cycle: Cycle | None,
    dates: Dates | None = None,
) -> HttpResponse:
    fmt, name = request.GET.get("format", ""), request.GET.get("table", "")
    if fmt not in FORMATS or name not in TABLES:
        message = _("Choose format=csv or format=xlsx and a table among: %(tables)s.") % {
            "tables": ", ".join(TABLES)
        }
        return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
    parts = frozenset({TABLE_PARTS[name]})
    at = dates.at if dates else None
    board = dashboard(access, heat, title, cycle, parts=parts, limit=EXPORT_LIMIT, at=at)
    if dates and dates.compare and cycle and name in COMPARE_TABLES:
        later = _later(access, heat, title, cycle, dates, parts=parts, limit=EXPORT_LIMIT)
        table = COMPARE_TABLES[name](compare(board, later), dates)
    else:
        table = TABLES[name](board)
    body = write_csv(table).encode("utf-8") if fmt == "csv" else write_xlsx(table)
    if board.cycle is not None:
        audit_export(actor=request.person, obj=board.cycle, fmt=f"dashboard-{fmt}", via="web")
    cycle_name = slugify(board.cycle.name) if board.cycle else "no-cycle"
    as_of = f"-as-of-{dates.then.isoformat()}" if dates else ""
    if dates and dates.compare:
        as_of += f"-compared-with-{dates.compare.isoformat()}"
    filename = f"{slugify(board.title) or 'dashboard'}-{cycle_name}-{name}{as_of}.{fmt}"
    response = HttpResponse(body, content_type=FORMATS[fmt])
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=filename
    )
    return response

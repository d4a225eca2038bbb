"""Time travel on the board, the objective page and the alignment map (`?as_of=YYYY-MM-DD`).

The live views hand over here when the query names a date; `compare` adds a second date.
Nothing here writes: the pages carry no write actions at all.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from cairn.lib.ids import parse_id
from cairn.okrs.models import Cycle, Objective
from cairn.okrs.permissions import Access
from cairn.web.queries.as_of import (
    Dates,
    before_cycle,
    board_then,
    map_then,
    objective_then,
    read_dates,
)

LAST_PAGE = 1000


def wants_as_of(request: HttpRequest) -> bool:
    """Return True when the query asks for a past date (even an empty or bad one)."""
    return "as_of" in request.GET


def _page(request: HttpRequest) -> int:
    return min(parse_id(request.GET.get("page")) or 1, LAST_PAGE)


def _refused(request: HttpRequest, error: ValidationError, context: dict) -> HttpResponse:
    """Return the page's header with the date form and its error (400), never a 500."""
    errors = error.message_dict if hasattr(error, "error_dict") else {"as_of": error.messages}
    context.update(
        errors=errors,
        as_of=request.GET.get("as_of", ""),
        compare=request.GET.get("compare", ""),
    )
    return render(request, "web/as_of/refused.html", context, status=400)


def _dates(request: HttpRequest) -> Dates:
    return read_dates(request.GET, request.person)


def _context(request: HttpRequest, dates: Dates, live_url: str, cycle: Cycle) -> dict:
    return {
        "dates": dates,
        "as_of": dates.then.isoformat(),
        "compare": dates.compare.isoformat() if dates.compare else "",
        "live_url": live_url,
        "before_cycle": before_cycle(dates, cycle),
        "cycle": cycle,
    }


def board(request: HttpRequest, cycle: Cycle, nav: str) -> HttpResponse:
    """Return the board of the cycle as it stood on the asked date."""
    live_url = reverse("board", args=[cycle.pk])
    base = {"nav": nav, "title": cycle.name, "live_url": live_url, "cycle": cycle}
    try:
        dates = _dates(request)
    except ValidationError as error:
        return _refused(request, error, base)
    context = _context(request, dates, live_url, cycle)
    context.update(nav=nav, board=board_then(Access(request.person), cycle, dates, _page(request)))
    return render(request, "web/as_of/board.html", context)


def objective(request: HttpRequest, objective: Objective) -> HttpResponse:
    """Return the objective page as it stood on the asked date (and beside another date)."""
    live_url = reverse("objective", args=[objective.pk])
    base = {"title": objective.title, "live_url": live_url, "cycle": objective.cycle}
    try:
        dates = _dates(request)
    except ValidationError as error:
        return _refused(request, error, base)
    context = _context(request, dates, live_url, objective.cycle)
    context["page"] = objective_then(Access(request.person), objective, dates)
    context["objective"] = objective
    return render(request, "web/as_of/objective.html", context)


def alignment(request: HttpRequest, cycle: Cycle, nav: str) -> HttpResponse:
    """Return the alignment map of the cycle as it stood on the asked date."""
    live_url = f"{reverse('alignment')}?cycle={cycle.pk}"
    base = {"nav": nav, "title": cycle.name, "live_url": live_url, "cycle": cycle}
    try:
        dates = _dates(request)
    except ValidationError as error:
        return _refused(request, error, base)
    dates = Dates(then=dates.then, at=dates.at)  # the map shows one date; no compare there
    context = _context(request, dates, live_url, cycle)
    nodes, has_more = map_then(Access(request.person), cycle, dates, _page(request))
    context.update(nav=nav, nodes=nodes, has_more=has_more, page=_page(request))
    return render(request, "web/as_of/map.html", context)

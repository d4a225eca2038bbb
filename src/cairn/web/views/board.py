"""The cycle board: all objectives of a cycle as a tree, filtered with htmx or plain GET."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from cairn.okrs.models import Cycle, ObjectiveKind
from cairn.okrs.permissions import Access
from cairn.web.decorators import person_required
from cairn.web.htmx import htmx_partial
from cairn.web.queries.board import PACE_CHOICES, BoardFilters, board_key_results, cycle_board
from cairn.web.queries.common import current_cycle, cycle_in

NAV = "board"  # the navigation entry marked as current


@person_required
def current_board(request: HttpRequest) -> HttpResponse:
    """Return the board of the current cycle, or a page saying how to start one."""
    cycle = current_cycle(request.person.organisation)
    if cycle is None:
        return render(request, "web/board/no_cycle.html", {"nav": NAV})
    return _board(request, cycle)


@person_required
def board(request: HttpRequest, cycle_id: int) -> HttpResponse:
    """Return the board of one cycle of the person's organisation."""
    return _board(request, cycle_in(request.person.organisation, cycle_id))


def _board(request: HttpRequest, cycle: Cycle) -> HttpResponse:
    filters = BoardFilters.from_query(request.GET)
    context = {
        "board": cycle_board(Access(request.person), cycle, filters),
        "filters": filters,
        "statuses": PACE_CHOICES,
        "kinds": ObjectiveKind.choices,
        "cycles": Cycle.objects.filter(organisation=request.person.organisation),
    }
    if htmx_partial(request):
        return render(request, "web/board/_results.html", {"nav": NAV, **context})
    return render(request, "web/board/board.html", {"nav": NAV, **context})


@person_required
def key_results(request: HttpRequest, cycle_id: int, objective_id: int) -> HttpResponse:
    """Return the key results of one objective on the board (a fragment for htmx, else a page)."""
    cycle = cycle_in(request.person.organisation, cycle_id)
    view = board_key_results(Access(request.person), cycle, objective_id)
    if view is None:
        raise Http404
    template = (
        "web/board/_key_results.html" if htmx_partial(request) else "web/board/key_results.html"
    )
    return render(request, template, {"nav": NAV, "view": view, "cycle": cycle})

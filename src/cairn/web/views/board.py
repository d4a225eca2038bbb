"""The cycle board: a tree-table of the cycle's objectives, a page at a time, filtered with
htmx or plain GET; key results and further pages load on demand."""

from __future__ import annotations

from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.http import (
    Http404,
    HttpRequest,
    HttpResponse,
    HttpResponseBadRequest,
    HttpResponseRedirect,
)
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from cairn.lib.ids import parse_id
from cairn.okrs.models import Cycle, Objective, ObjectiveKind
from cairn.okrs.permissions import Access
from cairn.organisations.models import BoardDensity, Person
from cairn.organisations.services import board_density_set
from cairn.web.decorators import person_required
from cairn.web.htmx import htmx_partial
from cairn.web.queries.board import (
    PACE_CHOICES,
    BoardFilters,
    board_key_results,
    board_owners,
    cycle_board,
    previous_team,
)
from cairn.web.queries.common import current_cycle, cycle_in
from cairn.web.views import as_of

NAV = "board"  # the navigation entry marked as current
COMPACT_FROM = 20  # more objectives than this: compact rows unless the person chose otherwise


def density_for(person: Person, count: int) -> str:
    """Return how to draw a board of `count` objectives: the person's choice, else by size."""
    if person.board_density:
        return person.board_density
    return BoardDensity.COMPACT if count > COMPACT_FROM else BoardDensity.COMFORTABLE


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


def _other_cycle(request: HttpRequest, cycle: Cycle) -> HttpResponse | None:
    """Return a redirect when the filter bar's cycle picker names another cycle, else None.

    The picker is a field of the filter form so the bar works without scripts; the cycle itself
    lives in the path, so choosing one moves to that cycle's board with the other filters.
    """
    chosen = parse_id(request.GET.get("cycle"))
    if chosen is None or chosen == cycle.pk:
        return None
    other = cycle_in(request.person.organisation, chosen)
    params = {k: v for k, v in request.GET.items() if k not in ("cycle", "page") and v}
    url = reverse("board", args=[other.pk]) + (f"?{urlencode(params)}" if params else "")
    if htmx_partial(request):
        return HttpResponse(status=204, headers={"HX-Redirect": url})
    return HttpResponseRedirect(url)


def _board(request: HttpRequest, cycle: Cycle) -> HttpResponse:
    moved = _other_cycle(request, cycle)
    if moved is not None:
        return moved
    if as_of.wants_as_of(request):
        return as_of.board(request, cycle, NAV)
    filters = BoardFilters.from_query(request.GET)
    board = cycle_board(Access(request.person), cycle, filters)
    context = {
        "nav": NAV,
        "board": board,
        "filters": filters,
        "rows_url": reverse("board_rows", args=[cycle.pk]),
        "density": density_for(request.person, _size(cycle, filters, board.count)),
        "densities": BoardDensity.choices,
    }
    if htmx_partial(request):
        return render(request, "web/board/_results.html", context)
    context.update(
        owners=board_owners(cycle, board.rows),
        statuses=PACE_CHOICES,
        kinds=ObjectiveKind.choices,
        cycles=Cycle.objects.filter(organisation=request.person.organisation),
    )
    return render(request, "web/board/board.html", context)


def _size(cycle: Cycle, filters: BoardFilters, count: int) -> int:
    """Return the board's size for the automatic density: the unfiltered count, so narrowing
    the board with a filter never switches its look (one COUNT, only when filtered)."""
    if not filters.active:
        return count
    return Objective.objects.filter(cycle=cycle).count()


@person_required
def rows(request: HttpRequest, cycle_id: int) -> HttpResponse:
    """Return one further page of board rows (the "Show more" fragment), filters applied."""
    cycle = cycle_in(request.person.organisation, cycle_id)
    filters = BoardFilters.from_query(request.GET)
    after = previous_team(request.GET.get("after_team"))
    board = cycle_board(Access(request.person), cycle, filters, after=after)
    context = {"board": board, "filters": filters, "rows_url": request.path}
    return render(request, "web/board/_rows.html", context)


@person_required
def key_results(request: HttpRequest, cycle_id: int, objective_id: int) -> HttpResponse:
    """Return the key results of one objective on the board (a fragment for htmx, else a page)."""
    cycle = cycle_in(request.person.organisation, cycle_id)
    found = board_key_results(Access(request.person), cycle, objective_id)
    if found is None:
        raise Http404
    template = (
        "web/board/_key_results.html" if htmx_partial(request) else "web/board/key_results.html"
    )
    context = {"nav": NAV, "view": found.view, "rows": found.rows, "cycle": cycle}
    return render(request, template, context)


@require_POST
@person_required
def density(request: HttpRequest, cycle_id: int) -> HttpResponse:
    """Remember the person's board density (any role: it is their own view) and go back."""
    cycle = cycle_in(request.person.organisation, cycle_id)
    try:
        board_density_set(person=request.person, density=request.POST.get("density", ""))
    except ValidationError as error:
        return HttpResponseBadRequest(" ".join(error.messages))
    back = request.POST.get("next", "")
    board_url = reverse("board", args=[cycle.pk])
    if not (
        back.startswith(board_url)
        and url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()})
    ):
        back = board_url
    return HttpResponseRedirect(back)

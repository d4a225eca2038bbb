"""The alignment map: company objectives down to people's, as a tree with connectors; deeper
levels and further pages load on demand (htmx), and every fragment is also a page of its own."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse

from cairn.lib.ids import parse_id
from cairn.okrs.models import Cycle
from cairn.okrs.permissions import Access
from cairn.web.decorators import person_required
from cairn.web.htmx import htmx_partial
from cairn.web.queries.alignment import alignment_children, alignment_roots
from cairn.web.queries.common import chosen_cycle, visible_objectives
from cairn.web.views import as_of

NAV = "alignment"  # the navigation entry marked as current


def _page(request: HttpRequest) -> int:
    return parse_id(request.GET.get("page")) or 1


@person_required
def alignment_map(request: HttpRequest) -> HttpResponse:
    """Return the map's top level: a page of the cycle's objectives aligned to nothing."""
    organisation = request.person.organisation
    cycle = chosen_cycle(organisation, request.GET.get("cycle"))
    if cycle is None:
        return render(request, "web/board/no_cycle.html", {"nav": NAV})
    if as_of.wants_as_of(request):
        return as_of.alignment(request, cycle, NAV)
    context = {
        "nav": NAV,
        "cycle": cycle,
        "cycles": Cycle.objects.filter(organisation=organisation),
        "level": alignment_roots(Access(request.person), cycle, _page(request)),
        "more_url": f"{reverse('alignment_roots')}?cycle={cycle.pk}&",
        "page_url": f"?cycle={cycle.pk}&",
    }
    return render(request, "web/alignment/map.html", context)


@person_required
def roots(request: HttpRequest) -> HttpResponse:
    """Return a further page of the map's top level (the "Show more" fragment)."""
    cycle = chosen_cycle(request.person.organisation, request.GET.get("cycle"))
    if cycle is None:
        raise Http404
    context = {
        "level": alignment_roots(Access(request.person), cycle, _page(request)),
        "more_url": f"{request.path}?cycle={cycle.pk}&",
        "page_url": f"{reverse('alignment')}?cycle={cycle.pk}&",
    }
    return render(request, "web/alignment/_nodes.html", context)


@person_required
def children(request: HttpRequest, objective_id: int) -> HttpResponse:
    """Return the objectives aligned under one objective: a fragment for htmx, else a page."""
    access = Access(request.person)
    objective = visible_objectives(access).select_related("cycle").filter(pk=objective_id).first()
    if objective is None:
        raise Http404
    context = {
        "nav": NAV,
        "parent": objective,
        "level": alignment_children(access, objective, _page(request)),
        "more_url": f"{request.path}?",
        "page_url": f"{request.path}?",
    }
    if htmx_partial(request):
        return render(request, "web/alignment/_nodes.html", context)
    return render(request, "web/alignment/children.html", context)

"""The alignment map: company objectives down to people's, deeper levels loaded on demand."""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from cairn.okrs.models import Cycle
from cairn.okrs.permissions import Access
from cairn.web.decorators import person_required
from cairn.web.htmx import htmx_partial
from cairn.web.queries.alignment import ROOTS_SHOWN, alignment_children, alignment_roots
from cairn.web.queries.common import chosen_cycle, visible_objectives

NAV = "alignment"  # the navigation entry marked as current


@person_required
def alignment_map(request: HttpRequest) -> HttpResponse:
    """Return the map's top level: the cycle's objectives aligned to nothing."""
    organisation = request.person.organisation
    cycle = chosen_cycle(organisation, request.GET.get("cycle"))
    if cycle is None:
        return render(request, "web/board/no_cycle.html", {"nav": NAV})
    nodes = alignment_roots(Access(request.person), cycle)
    context = {
        "cycle": cycle,
        "cycles": Cycle.objects.filter(organisation=organisation),
        "nodes": nodes[:ROOTS_SHOWN],
        "truncated": len(nodes) > ROOTS_SHOWN,
    }
    return render(request, "web/alignment/map.html", {"nav": NAV, **context})


@person_required
def children(request: HttpRequest, objective_id: int) -> HttpResponse:
    """Return the objectives aligned under one objective: a fragment for htmx, else a page."""
    access = Access(request.person)
    objective = visible_objectives(access).select_related("cycle").filter(pk=objective_id).first()
    if objective is None:
        raise Http404
    context = {"parent": objective, "nodes": alignment_children(access, objective)}
    if htmx_partial(request):
        return render(request, "web/alignment/_nodes.html", {"nav": NAV, **context})
    return render(request, "web/alignment/children.html", {"nav": NAV, **context})

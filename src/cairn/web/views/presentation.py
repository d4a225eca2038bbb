"""Presentation mode: a cycle's (or a team's) objectives one per slide, for all-hands meetings."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from cairn.web.decorators import person_required
from cairn.web.views.one_pager import Scope, cycle_scope, team_scope


def _present(request: HttpRequest, scope: Scope) -> HttpResponse:
    context = {
        "page": scope.page,
        "organisation": request.person.organisation,
        "exit_url": scope.url("one_pager"),
    }
    return render(request, "web/presentation/present.html", context)


@person_required
def cycle_present(request: HttpRequest, cycle_id: int) -> HttpResponse:
    """Return the cycle's objectives as slides."""
    return _present(request, cycle_scope(request, cycle_id))


@person_required
def team_present(request: HttpRequest, team_id: int) -> HttpResponse:
    """Return the team's objectives in the chosen cycle as slides."""
    return _present(request, team_scope(request, team_id))

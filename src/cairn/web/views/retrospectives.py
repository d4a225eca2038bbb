"""The cycle retrospective: what every team learned, beside each objective's grade."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from cairn.engine import grading as engine
from cairn.okrs.permissions import Access
from cairn.web.decorators import person_required
from cairn.web.queries.common import cycle_in
from cairn.web.queries.retrospectives import cycle_retrospective

NAV = "cycles"


@person_required
def retrospective(request: HttpRequest, cycle_id: int) -> HttpResponse:
    """Return one page of the cycle's written retrospectives that the person may see."""
    cycle = cycle_in(request.person.organisation, cycle_id)
    found = cycle_retrospective(Access(request.person), cycle, request.GET.get("page", 1))
    for objective in found.page:
        # Grades are stored when the cycle closes; until then the suggestion from progress.
        objective.shown_grade = (
            objective.grade
            if objective.grade is not None
            else engine.default_grade(objective.progress)
        )
        objective.grade_suggested = objective.grade is None
        objective.band = engine.grade_band(objective.shown_grade).value
    context = {"cycle": cycle, "found": found, "page_obj": found.page}
    return render(request, "web/retrospectives/cycle.html", {"nav": NAV, **context})

"""The cycle quality review: every coach finding over a cycle's objectives, grouped by rule."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from cairn.okrs.models import Cycle
from cairn.okrs.permissions import Access
from cairn.web.decorators import person_required
from cairn.web.forms.coach import SEVERITY_LABELS
from cairn.web.htmx import htmx_partial
from cairn.web.queries.coach import ReviewFilters, quality_review
from cairn.web.queries.common import cycle_in

NAV = "cycles"  # reached from the cycle's row, like its grading and spreadsheets


@person_required
def review(request: HttpRequest, cycle_id: int) -> HttpResponse:
    """Return the findings of one cycle of the person's organisation, filtered by GET."""
    organisation = request.person.organisation
    cycle = cycle_in(organisation, cycle_id)
    cycle.organisation = organisation  # one object: its settings are read once
    filters = ReviewFilters.from_query(request.GET)
    context = {
        "review": quality_review(Access(request.person), cycle, filters),
        "filters": filters,
        "severities": SEVERITY_LABELS.items(),
        "cycles": Cycle.objects.filter(organisation=organisation),
    }
    if htmx_partial(request):
        return render(request, "web/coach/_review_results.html", {"nav": NAV, **context})
    return render(request, "web/coach/review.html", {"nav": NAV, **context})

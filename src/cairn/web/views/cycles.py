"""Cycle management: the list of cycles, creating one from a quarter preset, moving its state."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from cairn.okrs import services
from cairn.okrs.models import Cycle, CycleState
from cairn.okrs.permissions import Access, require
from cairn.okrs.services.cycles import NEXT_STATE
from cairn.web.decorators import person_required
from cairn.web.forms.cycles import CycleForm, quarter_presets
from cairn.web.forms.errors import apply_errors
from cairn.web.queries.common import cycle_in
from cairn.web.views.grading import grading_page

NAV = "cycles"  # the navigation entry marked as current


def _form(request: HttpRequest) -> CycleForm:
    organisation = request.person.organisation
    today = timezone.localdate(timezone=organisation.zone)
    taken = set(Cycle.objects.filter(organisation=organisation).values_list("name", flat=True))
    presets = [
        p
        for p in quarter_presets(organisation.fiscal_year_start_month, today)
        if p.name not in taken
    ]
    cycles = Cycle.objects.filter(organisation=organisation)
    return CycleForm(request.POST or None, presets=presets, cycles=cycles)


@person_required
def cycles(request: HttpRequest) -> HttpResponse:
    """Return the organisation's cycles; an admin's POST creates one in planning."""
    form = _form(request)
    if request.method == "POST":
        require(Access(request.person).can_manage_cycles())
        if form.is_valid():
            try:
                services.cycle_create(
                    actor=request.person,
                    name=form.cleaned_data["name"],
                    start=form.cleaned_data["start"],
                    end=form.cleaned_data["end"],
                    parent=form.cleaned_data["parent"],
                )
            except ValidationError as error:
                apply_errors(form, error)
            else:
                return redirect("cycles")
    return _list(request, form, status=400 if form.errors else 200)


def _list(
    request: HttpRequest, form: CycleForm, status: int = 200, errors: list[str] | None = None
) -> HttpResponse:
    rows = (
        Cycle.objects.filter(organisation=request.person.organisation)
        .annotate(objective_count=Count("objectives"))
        .order_by("-start", "name")  # Meta.ordering is not applied to GROUP BY queries
    )
    context = {
        "cycles": rows,
        "form": form,
        "can_manage": Access(request.person).can_manage_cycles(),
        "next_state": {k.value: v.value for k, v in NEXT_STATE.items()},
        "transition_errors": errors or [],
    }
    return render(request, "web/cycles/list.html", {"nav": NAV, **context}, status=status)


@require_POST
@person_required
def transition(request: HttpRequest, cycle_id: int) -> HttpResponse:
    """Move the cycle to its next state (start, grading, close); errors are shown on the list."""
    require(Access(request.person).can_manage_cycles())
    cycle = cycle_in(request.person.organisation, cycle_id)
    to_state = request.POST.get("to_state", "")
    try:
        services.cycle_transition(cycle=cycle, actor=request.person, to_state=to_state)
    except ValidationError as error:
        if to_state == CycleState.CLOSED:
            return grading_page(request, cycle, close_errors=error.messages, status=400)
        return _list(request, _form(request), status=400, errors=error.messages)
    if to_state == CycleState.GRADING:
        return redirect("grading", cycle.pk)
    return redirect("cycles")

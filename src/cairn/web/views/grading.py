"""The grading page: suggested grades, overrides with reasons, retrospectives and carry-over."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from cairn.lib.ids import parse_id
from cairn.okrs import services
from cairn.okrs.models import Cycle, CycleState, KeyResult
from cairn.okrs.permissions import Access, require
from cairn.web.decorators import person_required
from cairn.web.forms.cycles import CarryOverForm, GradeForm, RetrospectiveForm
from cairn.web.forms.errors import apply_errors
from cairn.web.queries.common import cycle_in, visible_objectives
from cairn.web.queries.grading import (
    explanation_required,
    grading_sheet,
    later_cycles,
    unfinished_objectives,
)

NAV = "cycles"  # the navigation entry marked as current


@person_required
def grading(request: HttpRequest, cycle_id: int) -> HttpResponse:
    """Return the cycle's grading sheet to people who may write."""
    cycle = cycle_in(request.person.organisation, cycle_id)
    return grading_page(request, cycle)


def grading_page(
    request: HttpRequest,
    cycle: Cycle,
    *,
    close_errors: list[str] | None = None,
    form_errors: dict | None = None,
    status: int = 200,
) -> HttpResponse:
    """Return the grading page, with any errors of a failed close or a bad form."""
    access = Access(request.person)
    require(access.can_write, None)
    sheet = grading_sheet(access, cycle, request.GET.get("page", 1))
    _attach_forms(sheet.objectives, form_errors or {})
    context = {
        "cycle": cycle,
        "sheet": sheet.objectives,
        "page_obj": sheet.page,
        "can_manage": access.can_manage_cycles(),
        "grading_open": cycle.state == CycleState.GRADING,
        "later_cycles": later_cycles(cycle),
        "close_errors": close_errors or [],
    }
    return render(request, "web/grading/grading.html", {"nav": NAV, **context}, status=status)


def _attach_forms(sheet: list, bound: dict) -> None:
    """Give each KR and objective the values and errors of its form (plain HTML is rendered:
    hundreds of widget renders would dominate the page's time)."""
    for graded in sheet:
        objective = graded.objective
        form = bound.get(f"retro-{objective.pk}")
        graded.values = (
            form.data
            if form
            else {
                "worked": objective.retrospective_worked,
                "did_not": objective.retrospective_did_not,
                "learned": objective.retrospective_learned,
                "carry_over": objective.retrospective_carry_over,
            }
        )
        graded.errors = form.errors if form else {}
        graded.top_errors = graded.errors.get("__all__", [])
        for item in graded.key_results:
            kr = item.key_result
            form = bound.get(f"kr-{kr.pk}")
            item.values = form.data if form else {"grade": item.grade, "reason": kr.grade_reason}
            item.errors = form.errors if form else {}
            item.top_errors = item.errors.get("__all__", [])


def _back(cycle: Cycle, anchor: str) -> HttpResponse:
    return redirect(f"{reverse('grading', args=[cycle.pk])}#{anchor}")


@require_POST
@person_required
def grade(request: HttpRequest, cycle_id: int, key_result_id: int) -> HttpResponse:
    """Set a key result's grade; a grade other than the suggested one needs a reason."""
    cycle = cycle_in(request.person.organisation, cycle_id)
    access = Access(request.person)
    key_result = (
        KeyResult.objects.select_related("objective__cycle", "objective__organisation")
        .filter(objective__in=visible_objectives(access).filter(cycle=cycle).values("pk"))
        .filter(pk=key_result_id)
        .first()
    )
    if key_result is None:
        raise Http404
    form = GradeForm(request.POST, auto_id=f"kr{key_result.pk}-%s")
    if form.is_valid():
        try:
            services.key_result_grade(
                key_result=key_result,
                actor=request.person,
                grade=form.cleaned_data["grade"],
                reason=form.cleaned_data["reason"],
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            return _back(cycle, f"kr-{key_result.pk}")
    return grading_page(request, cycle, form_errors={f"kr-{key_result.pk}": form}, status=400)


def _objective(request: HttpRequest, cycle: Cycle, objective_id: int):
    access = Access(request.person)
    objective = (
        visible_objectives(access)
        .select_related("cycle")
        .filter(cycle=cycle, pk=objective_id)
        .first()
    )
    if objective is None:
        raise Http404
    return objective


@require_POST
@person_required
def retrospective(request: HttpRequest, cycle_id: int, objective_id: int) -> HttpResponse:
    """Save an objective's retrospective; committed ones below 1.0 must say what did not work."""
    cycle = cycle_in(request.person.organisation, cycle_id)
    objective = _objective(request, cycle, objective_id)
    require(Access(request.person).can_edit_objective(objective))
    required = explanation_required(Access(request.person), objective)
    form = RetrospectiveForm(
        request.POST, explanation_required=required, auto_id=f"retro{objective.pk}-%s"
    )
    if form.is_valid():
        try:
            services.objective_retrospective(
                objective=objective,
                actor=request.person,
                worked=form.cleaned_data["worked"],
                did_not=form.cleaned_data["did_not"],
                learned=form.cleaned_data["learned"],
                carry_over=form.cleaned_data["carry_over"],
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            return _back(cycle, f"objective-{objective.pk}")
    errors = {f"retro-{objective.pk}": form}
    return grading_page(request, cycle, form_errors=errors, status=400)


@require_POST
@person_required
def carry_over(request: HttpRequest, cycle_id: int) -> HttpResponse:
    """Carry one objective (or, for admins, every unfinished one) over to a later cycle."""
    cycle = cycle_in(request.person.organisation, cycle_id)
    form = CarryOverForm(request.POST, cycles=later_cycles(cycle))
    if not form.is_valid():
        return grading_page(request, cycle, close_errors=_messages(form), status=400)
    raw_id = request.POST.get("objective", "")
    if raw_id:  # one objective: an id that names none is a 404, never "every objective"
        objectives = [_objective(request, cycle, parse_id(raw_id) or 0)]
    else:
        require(Access(request.person).can_manage_cycles())
        objectives = unfinished_objectives(Access(request.person), cycle)
    errors = _carry(request, objectives, form.cleaned_data["to_cycle"])
    if errors:
        return grading_page(request, cycle, close_errors=errors, status=400)
    return _back(cycle, "carry-over")


def _carry(request: HttpRequest, objectives: list, to_cycle: Cycle) -> list[str]:
    """Carry the objectives over one by one; return what went wrong."""
    errors = []
    for objective in objectives:
        try:
            services.objective_carry_over(
                objective=objective, actor=request.person, to_cycle=to_cycle
            )
        except (ValidationError, PermissionDenied) as error:
            detail = " ".join(getattr(error, "messages", [str(error)]))
            errors.append(f"{objective.title}: {detail}")
    return errors


def _messages(form: CarryOverForm) -> list[str]:
    return [message for errors in form.errors.values() for message in errors]

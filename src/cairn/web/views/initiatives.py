"""Initiatives beside key results: add, edit, link, status and % complete."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from cairn.okrs import selectors
from cairn.okrs.models import KeyResult
from cairn.okrs.permissions import Access, require
from cairn.okrs.services import initiative_create, initiative_update
from cairn.web.burn_up import burn_up_chart
from cairn.web.decorators import person_required, writer_required
from cairn.web.forms.initiatives import InitiativeForm
from cairn.web.queries.milestone import initiative_visible, milestone_page
from cairn.web.views.auth import add_errors

FIELDS = ("title", "status", "percent_complete", "due_date")


def _siblings(key_result: KeyResult):
    return KeyResult.objects.filter(objective_id=key_result.objective_id).order_by("position", "id")


def _save(request: HttpRequest, form: InitiativeForm, action) -> bool:
    try:
        action(**form.cleaned_data)
    except ValidationError as error:
        add_errors(form, error)
        return False
    except PermissionDenied as error:
        form.add_error(None, str(error))
        return False
    return True


def _render(request: HttpRequest, form: InitiativeForm, **context: object) -> HttpResponse:
    status = 400 if request.method == "POST" and form.errors else 200
    return render(request, "web/initiatives/form.html", {"form": form, **context}, status=status)


@writer_required
def create(request: HttpRequest, pk: int) -> HttpResponse:
    """Return the new initiative form for a key result; POST adds it."""
    key_result = selectors.key_result_for(request.person, pk)
    require(Access(request.person).can_check_in(key_result))
    initial = {"key_results": [key_result.pk], "percent_complete": 0}
    form = InitiativeForm(request.POST or None, key_results=_siblings(key_result), initial=initial)
    posted = request.method == "POST" and form.is_valid()
    if posted and _save(
        request, form, lambda **data: initiative_create(actor=request.person, **data)
    ):
        return redirect("objective", key_result.objective_id)
    return _render(request, form, objective=key_result.objective, key_result=key_result)


@writer_required
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Return an initiative's edit form; POST saves it."""
    initiative = selectors.initiative_for(request.person, pk)
    linked = list(initiative.key_results.select_related("objective"))
    if not linked:
        return redirect("home")
    objective = linked[0].objective
    selectors.objective_for(request.person, objective.pk)
    initial = {name: getattr(initiative, name) for name in FIELDS}
    initial["key_results"] = [kr.pk for kr in linked]
    form = InitiativeForm(request.POST or None, key_results=_siblings(linked[0]), initial=initial)
    if request.method == "POST" and form.is_valid():

        def action(**data: object) -> None:
            initiative_update(initiative=initiative, actor=request.person, **data)

        if _save(request, form, action):
            return redirect("objective", objective.pk)
    return _render(request, form, objective=objective, initiative=initiative)


@person_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    """Return the initiative's page: the milestone review of its work, sprints and key results."""
    initiative = initiative_visible(request.person, pk)
    page = milestone_page(request.person, initiative)
    context = {"page": page, "initiative": initiative, "chart": burn_up_chart(page.burn_up)}
    return render(request, "web/initiatives/detail.html", context)

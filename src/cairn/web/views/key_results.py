"""Creating and editing key results."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse

from cairn.okrs import selectors
from cairn.okrs.models import KeyResult, Objective
from cairn.okrs.permissions import Access, require
from cairn.okrs.services import key_result_create, key_result_update
from cairn.web.decorators import writer_required
from cairn.web.forms.key_results import KeyResultEditForm, KeyResultForm, hand_set_fields
from cairn.web.views import live_coach
from cairn.web.views.auth import add_errors

FIELDS = ("title", "kind", "start", "target", "unit", "owner", "due_date", "weight", "follows_kpi")


def _live_coach(form, objective: Objective, key_result: KeyResult | None = None) -> None:
    """Let the coach read the title as it is typed, leaving fields set by hand alone."""
    url = reverse("coach_preview_key_result", args=[objective.pk])
    live_coach.enable(form, f"{url}?key_result={key_result.pk}" if key_result else url)
    for name in hand_set_fields(form.data if form.is_bound else form.initial):
        form.fields[name].widget.attrs["data-coach-manual"] = "1"


def _render(request: HttpRequest, form, **context: object) -> HttpResponse:
    status = 400 if request.method == "POST" and form.errors else 200
    template = "web/key_results/form.html"
    return render(request, template, {"form": form, **context}, status=status)


@writer_required
def create(request: HttpRequest, pk: int) -> HttpResponse:
    """Return the new key result form for an objective; POST adds it."""
    objective = selectors.objective_for(request.person, pk)
    require(Access(request.person).can_edit_objective(objective))
    initial = {"owner": objective.owner or request.person, "weight": 1}
    form = KeyResultForm(request.POST or None, person=request.person, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            key_result_create(actor=request.person, objective=objective, **form.cleaned_data)
        except (ValidationError, PermissionDenied) as error:
            add_errors(
                form, error if isinstance(error, ValidationError) else ValidationError(str(error))
            )
        else:
            if "add_another" in request.POST:
                return redirect("key_result_create", objective.pk)
            return redirect("objective", objective.pk)
    _live_coach(form, objective)
    return _render(request, form, objective=objective, creating=True)


@writer_required
def edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Return the key result's edit form; POST saves it."""
    key_result = selectors.key_result_for(request.person, pk)
    require(Access(request.person).can_edit_key_result(key_result))
    initial = {name: getattr(key_result, name) for name in FIELDS}
    initial["version"] = key_result.version
    form = KeyResultEditForm(request.POST or None, person=request.person, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            key_result_update(
                key_result=key_result, actor=request.person, version=data.pop("version"), **data
            )
        except (ValidationError, PermissionDenied) as error:
            add_errors(
                form, error if isinstance(error, ValidationError) else ValidationError(str(error))
            )
        else:
            return redirect("objective", key_result.objective_id)
    _live_coach(form, key_result.objective, key_result)
    return _render(request, form, objective=key_result.objective, key_result=key_result)

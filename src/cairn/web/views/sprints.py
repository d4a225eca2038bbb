"""A team's sprints: the list, planning, the sprint page (planning, review) and closing."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cairn.execution.models import SprintState
from cairn.execution.permissions import can_plan_sprints
from cairn.execution.services import (
    sprint_close,
    sprint_create,
    sprint_delete,
    sprint_start,
    sprint_story_add,
    sprint_story_remove,
    sprint_update,
)
from cairn.lib.ids import parse_id
from cairn.okrs.permissions import Access, require
from cairn.web.decorators import person_required, writer_required
from cairn.web.forms.errors import apply_errors
from cairn.web.forms.sprints import CloseForm, ReviewNotesForm, SprintForm
from cairn.web.htmx import htmx_partial
from cairn.web.queries.sprints import carry_options, sprint_page, team_sprints
from cairn.web.queries.work import item_for, sprint_for, team_by_slug

NAV = "teams"


@person_required
def sprints(request: HttpRequest, slug: str) -> HttpResponse:
    """Return the team's sprints: planned, active and closed, with their points."""
    team = team_by_slug(request.person.organisation, slug)
    context = {
        "nav": NAV,
        "team": team,
        "sprints": team_sprints(team),
        "can_plan": can_plan_sprints(Access(request.person), team),
    }
    return render(request, "web/work/sprints.html", context)


def _sprint_form(request: HttpRequest, form: SprintForm, action) -> bool:
    if request.method != "POST" or not form.is_valid():
        return False
    try:
        action(**form.cleaned_data)
    except ValidationError as error:
        apply_errors(form, error)
        return False
    return True


@writer_required
def sprint_new(request: HttpRequest, slug: str) -> HttpResponse:
    """Return the form planning a new sprint of the team; POST creates it."""
    team = team_by_slug(request.person.organisation, slug)
    require(can_plan_sprints(Access(request.person), team))
    form = SprintForm(request.POST or None)
    created = []

    def action(**data: object) -> None:
        created.append(sprint_create(actor=request.person, team=team, **data))  # type: ignore[arg-type]

    if _sprint_form(request, form, action):
        return redirect("sprint", created[0].pk)
    status = 400 if form.errors else 200
    context = {"nav": NAV, "team": team, "form": form}
    return render(request, "web/work/sprint_form.html", context, status=status)


@writer_required
def sprint_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """Return a planned or active sprint's edit form; POST saves it."""
    sprint = sprint_for(request.person, pk)
    require(can_plan_sprints(Access(request.person), sprint.team))
    if sprint.state == SprintState.CLOSED:
        return redirect("sprint", sprint.pk)
    fields = ("name", "starts_on", "ends_on", "goal", "capacity_points")
    form = SprintForm(request.POST or None, initial={f: getattr(sprint, f) for f in fields})

    def action(**data: object) -> None:
        sprint_update(sprint=sprint, actor=request.person, **data)

    if _sprint_form(request, form, action):
        return redirect("sprint", sprint.pk)
    status = 400 if form.errors else 200
    context = {"nav": NAV, "team": sprint.team, "sprint": sprint, "form": form}
    return render(request, "web/work/sprint_form.html", context, status=status)


def _page(request: HttpRequest, sprint, *, notes: ReviewNotesForm | None = None, status=200):
    page = sprint_page(request.person, sprint)
    notes = notes or ReviewNotesForm(initial={"review_notes": sprint.review_notes})
    context = {"nav": NAV, "page": page, "sprint": sprint, "team": sprint.team, "notes": notes}
    return render(request, "web/work/sprint.html", context, status=status)


@person_required
def sprint(request: HttpRequest, pk: int) -> HttpResponse:
    """Return the sprint page: planning, the key results served, review and closing."""
    return _page(request, sprint_for(request.person, pk))


@require_POST
@writer_required
def sprint_plan(request: HttpRequest, pk: int) -> HttpResponse:
    """Pull a story into the sprint (`add`) or put it back in the backlog (`remove`)."""
    sprint = sprint_for(request.person, pk)
    add, remove = parse_id(request.POST.get("add")), parse_id(request.POST.get("remove"))
    story = item_for(request.person, add or remove or 0)
    try:
        if add:
            sprint_story_add(sprint=sprint, story=story, actor=request.person)
        elif story.sprint_id == sprint.pk:
            sprint_story_remove(story=story, actor=request.person)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    target = redirect("sprint", sprint.pk)
    if htmx_partial(request):
        page = sprint_page(request.person, sprint)
        return render(request, "web/work/_planning.html", {"page": page, "sprint": sprint})
    return target


@require_POST
@writer_required
def sprint_start_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Start a planned sprint."""
    sprint = sprint_for(request.person, pk)
    try:
        sprint_start(sprint=sprint, actor=request.person)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return redirect("sprint", sprint.pk)


@require_POST
@writer_required
def sprint_review(request: HttpRequest, pk: int) -> HttpResponse:
    """Save the sprint's review notes (closed sprints too)."""
    sprint = sprint_for(request.person, pk)
    form = ReviewNotesForm(request.POST)
    if form.is_valid():
        try:
            sprint_update(sprint=sprint, actor=request.person, **form.cleaned_data)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            messages.success(request, _("Review notes saved."))
            return redirect("sprint", sprint.pk)
    return _page(request, sprint, notes=form, status=400)


@writer_required
def sprint_close_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Return the confirmation saying what closing does; POST closes the sprint."""
    sprint = sprint_for(request.person, pk)
    require(can_plan_sprints(Access(request.person), sprint.team))
    if sprint.state != SprintState.ACTIVE:
        messages.error(request, _("Only an active sprint can be closed."))
        return redirect("sprint", sprint.pk)
    options = carry_options(sprint)
    form = CloseForm(request.POST or None, sprints=options)
    if request.method == "POST" and form.is_valid():
        choice = form.cleaned_data["carry_to"]
        carry_to = next((s for s in options if str(s.pk) == choice), None)
        try:
            sprint_close(sprint=sprint, actor=request.person, carry_to=carry_to)
        except (ValidationError, PermissionDenied) as error:
            form.add_error(None, " ".join(getattr(error, "messages", [str(error)])))
        else:
            messages.success(request, _("The sprint is closed."))
            return redirect("sprint", sprint.pk)
    page = sprint_page(request.person, sprint)
    context = {"nav": NAV, "page": page, "sprint": sprint, "team": sprint.team, "form": form}
    status = 400 if form.errors else 200
    return render(request, "web/work/sprint_close.html", context, status=status)


@require_POST
@writer_required
def sprint_delete_view(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete a sprint that has not closed; its stories go back to the team's backlog."""
    sprint = sprint_for(request.person, pk)
    try:
        sprint_delete(sprint=sprint, actor=request.person)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("sprint", sprint.pk)
    messages.success(request, _("%(name)s was deleted.") % {"name": sprint.name})
    return redirect("team_sprints", sprint.team.slug)

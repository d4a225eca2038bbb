"""One-on-ones: a person and their manager, in private; admins may delete one, never read it."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from cairn.lib.ids import parse_id
from cairn.okrs.permissions import require
from cairn.one_on_ones import selectors, services
from cairn.one_on_ones.models import ActionItem, OneOnOne
from cairn.web.decorators import person_required
from cairn.web.forms.errors import apply_errors
from cairn.web.forms.one_on_ones import ActionForm, NoteForm

NAV = "one_on_ones"


@person_required
def one_on_ones(request: HttpRequest) -> HttpResponse:
    """Return the person's one-on-ones; a POST opens the one with a manager or report."""
    person = request.person
    if request.method == "POST":
        other = get_object_or_404(
            selectors.partners_queryset(person), pk=parse_id(request.POST.get("with")) or 0
        )
        try:
            found = services.one_on_one_open(actor=person, other=other)
        except ValidationError:
            raise Http404 from None
        return redirect("one_on_one", found.pk)
    mine = list(selectors.one_on_ones_of(person))
    held = {o.manager_id if o.report_id == person.pk else o.report_id for o in mine}
    context = {
        "one_on_ones": mine,
        "to_start": [p for p in selectors.partners(person) if p.pk not in held],
    }
    return render(request, "web/one_on_ones/list.html", {"nav": NAV, **context})


def _page(request: HttpRequest, one_on_one: OneOnOne, status: int = 200, **forms) -> HttpResponse:
    context = {
        "one_on_one": one_on_one,
        "other": one_on_one.manager
        if one_on_one.report_id == request.person.pk
        else one_on_one.report,
        "agenda": selectors.agenda(one_on_one, timezone.now()),
        "open_actions": selectors.open_actions(one_on_one),
        "done_actions": selectors.done_actions(one_on_one),
        "notes": selectors.notes_page(one_on_one, request.GET.get("page", 1)),
        "note_form": forms.get("note_form") or NoteForm(),
        "action_form": forms.get("action_form") or ActionForm(one_on_one=one_on_one),
    }
    return render(request, "web/one_on_ones/detail.html", {"nav": NAV, **context}, status=status)


@person_required
def one_on_one(request: HttpRequest, pk: int) -> HttpResponse:
    """Return the one-on-one: agenda from the report's key results, open actions, notes."""
    return _page(request, selectors.one_on_one_for(request.person, pk))


@require_POST
@person_required
def note_add(request: HttpRequest, pk: int) -> HttpResponse:
    """Add a meeting's shared notes."""
    found = selectors.one_on_one_for(request.person, pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        try:
            services.note_add(
                one_on_one=found,
                actor=request.person,
                held_on=form.cleaned_data["held_on"],
                text_=form.cleaned_data["text"],
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            return redirect("one_on_one", found.pk)
    return _page(request, found, status=400, note_form=form)


@require_POST
@person_required
def action_add(request: HttpRequest, pk: int) -> HttpResponse:
    """Add an action item for one of the two."""
    found = selectors.one_on_one_for(request.person, pk)
    form = ActionForm(request.POST, one_on_one=found)
    if form.is_valid():
        try:
            services.action_add(
                one_on_one=found,
                actor=request.person,
                text_=form.cleaned_data["text"],
                owner=form.people[form.cleaned_data["owner"]],
                due=form.cleaned_data["due"],
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            return redirect("one_on_one", found.pk)
    return _page(request, found, status=400, action_form=form)


@require_POST
@person_required
def action_done(request: HttpRequest, pk: int, action_id: int) -> HttpResponse:
    """Mark an action item done, or open it again (`done=0`)."""
    found = selectors.one_on_one_for(request.person, pk)
    action = get_object_or_404(ActionItem, pk=action_id, one_on_one=found)
    services.action_set_done(
        action=action, actor=request.person, done=request.POST.get("done") != "0"
    )
    return redirect("one_on_one", found.pk)


@person_required
def organisation_one_on_ones(request: HttpRequest) -> HttpResponse:
    """Return every one-on-one of the organisation by names and counts (admins)."""
    require(request.person.is_admin)
    context = {"one_on_ones": selectors.organisation_one_on_ones(request.person)}
    return render(request, "web/one_on_ones/organisation.html", {"nav": NAV, **context})


@require_POST
@person_required
def one_on_one_delete(request: HttpRequest, pk: int) -> HttpResponse:
    """Delete a one-on-one with everything in it (admins)."""
    require(request.person.is_admin)
    found = get_object_or_404(OneOnOne, pk=pk, organisation_id=request.person.organisation_id)
    services.one_on_one_delete(one_on_one=found, actor=request.person)
    return redirect("organisation_one_on_ones")

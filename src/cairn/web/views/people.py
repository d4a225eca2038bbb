"""The person page, the admin's edit of a person's role and manager, and the CSV import."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from cairn.okrs.models import Cycle
from cairn.okrs.permissions import Access, require
from cairn.organisations import services
from cairn.organisations.people_import import people_import_apply, people_import_preview
from cairn.web.decorators import person_required
from cairn.web.forms.errors import apply_errors
from cairn.web.forms.people import PeopleImportForm, PersonForm
from cairn.web.queries.common import chosen_cycle
from cairn.web.queries.directory import person_in, person_memberships, person_page

NAV = "people"  # the navigation entry marked as current


@person_required
def person(request: HttpRequest, person_id: int) -> HttpResponse:
    """Return the person's OKRs in a cycle, progress summary, discipline, teams and manager."""
    organisation = request.person.organisation
    the_person = person_in(organisation, person_id)
    cycle = chosen_cycle(organisation, request.GET.get("cycle"))
    context = {
        "the_person": the_person,
        "cycle": cycle,
        "page": person_page(Access(request.person), the_person, cycle),
        "memberships": person_memberships(the_person),
        "cycles": Cycle.objects.filter(organisation=organisation),
    }
    return render(request, "web/people/person.html", {"nav": NAV, **context})


@person_required
def person_edit(request: HttpRequest, person_id: int) -> HttpResponse:
    """Return the role-and-manager form; a valid POST saves it."""
    require(request.person.is_admin)
    the_person = person_in(request.person.organisation, person_id)
    initial = {"role": the_person.role, "manager": the_person.manager_id}
    form = PersonForm(request.POST or None, initial=initial, person=the_person)
    if request.method == "POST" and form.is_valid():
        try:
            services.person_update(
                person=the_person,
                actor=request.person,
                role=form.cleaned_data["role"],
                manager=form.cleaned_data["manager"],
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            return redirect("person", the_person.pk)
    status = 400 if form.errors else 200
    context = {"the_person": the_person, "form": form}
    return render(request, "web/people/edit.html", {"nav": NAV, **context}, status=status)


@person_required
def people_import(request: HttpRequest) -> HttpResponse:
    """Return the import form; POST previews the CSV, and with `confirm` invites everyone."""
    require(request.person.is_admin)
    organisation = request.person.organisation
    form = PeopleImportForm(request.POST or None, request.FILES or None)
    context: dict = {"form": form}
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["csv"]
        if request.POST.get("confirm"):
            try:
                invited = people_import_apply(
                    organisation=organisation, actor=request.person, text=text
                )
            except ValidationError as error:
                context["apply_errors"] = error.messages
            else:
                context = {"nav": NAV, "invited": invited}
                return render(request, "web/people/imported.html", context)
        context["preview"] = people_import_preview(organisation=organisation, text=text)
        context["csv"] = text
    bad = form.errors or ("preview" in context and not context["preview"].valid)
    return render(
        request, "web/people/import.html", {"nav": NAV, **context}, status=400 if bad else 200
    )

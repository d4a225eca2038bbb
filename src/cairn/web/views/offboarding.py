"""Offboarding from the person page: a preview with a successor picker, and reactivation."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cairn.okrs.permissions import require
from cairn.organisations.offboarding import (
    offboarding_preview,
    person_deactivate,
    person_reactivate,
)
from cairn.web.decorators import person_required
from cairn.web.forms.errors import apply_errors
from cairn.web.forms.people import DeactivateForm
from cairn.web.queries.directory import person_in

NAV = "people"


@person_required
def deactivate(request: HttpRequest, person_id: int) -> HttpResponse:
    """Return what deactivating the person moves and a successor picker; POST deactivates."""
    require(request.person.is_admin)
    the_person = person_in(request.person.organisation, person_id)
    form = DeactivateForm(request.POST or None, person=the_person)
    if request.method == "POST" and form.is_valid():
        try:
            person_deactivate(
                person=the_person, actor=request.person, successor=form.cleaned_data["successor"]
            )
        except ValidationError as error:
            apply_errors(form, error)
        else:
            if the_person.pk == request.person.pk:
                logout(request)  # their stored sessions ended; this one must not be saved back
                return redirect("login")
            messages.success(request, _("%(name)s is deactivated.") % {"name": the_person.name})
            return redirect("person", the_person.pk)
    context = {"the_person": the_person, "form": form, "preview": offboarding_preview(the_person)}
    status = 400 if form.errors else 200
    return render(request, "web/people/deactivate.html", {"nav": NAV, **context}, status=status)


@require_POST
@person_required
def reactivate(request: HttpRequest, person_id: int) -> HttpResponse:
    """Make a deactivated person active again; return to their page."""
    require(request.person.is_admin)
    the_person = person_in(request.person.organisation, person_id)
    try:
        person_reactivate(person=the_person, actor=request.person)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, _("%(name)s is active again.") % {"name": the_person.name})
    return redirect("person", the_person.pk)

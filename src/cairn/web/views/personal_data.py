"""Personal data: download everything about a person (themself or an admin); erase (admins)."""

from __future__ import annotations

import json

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from cairn.okrs.permissions import require
from cairn.organisations.erasure import is_erased, person_erase
from cairn.organisations.personal_data import may_handle_personal_data, personal_data_export
from cairn.web.decorators import person_required
from cairn.web.forms.errors import apply_errors
from cairn.web.queries.directory import person_in


class EraseForm(forms.Form):
    confirm = forms.BooleanField(
        label=gettext_lazy("I understand this cannot be undone."),
        error_messages={"required": gettext_lazy("Tick the box to confirm.")},
    )


def json_download(data: object, filename: str) -> HttpResponse:
    """Return `data` as a JSON file download."""
    body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
    response = HttpResponse(body.encode(), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=filename
    )
    return response


@require_safe
@person_required
def own_data(request: HttpRequest) -> HttpResponse:
    """Return the page where a person downloads everything Cairn holds about them."""
    return render(request, "web/personal_data/own.html", {"nav": "personal_data"})


@require_safe
@person_required
def download(request: HttpRequest, person_id: int) -> HttpResponse:
    """Return everything about the person as JSON (themself, or an admin of theirs)."""
    the_person = person_in(request.person.organisation, person_id)
    require(may_handle_personal_data(request.person, the_person))
    data = personal_data_export(person=the_person, actor=request.person)
    return json_download(data, f"cairn-personal-data-{the_person.pk}.json")


@person_required
def erase(request: HttpRequest, person_id: int) -> HttpResponse:
    """Return what erasing the person does; POST (confirmed) erases them."""
    require(request.person.is_admin, _("Only admins erase people."))
    the_person = person_in(request.person.organisation, person_id)
    form = EraseForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        try:
            done = person_erase(person=the_person, actor=request.person)
        except ValidationError as error:
            apply_errors(form, error)
        else:
            if done.already:
                messages.info(request, _("This person was erased already."))
            else:
                messages.success(
                    request, _("Erased: they are now %(name)s.") % {"name": done.label}
                )
            return redirect("person", the_person.pk)
    context = {
        "nav": "people",
        "the_person": the_person,
        "form": form,
        "erased": is_erased(the_person.user),
    }
    return render(
        request, "web/personal_data/erase.html", context, status=400 if form.errors else 200
    )

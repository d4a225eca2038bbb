"""Uploading KPI values as CSV: all rows are checked first; all are recorded or none."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from cairn.kpis.imports import kpi_values_import
from cairn.web.decorators import writer_required
from cairn.web.forms.kpis import ImportForm

NAV = "kpis"


@writer_required
def upload(request: HttpRequest) -> HttpResponse:
    """Return the upload form; a POST records every row or shows each bad row's error."""
    posted = request.method == "POST"
    form = ImportForm(request.POST if posted else None, request.FILES if posted else None)
    if posted and form.is_valid():
        try:
            content = form.content()
            if not content.strip():
                raise forms.ValidationError(_("Choose a file or paste the values."))
            recorded = kpi_values_import(actor=request.person, content=content)
        except (ValidationError, PermissionDenied) as error:
            messages_ = error.messages if isinstance(error, ValidationError) else [str(error)]
            for message in messages_:
                form.add_error(None, message)
        else:
            count = len(recorded)
            messages.success(
                request,
                ngettext("Recorded %(n)d value.", "Recorded %(n)d values.", count) % {"n": count},
            )
            return redirect("kpis")
    status = 400 if form.errors else 200
    return render(request, "web/kpis/import.html", {"nav": NAV, "form": form}, status=status)

"""Creating, editing and archiving a KPI."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from cairn.kpis import selectors
from cairn.kpis.models import Kpi
from cairn.kpis.permissions import can_edit_kpi
from cairn.kpis.services import EDITABLE, kpi_archive, kpi_create, kpi_update
from cairn.okrs.permissions import Access, require
from cairn.web.decorators import writer_required
from cairn.web.forms.errors import apply_errors
from cairn.web.forms.kpis import KpiForm
from cairn.web.queries.directory import team_in

NAV = "kpis"


def _save(form: KpiForm, action) -> Kpi | None:
    """Run the service with the form's data; its errors go onto the form."""
    try:
        return action(**form.cleaned_data)
    except ValidationError as error:
        apply_errors(form, error)
    except PermissionDenied as error:
        form.add_error(None, str(error))
    return None


def _render(request: HttpRequest, form: KpiForm, **context: object) -> HttpResponse:
    status = 400 if request.method == "POST" and form.errors else 200
    return render(
        request, "web/kpis/form.html", {"nav": NAV, "form": form, **context}, status=status
    )


@writer_required
def create(request: HttpRequest) -> HttpResponse:
    """Return the new KPI form (?team= preselects a team); POST creates it."""
    initial: dict[str, object] = {"owner": request.person, "frequency": "weekly"}
    if request.GET.get("team", "").isdigit():
        initial["team"] = team_in(request.person.organisation, int(request.GET["team"]))
    form = KpiForm(request.POST or None, person=request.person, initial=initial)
    if request.method == "POST" and form.is_valid():
        kpi = _save(form, lambda **data: kpi_create(actor=request.person, **data))
        if kpi is not None:
            return redirect("kpi", kpi.pk)
    return _render(request, form, creating=True)


@writer_required
def edit(request: HttpRequest, kpi_id: int) -> HttpResponse:
    """Return a KPI's edit form; POST saves it."""
    kpi = selectors.kpi_for(request.person, kpi_id)
    require(can_edit_kpi(Access(request.person), kpi))
    initial = {name: getattr(kpi, name) for name in EDITABLE}
    form = KpiForm(request.POST or None, person=request.person, initial=initial)
    if request.method == "POST" and form.is_valid():
        saved = _save(form, lambda **data: kpi_update(kpi=kpi, actor=request.person, **data))
        if saved is not None:
            return redirect("kpi", kpi.pk)
    return _render(request, form, kpi=kpi)


@require_POST
@writer_required
def archive(request: HttpRequest, kpi_id: int) -> HttpResponse:
    """Archive the KPI, or restore it when the form says so."""
    kpi = selectors.kpi_for(request.person, kpi_id)
    kpi_archive(kpi=kpi, actor=request.person, archived=request.POST.get("restore") != "1")
    return redirect("kpi", kpi.pk)

"""KPI lists (organisation and team), one KPI's page, and recording a value on it (htmx)."""

from __future__ import annotations

from datetime import datetime, time

from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn.kpis import selectors
from cairn.kpis.permissions import can_edit_kpi
from cairn.kpis.services import kpi_value_record
from cairn.okrs.permissions import Access, require
from cairn.organisations.models import Team
from cairn.web.decorators import person_required, writer_required
from cairn.web.forms.errors import apply_errors
from cairn.web.forms.kpis import ValueForm
from cairn.web.htmx import htmx_partial
from cairn.web.queries.directory import team_in
from cairn.web.queries.kpis import kpi_page, list_rows

NAV = "kpis"


def _actions(request: HttpRequest, team: Team | None = None) -> dict[str, str]:
    """Return the list's "New KPI" and "Upload" addresses ("" for people who cannot write)."""
    access = Access(request.person)
    if not access.can_write or not (access.is_admin or access.led_teams or access.member_teams):
        return {"create_url": "", "import_url": ""}
    create_url = reverse("kpi_create") + (f"?team={team.pk}" if team else "")
    return {"create_url": create_url, "import_url": reverse("kpi_import")}


@person_required
def kpi_list(request: HttpRequest) -> HttpResponse:
    """Return the organisation's KPIs, worst first (archived ones with ?archived=1)."""
    archived = request.GET.get("archived") == "1"
    context = {
        "nav": NAV,
        "rows": list_rows(request.person, archived=archived),
        "archived": archived,
        **_actions(request),
    }
    return render(request, "web/kpis/list.html", context)


@person_required
def team_kpis(request: HttpRequest, team_id: int) -> HttpResponse:
    """Return one team's KPIs, worst first."""
    team = team_in(request.person.organisation, team_id)
    archived = request.GET.get("archived") == "1"
    context = {
        "nav": NAV,
        "team": team,
        "rows": list_rows(request.person, team=team, archived=archived),
        "archived": archived,
        **_actions(request, team),
    }
    return render(request, "web/kpis/list.html", context)


@person_required
def kpi(request: HttpRequest, kpi_id: int) -> HttpResponse:
    """Return a KPI: status, chart with its zones, history, following key results."""
    the_kpi = selectors.kpi_for(request.person, kpi_id)
    page = kpi_page(request.person, the_kpi)
    form = ValueForm(unit=the_kpi.unit) if page.can_edit and not the_kpi.archived else None
    context = {"nav": NAV, "page": page, "kpi": the_kpi, "form": form}
    return render(request, "web/kpis/detail.html", context)


def _moment(form: ValueForm, request: HttpRequest) -> datetime | None:
    """Return the chosen date at noon in the person's time zone (today: now), or None."""
    day = form.cleaned_data.get("recorded_on")
    if day is None or day == timezone.localdate():
        return None
    return timezone.make_aware(datetime.combine(day, time(12)), timezone.get_current_timezone())


@writer_required
def record(request: HttpRequest, kpi_id: int) -> HttpResponse:
    """Record a value; htmx gets the refreshed summary and form, a plain POST the page again."""
    the_kpi = selectors.kpi_for(request.person, kpi_id)
    allowed = can_edit_kpi(Access(request.person), the_kpi)
    require(allowed, _("You cannot record values of this KPI."))
    if request.method != "POST":
        return redirect("kpi", the_kpi.pk)
    form, saved = ValueForm(request.POST, unit=the_kpi.unit), False
    if form.is_valid():
        try:
            kpi_value_record(
                kpi=the_kpi,
                value=form.cleaned_data["value"],
                recorded_at=_moment(form, request),
                actor=request.person,
                note=form.cleaned_data["note"],
            )
        except (ValidationError, PermissionDenied) as error:
            if isinstance(error, PermissionDenied):
                error = ValidationError(str(error))
            apply_errors(form, error)
        else:
            if not htmx_partial(request):
                return redirect("kpi", the_kpi.pk)
            form, saved = ValueForm(unit=the_kpi.unit), True
    the_kpi.refresh_from_db()
    page = kpi_page(request.person, the_kpi)
    context = {"nav": NAV, "page": page, "kpi": the_kpi, "form": form, "saved": saved}
    status = 400 if form.errors else 200
    template = "web/kpis/_live.html" if htmx_partial(request) else "web/kpis/detail.html"
    return render(request, template, context, status=status)

"""The organisation's coach settings: which rules run, at what severity, with which thresholds."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from cairn.okrs.permissions import require
from cairn.organisations import services
from cairn.web.decorators import person_required
from cairn.web.forms.coach import CoachSettingsForm
from cairn.web.queries.coach import last_settings_change

NAV = "coach_settings"  # the navigation entry marked as current


@person_required
def coach_settings(request: HttpRequest) -> HttpResponse:
    """Return the settings form (admins only); POST saves it, or resets it with `reset`."""
    require(request.person.is_admin, _("Only admins change the coach settings."))
    organisation = request.person.organisation
    if request.method == "POST" and request.POST.get("reset"):
        services.coach_config_update(organisation=organisation, actor=request.person, config={})
        messages.success(request, _("The coach settings are back to the defaults."))
        return redirect("coach_settings")
    form = CoachSettingsForm(request.POST or None, config=organisation.coach)
    if request.method == "POST" and form.is_valid():
        try:
            services.coach_config_update(
                organisation=organisation, actor=request.person, config=form.config()
            )
        except ValidationError as error:
            form.add_service_errors(error)
        else:
            messages.success(request, _("Coach settings saved."))
            return redirect("coach_settings")
    context = {"form": form, "last_change": last_settings_change(organisation)}
    status = 400 if form.errors else 200
    return render(request, "web/coach/settings.html", {"nav": NAV, **context}, status=status)

"""SCIM provisioning settings (admins): the endpoint's URL, tokens created (shown once) and revoked."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from cairn.okrs.permissions import require
from cairn.provisioning.models import ScimToken
from cairn.provisioning.resources import base_url
from cairn.provisioning.tokens import (
    scim_token_create,
    scim_token_revoke,
    scim_tokens_of_organisation,
)
from cairn.web.decorators import person_required
from cairn.web.views.auth import add_errors


class ScimTokenForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Name"),
        max_length=100,
        help_text=gettext_lazy("Which identity provider uses it, e.g. “Okta”."),
    )


@person_required
def scim_settings(request: HttpRequest) -> HttpResponse:
    """Return the SCIM settings page; POST creates a token and shows its secret once."""
    person = request.person
    require(person.is_admin, _("Only admins manage SCIM provisioning."))
    form = ScimTokenForm(request.POST or None)
    created = None
    if request.method == "POST" and form.is_valid():
        try:
            created = scim_token_create(
                organisation=person.organisation, actor=person, name=form.cleaned_data["name"]
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            form = ScimTokenForm()
    context = {
        "form": form,
        "created": created,
        "tokens": scim_tokens_of_organisation(organisation=person.organisation),
        "scim_url": f"{base_url()}/",
    }
    return render(request, "web/scim/settings.html", context)


@require_POST
@person_required
def scim_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    """Revoke one of the organisation's SCIM tokens; return to the settings page."""
    require(request.person.is_admin, _("Only admins manage SCIM provisioning."))
    token = get_object_or_404(ScimToken, pk=pk, organisation_id=request.person.organisation_id)
    scim_token_revoke(token=token, actor=request.person)
    messages.success(request, _("SCIM token “%(name)s” revoked.") % {"name": token.name})
    return redirect("scim_settings")

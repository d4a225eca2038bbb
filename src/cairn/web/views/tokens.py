"""API tokens: create (the secret is shown once), list and revoke one's own; admins all."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from cairn.api.models import ApiToken, TokenScope
from cairn.api.tokens import token_create, token_revoke, tokens_of_organisation
from cairn.okrs.permissions import require
from cairn.web.decorators import person_required
from cairn.web.views.auth import add_errors

EXPIRY_CHOICES = [
    ("", gettext_lazy("Never")),
    ("30", gettext_lazy("In 30 days")),
    ("90", gettext_lazy("In 90 days")),
    ("365", gettext_lazy("In 365 days")),
]


class TokenForm(forms.Form):
    name = forms.CharField(
        label=gettext_lazy("Name"),
        max_length=100,
        help_text=gettext_lazy("Where the token is used, e.g. “CI metrics push”."),
    )
    scope = forms.ChoiceField(label=gettext_lazy("Access"), choices=TokenScope.choices)
    expires_days = forms.TypedChoiceField(
        label=gettext_lazy("Expires"),
        choices=EXPIRY_CHOICES,
        coerce=int,
        empty_value=None,
        required=False,
    )


@person_required
def tokens(request: HttpRequest) -> HttpResponse:
    """Return the person's tokens; POST creates one and shows its secret once."""
    person = request.person
    form = TokenForm(request.POST or None, initial={"scope": TokenScope.READ})
    created = None
    if request.method == "POST" and form.is_valid():
        try:
            created = token_create(person=person, actor=person, **form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            form = TokenForm(initial={"scope": TokenScope.READ})
    listed = ApiToken.objects.filter(person=person).order_by("revoked_at", "-created_at")
    context = {"form": form, "created": created, "tokens": listed, "nav": "tokens"}
    return render(request, "web/tokens/tokens.html", context)


@require_POST
@person_required
def revoke(request: HttpRequest, pk: int) -> HttpResponse:
    """Revoke one of the person's tokens; return to the list."""
    token = get_object_or_404(ApiToken, pk=pk, person=request.person)
    token_revoke(token=token, actor=request.person)
    messages.success(request, _("Token “%(name)s” revoked.") % {"name": token.name})
    return redirect("tokens")


@person_required
def organisation_tokens(request: HttpRequest) -> HttpResponse:
    """Return every token acting in the admin's organisation."""
    require(request.person.is_admin, _("Only admins see the organisation's tokens."))
    listed = tokens_of_organisation(organisation=request.person.organisation)
    context = {"tokens": listed, "nav": "tokens"}
    return render(request, "web/tokens/organisation_tokens.html", context)


@require_POST
@person_required
def organisation_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    """Revoke any token of the admin's organisation; return to the organisation's list."""
    require(request.person.is_admin, _("Only admins revoke other people's tokens."))
    token = get_object_or_404(ApiToken, pk=pk, organisation_id=request.person.organisation_id)
    token_revoke(token=token, actor=request.person)
    messages.success(request, _("Token “%(name)s” revoked.") % {"name": token.name})
    return redirect("organisation_tokens")

"""The organisation's two-factor page (admins): who must use it, who has it, resetting someone's."""

from __future__ import annotations

from allauth.mfa.models import Authenticator
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Exists, OuterRef
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from cairn.accounts.two_factor import SECOND_FACTORS, two_factor_policy_update, two_factor_reset
from cairn.organisations.models import Person, TwoFactorPolicy
from cairn.web.decorators import person_required


class TwoFactorPolicyForm(forms.Form):
    two_factor_required = forms.ChoiceField(
        label=gettext_lazy("Require two-factor sign-in for"),
        choices=TwoFactorPolicy.choices,
        widget=forms.RadioSelect,
    )


def _require_admin(request: HttpRequest) -> None:
    if not request.person.is_admin:
        raise PermissionDenied(_("Only admins change the organisation's sign-in rules."))


def _people(organisation) -> list[Person]:
    """Return the organisation's active people, each with `has_two_factor` (one query)."""
    second_factor = Authenticator.objects.filter(
        user_id=OuterRef("user_id"), type__in=SECOND_FACTORS
    )
    people = organisation.people.filter(is_active=True).select_related("user")
    return list(people.annotate(has_two_factor=Exists(second_factor)))


@person_required
def organisation_two_factor(request: HttpRequest) -> HttpResponse:
    """Return the page; POST saves who must use two-factor sign-in."""
    _require_admin(request)
    organisation = request.person.organisation
    initial = {"two_factor_required": organisation.two_factor_required}
    form = TwoFactorPolicyForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            two_factor_policy_update(
                organisation=organisation,
                actor=request.person,
                policy=form.cleaned_data["two_factor_required"],
            )
        except ValidationError as error:
            form.add_error(None, error.messages)
        else:
            messages.success(request, _("Two-factor sign-in rules saved."))
            return redirect("organisation_two_factor")
    context = {"form": form, "people": _people(organisation), "nav": "people"}
    return render(request, "web/two_factor/organisation.html", context)


@require_POST
@person_required
def person_two_factor_reset(request: HttpRequest, person_id: int) -> HttpResponse:
    """Remove a person's second factors (they lost their phone); return to the page."""
    _require_admin(request)
    person = get_object_or_404(
        Person.objects.select_related("user", "organisation"),
        pk=person_id,
        organisation=request.person.organisation,
    )
    removed = two_factor_reset(person=person, actor=request.person)
    if removed:
        text = _("Two-factor sign-in of %(name)s was reset; they sign in with their password.")
        messages.success(request, text % {"name": person.name})
    else:
        messages.info(request, _("%(name)s had no two-factor sign-in.") % {"name": person.name})
    return redirect("organisation_two_factor")

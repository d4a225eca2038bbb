"""Forms for the team tree: create, rename and move, and team membership."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from cairn.organisations.models import Organisation, Person, Team


class TeamForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    parent = forms.ModelChoiceField(
        label=_("Part of"),
        queryset=Team.objects.none(),
        required=False,
        empty_label=_("— top of the organisation —"),
    )

    def __init__(self, *args: object, organisation: Organisation, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["parent"].queryset = Team.objects.filter(organisation=organisation)


class MembershipForm(forms.Form):
    # An email, not a list of everyone: a select of 10,000 people took seconds to render.
    person = forms.EmailField(label=_("Person's email address"))
    is_lead = forms.BooleanField(label=_("Team lead"), required=False)

    def __init__(self, *args: object, organisation: Organisation, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.organisation = organisation

    def clean_person(self) -> Person:
        """Return the active person of this organisation with that email address."""
        email = self.cleaned_data["person"].strip().lower()
        person = (
            Person.objects.filter(organisation=self.organisation, is_active=True, user__email=email)
            .select_related("user")
            .first()
        )
        if person is None:
            raise forms.ValidationError(_("Nobody with this email address is in the organisation."))
        return person

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
    person = forms.ModelChoiceField(label=_("Person"), queryset=Person.objects.none())
    is_lead = forms.BooleanField(label=_("Team lead"), required=False)

    def __init__(self, *args: object, organisation: Organisation, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["person"].queryset = Person.objects.filter(
            organisation=organisation, is_active=True
        ).select_related("user")
        self.fields["person"].label_from_instance = lambda p: f"{p.name} <{p.user.email}>"

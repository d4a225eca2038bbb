"""Objective forms: create (with cycle and parent) and edit (with the version read)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from cairn.okrs import selectors
from cairn.okrs.models import ObjectiveKind, Visibility
from cairn.organisations.models import Person, Team


class ObjectiveForm(forms.Form):
    title = forms.CharField(
        label=_("Objective"),
        max_length=300,
        help_text=_("Qualitative and inspiring; numbers belong in the key results."),
    )
    description = forms.CharField(
        label=_("Why it matters"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    team = forms.ModelChoiceField(
        label=_("Team"),
        queryset=Team.objects.none(),
        required=False,
        empty_label=_("Company level"),
    )
    owner = forms.ModelChoiceField(label=_("Owner"), queryset=Person.objects.none())
    kind = forms.ChoiceField(label=_("Kind"), choices=ObjectiveKind.choices)
    visibility = forms.ChoiceField(label=_("Visible to"), choices=Visibility.choices)
    weight = forms.FloatField(label=_("Weight"), min_value=0, initial=1)

    def __init__(self, *args: object, person: Person, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        organisation_id = person.organisation_id
        self.fields["team"].queryset = Team.objects.filter(organisation_id=organisation_id)
        self.fields["owner"].queryset = Person.objects.filter(
            organisation_id=organisation_id, is_active=True
        ).select_related("user")
        self.fields["owner"].label_from_instance = lambda p: p.name


class ObjectiveCreateForm(ObjectiveForm):
    cycle = forms.ModelChoiceField(label=_("Cycle"), queryset=None, empty_label=None)
    parent = forms.CharField(required=False, widget=forms.HiddenInput)

    field_order = ["title", "description", "cycle", "team", "owner", "kind", "visibility"]

    def __init__(self, *args: object, person: Person, **kwargs: object) -> None:
        super().__init__(*args, person=person, **kwargs)
        self.fields["cycle"].queryset = selectors.open_cycles(person)


class ObjectiveEditForm(ObjectiveForm):
    version = forms.IntegerField(widget=forms.HiddenInput)


class AlignForm(forms.Form):
    parent = forms.CharField(label=_("Parent"), required=False)

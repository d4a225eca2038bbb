"""Key result form: the type decides which of start, target and done matter."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from cairn.okrs.models import KeyResultKind
from cairn.organisations.models import Person


class KeyResultForm(forms.Form):
    title = forms.CharField(
        label=_("Key result"),
        max_length=300,
        help_text=_("A measurable outcome, e.g. “Cut first-reply time from 18 to 4 hours”."),
    )
    kind = forms.ChoiceField(label=_("Type"), choices=KeyResultKind.choices)
    start = forms.CharField(
        label=_("Start (baseline)"),
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
        help_text=_("For metrics; leave empty for milestones."),
    )
    target = forms.CharField(
        label=_("Target"),
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
        help_text=_("The bound for “stay above/below”."),
    )
    unit = forms.CharField(label=_("Unit"), max_length=40, required=False)
    owner = forms.ModelChoiceField(label=_("Owner"), queryset=Person.objects.none())
    due_date = forms.DateField(
        label=_("Due date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Leave empty to use the end of the cycle."),
    )
    weight = forms.FloatField(label=_("Weight"), min_value=0, initial=1)

    def __init__(self, *args: object, person: Person, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = Person.objects.filter(
            organisation_id=person.organisation_id, is_active=True
        ).select_related("user")
        self.fields["owner"].label_from_instance = lambda p: p.name


class KeyResultEditForm(KeyResultForm):
    version = forms.IntegerField(widget=forms.HiddenInput)

"""Initiative form: linked to one or more key results of the same objective."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from cairn.okrs.models import InitiativeStatus, KeyResult


class InitiativeForm(forms.Form):
    title = forms.CharField(label=_("Initiative"), max_length=300)
    status = forms.ChoiceField(label=_("Status"), choices=InitiativeStatus.choices)
    percent_complete = forms.IntegerField(
        # xgettext:no-python-format
        label=_("% complete"),
        min_value=0,
        max_value=100,
        initial=0,
    )
    due_date = forms.DateField(
        label=_("Due date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    key_results = forms.ModelMultipleChoiceField(
        label=_("Moves these key results"),
        queryset=KeyResult.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: object, key_results, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["key_results"].queryset = key_results
        self.fields["key_results"].label_from_instance = lambda kr: kr.title

"""The weekly check-in form, one per key result (prefixed so a page holds many)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from cairn.okrs.models import KeyResult, KeyResultKind


class CheckInForm(forms.Form):
    value = forms.CharField(
        label=_("New value"),
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )
    done = forms.BooleanField(label=_("Done"), required=False)
    confidence = forms.IntegerField(
        label=_("Confidence (0–10)"),
        min_value=0,
        max_value=10,
        widget=forms.NumberInput(attrs={"min": 0, "max": 10, "step": 1}),
    )
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    blockers = forms.CharField(
        label=_("Blockers"), required=False, widget=forms.Textarea(attrs={"rows": 1})
    )

    def __init__(self, *args: object, key_result: KeyResult, **kwargs: object) -> None:
        kwargs.setdefault("prefix", f"kr-{key_result.pk}")
        kwargs.setdefault("initial", {"confidence": key_result.confidence})
        super().__init__(*args, **kwargs)
        self.key_result = key_result
        if key_result.kind == KeyResultKind.MILESTONE:
            del self.fields["value"]
            self.fields["done"].initial = key_result.done
        else:
            del self.fields["done"]
            if key_result.unit:
                self.fields["value"].label = _("New value (%(unit)s)") % {"unit": key_result.unit}
            self.fields["value"].required = True

    def service_arguments(self) -> dict:
        """Return the keyword arguments for check_in_record."""
        data = dict(self.cleaned_data)
        if "done" in self.fields:
            return {**data, "value": None}
        return {**data, "done": None}

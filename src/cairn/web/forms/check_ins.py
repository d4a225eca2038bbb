"""The weekly check-in form, one per key result (prefixed so a page holds many)."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from cairn.okrs.models import KeyResult, KeyResultKind

CONFIDENCE_WORDS = {
    0: _("no chance"),
    3: _("unlikely"),
    5: _("coin toss"),
    7: _("likely"),
    10: _("certain"),
}


def confidence_word(rating: int) -> str:
    """Return the words for a rating: the nearest labelled point at or below it."""
    return str(CONFIDENCE_WORDS[max(k for k in CONFIDENCE_WORDS if k <= rating)])


class CheckInForm(forms.Form):
    value = forms.CharField(
        label=_("New value"),
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
    )
    done = forms.BooleanField(label=_("Done"), required=False)
    confidence = forms.TypedChoiceField(
        label=_("Confidence (0–10)"),
        choices=[(n, str(n)) for n in range(11)],
        coerce=int,
        required=False,
        empty_value=None,
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 1})
    )
    blockers = forms.CharField(
        label=_("Blockers"), required=False, widget=forms.Textarea(attrs={"rows": 1})
    )
    confirm_implausible = forms.BooleanField(label=_("Yes, record this value"), required=False)

    def __init__(
        self, *args: object, key_result: KeyResult, no_change: bool = False, **kwargs: object
    ) -> None:
        kwargs.setdefault("prefix", f"kr-{key_result.pk}")
        checked_in = key_result.last_check_in_at is not None
        kwargs.setdefault("initial", {"confidence": key_result.confidence if checked_in else None})
        super().__init__(*args, **kwargs)
        self.key_result = key_result
        self.no_change = no_change
        if key_result.kind == KeyResultKind.MILESTONE:
            del self.fields["value"]
            self.fields["done"].initial = key_result.done
        else:
            del self.fields["done"]
            self.fields["value"].required = not no_change
            if key_result.unit:
                self.fields["value"].label = _("New value (%(unit)s)") % {"unit": key_result.unit}
            if key_result.current is not None:
                self.fields["value"].widget.attrs["placeholder"] = f"{key_result.current:g}"
            if key_result.follows_kpi_id:
                self._value_from_kpi()

    def _value_from_kpi(self) -> None:
        """A key result following a KPI takes its value from there: confidence and note only."""
        field = self.fields["value"]
        field.disabled, field.required = True, False
        field.initial = "" if self.key_result.current is None else f"{self.key_result.current:g}"
        field.help_text = _(
            "This key result follows a KPI: its value comes from the KPI's values. "
            "Add your confidence and a note here."
        )

    @property
    def needs_confirmation(self) -> bool:
        """Return True when the value was refused as implausible (or already confirmed)."""
        implausible = self.has_error("value", "implausible")
        return implausible or bool(self.data.get(self.add_prefix("confirm_implausible")))

    def is_filled(self) -> bool:
        """Return True when the person entered something in this row ("Save all" skips the rest)."""
        if self.no_change:
            return True
        for name in ("value", "note", "blockers"):
            if name in self.fields and str(self.data.get(self.add_prefix(name), "")).strip():
                return True
        if "done" in self.fields and bool(self.data.get(self.add_prefix("done"))) != bool(
            self.key_result.done
        ):
            return True
        chosen = self.data.get(self.add_prefix("confidence"))
        return chosen not in (None, "", str(self.initial.get("confidence")))

    def clean(self) -> dict:
        data = super().clean()
        if self.no_change:
            if self.key_result.last_check_in_at is None:
                raise ValidationError(_("There is no earlier check-in to confirm yet."))
            data["value"] = self.key_result.current
            data["done"] = self.key_result.done
        elif self.key_result.follows_kpi_id and "value" in self.fields:
            if self.key_result.current is None:
                raise ValidationError(_("The KPI has no value yet: record one on the KPI first."))
            data["value"] = self.key_result.current
        return data

    def service_arguments(self) -> dict:
        """Return the keyword arguments for check_in_record."""
        data = dict(self.cleaned_data)
        if "done" in self.fields:
            return {**data, "value": None}
        return {**data, "done": None}

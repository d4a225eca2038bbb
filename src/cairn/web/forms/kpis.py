"""KPI forms: the KPI itself, recording a value, and the CSV upload."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from cairn.kpis.models import Direction, Frequency, ThresholdKind
from cairn.organisations.models import Person, Team

NUMBER = {"inputmode": "decimal"}
MAX_UPLOAD = 1_000_000  # bytes; 10,000 rows fit easily


class KpiForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    team = forms.ModelChoiceField(label=_("Team"), queryset=Team.objects.none(), required=False)
    owner = forms.ModelChoiceField(label=_("Owner"), queryset=Person.objects.none())
    unit = forms.CharField(
        label=_("Unit"), max_length=40, required=False, help_text=_("e.g. %, hours, €, tickets")
    )
    direction = forms.ChoiceField(label=_("Direction"), choices=Direction.choices)
    threshold_kind = forms.ChoiceField(
        label=_("Thresholds"),
        choices=ThresholdKind.choices,
        help_text=_(
            "Above: healthy from a bound up. Below: healthy up to a bound. Band: healthy between "
            "two bounds. Bounds are inclusive; the warning zone surrounds the healthy one."
        ),
    )
    healthy_low = forms.CharField(
        label=_("Healthy from"), required=False, widget=forms.TextInput(attrs=NUMBER),
        help_text=_("For “above” and “band”."),
    )  # fmt: skip
    healthy_high = forms.CharField(
        label=_("Healthy up to"), required=False, widget=forms.TextInput(attrs=NUMBER),
        help_text=_("For “below” and “band”."),
    )  # fmt: skip
    warning_low = forms.CharField(
        label=_("Warning from"), required=False, widget=forms.TextInput(attrs=NUMBER),
        help_text=_("Below this (“above”, “band”) the KPI is unhealthy; empty: no warning zone."),
    )  # fmt: skip
    warning_high = forms.CharField(
        label=_("Warning up to"), required=False, widget=forms.TextInput(attrs=NUMBER),
        help_text=_("Above this (“below”, “band”) the KPI is unhealthy; empty: no warning zone."),
    )  # fmt: skip
    frequency = forms.ChoiceField(
        label=_("Check frequency"),
        choices=Frequency.choices,
        help_text=_("The KPI is stale when its latest value is older than this."),
    )

    def __init__(self, *args: object, person: Person, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        organisation_id = person.organisation_id
        self.fields["team"].queryset = Team.objects.filter(organisation_id=organisation_id)
        self.fields["owner"].queryset = Person.objects.filter(
            organisation_id=organisation_id, is_active=True
        ).select_related("user")
        self.fields["owner"].label_from_instance = lambda p: p.name


class ValueForm(forms.Form):
    value = forms.CharField(label=_("Value"), widget=forms.TextInput(attrs=NUMBER))
    recorded_on = forms.DateField(
        label=_("Date"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
        help_text=_("Leave empty for now."),
    )
    note = forms.CharField(label=_("Note"), required=False, max_length=5000)

    def __init__(self, *args: object, unit: str = "", **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        if unit:
            self.fields["value"].label = _("Value (%(unit)s)") % {"unit": unit}


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        required=False,
        help_text=_("Columns kpi (name or id), date (YYYY-MM-DD), value, and an optional note."),
    )
    text = forms.CharField(
        label=_("Or paste the CSV"), required=False, widget=forms.Textarea(attrs={"rows": 6})
    )

    def content(self) -> str:
        """Return the uploaded or pasted CSV as text ("" when neither was given)."""
        upload = self.cleaned_data.get("file")
        if upload is not None:
            if upload.size > MAX_UPLOAD:
                raise forms.ValidationError(_("The file is larger than 1 MB."))
            try:
                return upload.read().decode("utf-8-sig")
            except UnicodeDecodeError:
                raise forms.ValidationError(_("The file is not UTF-8 text.")) from None
        return self.cleaned_data.get("text") or ""

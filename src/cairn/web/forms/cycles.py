"""Forms for cycles: creation with quarter presets, grades, retrospectives and carry-over."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django import forms
from django.utils import formats
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from cairn.engine.calendar import next_quarter_start, quarter_bounds, quarter_name
from cairn.okrs.models import Cycle


@dataclass(frozen=True)
class QuarterPreset:
    name: str
    start: date
    end: date

    @property
    def key(self) -> str:
        return self.start.isoformat()


def quarter_presets(fiscal_start_month: int, today: date, count: int = 5) -> list[QuarterPreset]:
    """Return the current fiscal quarter and the ones after it, named like "2026 Q3" or "FY27 Q1"."""
    presets = []
    day = today
    for _i in range(count):
        start, end = quarter_bounds(day, fiscal_start_month)
        presets.append(QuarterPreset(quarter_name(start, fiscal_start_month), start, end))
        day = next_quarter_start(day, fiscal_start_month)
    return presets


def _day(day: date) -> str:
    return formats.date_format(day, "SHORT_DATE_FORMAT")


MIN_USUAL_DAYS = 7
MAX_USUAL_DAYS = 731  # two years


class CycleForm(forms.Form):
    preset = forms.ChoiceField(label=_("Quarter"), required=False)
    name = forms.CharField(label=_("Name"), max_length=100, required=False)
    start = forms.DateField(
        label=_("Start"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    end = forms.DateField(
        label=_("End"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    parent = forms.ModelChoiceField(
        label=_("Part of (e.g. the year)"),
        queryset=Cycle.objects.none(),
        required=False,
        empty_label=_("— none —"),
    )
    # Shown (as a checkbox) only when the dates give an unusual length, to confirm it.
    confirm_length = forms.BooleanField(required=False, widget=forms.HiddenInput)

    def __init__(
        self, *args: object, presets: list[QuarterPreset], cycles: object, **kwargs: object
    ) -> None:
        super().__init__(*args, **kwargs)
        # Needed unless a quarter fills them in: neither plainly required nor "(optional)".
        for name in ("name", "start", "end"):
            self.fields[name].conditionally_required = True  # type: ignore[attr-defined]
            self.fields[name].help_text = _("Filled in from the quarter when you pick one.")
        self.presets = {p.key: p for p in presets}
        choices = [(p.key, f"{p.name} ({_day(p.start)} – {_day(p.end)})") for p in presets]
        self.fields["preset"].choices = [("", _("Custom dates"))] + choices
        self.fields["parent"].queryset = cycles

    def clean(self) -> dict:
        """Return name, start and end, from the preset where the person left them empty."""
        data = super().clean()
        preset = self.presets.get(data.get("preset") or "")
        if preset is not None:
            data["name"] = data.get("name") or preset.name
            data["start"] = data.get("start") or preset.start
            data["end"] = data.get("end") or preset.end
        for name in ("name", "start", "end"):
            if not data.get(name) and name not in self.errors:
                self.add_error(name, _("Choose a quarter or fill this in."))
        self._check_length(data)
        return data

    def _check_length(self, data: dict) -> None:
        """Ask once before a cycle shorter than a week or longer than two years (a typo, mostly)."""
        start, end = data.get("start"), data.get("end")
        if not start or not end or end < start or data.get("confirm_length"):
            return
        days = (end - start).days + 1
        if MIN_USUAL_DAYS <= days <= MAX_USUAL_DAYS:
            return
        counted = {"days": f"{days:,}"}
        self.add_error(
            "end",
            ngettext(
                "This cycle would last %(days)s day: OKR cycles usually last a quarter (about "
                "90 days) or a year. Check the dates, or confirm below.",
                "This cycle would last %(days)s days: OKR cycles usually last a quarter (about "
                "90 days) or a year. Check the dates, or confirm below.",
                days,
            )
            % counted,
        )
        self.fields["confirm_length"].widget = forms.CheckboxInput()
        # The bound field was made (and its label copied) while cleaning.
        self["confirm_length"].label = (
            ngettext("Yes, %(days)s day is what I mean", "Yes, %(days)s days is what I mean", days)
            % counted
        )


class GradeForm(forms.Form):
    grade = forms.DecimalField(
        label=_("Grade"), min_value=0, max_value=1, decimal_places=1, max_digits=2
    )
    reason = forms.CharField(
        label=_("Reason"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )


class RetrospectiveForm(forms.Form):
    worked = forms.CharField(
        label=_("What worked"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    did_not = forms.CharField(
        label=_("What did not work"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    learned = forms.CharField(
        label=_("What we learned"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    carry_over = forms.CharField(
        label=_("What we carry over"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args: object, explanation_required: bool = False, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.explanation_required = explanation_required

    def clean_did_not(self) -> str:
        """Return the explanation; committed objectives below 1.0 must give one."""
        value = self.cleaned_data.get("did_not", "").strip()
        if self.explanation_required and not value:
            raise forms.ValidationError(
                _("Committed objectives below 1.0 need an explanation of what did not work.")
            )
        return value


class CarryOverForm(forms.Form):
    to_cycle = forms.ModelChoiceField(label=_("Carry over to"), queryset=Cycle.objects.none())

    def __init__(self, *args: object, cycles: list[Cycle], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["to_cycle"].queryset = Cycle.objects.filter(pk__in=[c.pk for c in cycles])

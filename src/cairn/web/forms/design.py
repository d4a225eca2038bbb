"""A sample form for the design page: every kind of field, shown with its inline errors."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class SampleForm(forms.Form):
    """Fields of each widget the screens use, to review the one field rendering."""

    title = forms.CharField(label=_("Objective"), help_text=_("Say where you want to be."))
    target = forms.DecimalField(label=_("Target"), required=False)
    team = forms.ChoiceField(label=_("Team"), choices=[("", "—"), ("support", _("Support"))])
    note = forms.CharField(
        label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )
    pace = forms.ChoiceField(
        label=_("Pace"),
        widget=forms.RadioSelect,
        choices=[("on_track", _("On track")), ("at_risk", _("At risk"))],
        required=False,
    )
    committed = forms.BooleanField(label=_("Committed"), required=False)

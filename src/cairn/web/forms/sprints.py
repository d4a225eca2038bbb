"""Sprint forms: plan or edit a sprint, write the review notes, choose where stories go on close."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

DATE = forms.DateInput(attrs={"type": "date"})


class SprintForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=100)
    starts_on = forms.DateField(label=_("Starts on"), widget=DATE)
    ends_on = forms.DateField(label=_("Ends on"), widget=DATE)
    goal = forms.CharField(
        label=_("Goal"), required=False, max_length=5000, widget=forms.Textarea(attrs={"rows": 3})
    )
    capacity_points = forms.DecimalField(
        label=_("Capacity (points)"),
        required=False,
        min_value=0,
        max_value=99999.9,
        decimal_places=1,
    )


class ReviewNotesForm(forms.Form):
    review_notes = forms.CharField(
        label=_("Review notes"),
        required=False,
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_("What went well, what did not, what the sprint taught about the key results."),
    )


class CloseForm(forms.Form):
    carry_to = forms.ChoiceField(
        label=_("Move the unfinished stories to"), choices=(), widget=forms.RadioSelect
    )

    def __init__(self, *args: object, sprints, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        choices = [(str(s.pk), _("the sprint “%(name)s”") % {"name": s.name}) for s in sprints]
        self.fields["carry_to"].choices = [*choices, ("backlog", _("the team's backlog"))]
        self.fields["carry_to"].initial = choices[0][0] if choices else "backlog"

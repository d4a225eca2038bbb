"""The audit log's filters and its retention setting."""

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from cairn.audit import Action
from cairn.audit.models import MAX_RETENTION_DAYS, MIN_RETENTION_DAYS
from cairn.audit.selectors import AuditFilters
from cairn.lib.ids import MAX_ID
from cairn.organisations.models import Organisation, Person


class AuditFilterForm(forms.Form):
    action = forms.ChoiceField(
        label=_("Action"), required=False, choices=[("", _("Any action")), *Action.choices]
    )
    actor = forms.ModelChoiceField(
        label=_("Actor"), required=False, queryset=Person.objects.none(), empty_label=_("Anyone")
    )
    since = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput({"type": "date"})
    )
    until = forms.DateField(label=_("To"), required=False, widget=forms.DateInput({"type": "date"}))
    q = forms.CharField(label=_("Object contains"), required=False, max_length=200)
    before = forms.IntegerField(
        required=False, min_value=1, max_value=MAX_ID, widget=forms.HiddenInput
    )

    def __init__(self, *args: object, organisation: Organisation, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        people = Person.objects.filter(organisation=organisation).select_related("user")
        self.fields["actor"].queryset = people  # type: ignore[attr-defined]

    def clean(self) -> dict:
        data = super().clean() or {}
        since, until = data.get("since"), data.get("until")
        if since and until and since > until:
            raise ValidationError(_("The first day comes after the last."))
        return data

    def filters(self) -> AuditFilters:
        """Return the filters of a valid form."""
        data = self.cleaned_data
        actor = data.get("actor")
        return AuditFilters(
            action=data.get("action") or "",
            actor=actor.pk if actor else None,
            since=data.get("since"),
            until=data.get("until"),
            text=(data.get("q") or "").strip(),
        )


class AuditRetentionForm(forms.Form):
    days = forms.IntegerField(
        label=_("Keep audit events for (days)"),
        min_value=MIN_RETENTION_DAYS,
        max_value=MAX_RETENTION_DAYS,
        help_text=_("At least 30 days; older events are deleted by the periodic sweep."),
    )

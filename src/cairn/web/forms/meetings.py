"""Forms of the team meeting and the team's settings (meeting time, chat channels)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from cairn.organisations.models import Person
from cairn.web.forms.notifications import WEEKDAYS

NO_NUL = _("Remove the NUL character.")


def _clean_text(value: str) -> str:
    if "\x00" in value:
        raise forms.ValidationError(NO_NUL)
    return value


class DecisionForm(forms.Form):
    prefix = "decision"  # the meeting page holds two forms with a "text" field
    text = forms.CharField(
        label=_("Decision"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )

    def clean_text(self) -> str:
        return _clean_text(self.cleaned_data["text"])


class NotesForm(forms.Form):
    prefix = "notes"
    notes = forms.CharField(
        label=_("Notes"), max_length=20000, required=False, widget=forms.Textarea(attrs={"rows": 4})
    )

    def clean_notes(self) -> str:
        return _clean_text(self.cleaned_data["notes"])


class FollowUpForm(forms.Form):
    prefix = "follow_up"
    text = forms.CharField(label=_("Follow-up"), max_length=2000)
    assignee = forms.TypedChoiceField(
        label=_("Assignee"), required=False, coerce=int, empty_value=None
    )
    due = forms.DateField(
        label=_("Due date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args: object, members: list[Person], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.members = {person.pk: person for person in members}
        field = self.fields["assignee"]
        assert isinstance(field, forms.TypedChoiceField)
        field.choices = [("", _("Nobody yet")), *((p.pk, p.name) for p in members)]

    def clean_text(self) -> str:
        return _clean_text(self.cleaned_data["text"])

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        assignee = self.members.get(data["assignee"]) if data["assignee"] else None
        return {"text": data["text"], "assignee": assignee, "due": data["due"]}


class MeetingScheduleForm(forms.Form):
    weekday = forms.TypedChoiceField(
        label=_("Meeting day"),
        choices=[("", _("The organisation's check-in day")), *WEEKDAYS],
        coerce=int,
        empty_value=None,
        required=False,
    )
    at = forms.TimeField(
        label=_("Meeting time (the organisation's time zone)"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}),
        help_text=_("Empty: 10:00."),
    )
    agenda_hours = forms.IntegerField(
        label=_("Send the agenda this many hours before"), min_value=1, max_value=72
    )

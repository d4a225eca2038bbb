"""Forms of the notification settings: a person's own, and the organisation's defaults."""

from __future__ import annotations

import zoneinfo
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from cairn.notifications.kinds import CHOOSABLE
from cairn.notifications.preferences import Settings
from cairn.notifications.team_chat import TEAM_KINDS

WEEKDAYS = [
    (0, _("Monday")),
    (1, _("Tuesday")),
    (2, _("Wednesday")),
    (3, _("Thursday")),
    (4, _("Friday")),
    (5, _("Saturday")),
    (6, _("Sunday")),
]
HOURS = [(hour, f"{hour:02d}:00") for hour in range(24)]


def _optional(choices: list, blank: Any) -> list:
    return [("", blank), *choices]


class NotificationSettingsForm(forms.Form):
    kinds = forms.MultipleChoiceField(
        label=_("Tell me about"),
        choices=CHOOSABLE,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    email = forms.BooleanField(label=_("By email"), required=False)
    chat = forms.BooleanField(label=_("In my chat channels"), required=False)
    check_in_weekday = forms.TypedChoiceField(
        label=_("Check-in day"),
        choices=_optional(WEEKDAYS, _("The organisation's day")),
        coerce=int,
        empty_value=None,
        required=False,
    )
    check_in_hour = forms.TypedChoiceField(
        label=_("Reminder at"),
        choices=_optional(HOURS, _("09:00 (default)")),
        coerce=int,
        empty_value=None,
        required=False,
    )
    digest_weekday = forms.TypedChoiceField(
        label=_("Weekly digest on"),
        choices=_optional(WEEKDAYS, _("Monday (default)")),
        coerce=int,
        empty_value=None,
        required=False,
    )
    quiet_start = forms.TimeField(
        label=_("Quiet hours from"), required=False, widget=forms.TimeInput(attrs={"type": "time"})
    )
    quiet_end = forms.TimeField(
        label=_("Quiet hours until"), required=False, widget=forms.TimeInput(attrs={"type": "time"})
    )

    @classmethod
    def initial_from(cls, prefs: Settings) -> dict[str, Any]:
        """Return the form's starting values from effective settings."""
        return {
            "kinds": [kind for kind, _label in CHOOSABLE if prefs.wants(kind)],
            "email": prefs.email,
            "chat": prefs.chat,
            "check_in_weekday": prefs.check_in_weekday,
            "check_in_hour": prefs.check_in_hour,
            "digest_weekday": prefs.digest_weekday,
            "quiet_start": prefs.quiet_start,
            "quiet_end": prefs.quiet_end,
            "paused_until": prefs.paused_until,
        }

    def changes(self) -> dict[str, Any]:
        """Return the preference_update arguments from the cleaned data."""
        data = dict(self.cleaned_data)
        wanted = set(data.pop("kinds"))
        data["kinds_off"] = [kind for kind, _label in CHOOSABLE if kind not in wanted]
        return data


class PersonNotificationSettingsForm(NotificationSettingsForm):
    time_zone = forms.CharField(
        label=_("My time zone"),
        required=False,
        max_length=64,
        help_text=_("An IANA name such as Europe/Berlin; empty uses the organisation's."),
    )
    paused_until = forms.DateField(
        label=_("Pause until (on leave)"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )

    def clean_time_zone(self) -> str:
        value = self.cleaned_data["time_zone"].strip()
        if value and value not in zoneinfo.available_timezones():
            raise forms.ValidationError(_("%(value)s is not a known time zone.") % {"value": value})
        return value


class ChatChannelForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=100)
    url = forms.CharField(
        label=_("Apprise URL"),
        max_length=1000,
        help_text=_(
            "e.g. slack://…, workflows://… (Teams), mmosts://…, gchat://…, discord://…, "
            "ntfy://…, jsons://host/path"
        ),
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
    )


class OrganisationNotificationSettingsForm(NotificationSettingsForm):
    organisation_weekday = forms.TypedChoiceField(
        label=_("The organisation's check-in day"), choices=WEEKDAYS, coerce=int
    )
    escalation_weeks = forms.IntegerField(
        label=_("Tell team leads after this many missed weeks"), min_value=1, max_value=52
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["kinds"].label = _("Tell people about")
        self.fields["chat"].label = _("In their chat channels")

    def changes(self) -> dict[str, Any]:
        data = super().changes()
        data.pop("organisation_weekday")
        data.pop("escalation_weeks")
        return data


class TeamChatSettingsForm(forms.Form):
    kinds = forms.MultipleChoiceField(
        label=_("Post to the team's channels"),
        choices=[(kind.value, kind.label) for kind in TEAM_KINDS],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    quiet_start = forms.TimeField(
        label=_("Quiet hours from"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )
    quiet_end = forms.TimeField(
        label=_("Quiet hours until"),
        required=False,
        widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
    )

    def changes(self) -> dict[str, Any]:
        """Return the team_chat_settings_update arguments from the cleaned data."""
        wanted = set(self.cleaned_data["kinds"])
        return {
            "kinds_off": [kind.value for kind in TEAM_KINDS if kind.value not in wanted],
            "quiet_start": self.cleaned_data["quiet_start"],
            "quiet_end": self.cleaned_data["quiet_end"],
        }

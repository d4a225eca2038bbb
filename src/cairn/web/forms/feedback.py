"""Forms of peer feedback (ask, answer) and kudos (give)."""

from __future__ import annotations

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from cairn.feedback.models import MAX_KUDOS, MAX_MESSAGE, MAX_PROMPT
from cairn.okrs.models import KeyResult
from cairn.organisations.models import Person, Team
from cairn.web.forms.people_picker import PeopleField, RecipientField

NO_NUL = _("Remove the NUL character.")


class _NoNul(forms.Form):
    def clean(self) -> dict:
        data = super().clean() or {}
        for name, value in data.items():
            if isinstance(value, str) and "\x00" in value:
                self.add_error(name, NO_NUL)
        return data


class FeedbackAskForm(_NoNul):
    about = forms.ChoiceField(label=_("Feedback on"))
    people = PeopleField(
        label=_("Ask these people"),
        help_text=_(
            "Up to 10 people who can see this objective: type a name and pick from the list, "
            "or type email addresses separated by commas."
        ),
    )
    message = forms.CharField(
        label=_("What would you like to hear about?"),
        required=False,
        max_length=MAX_MESSAGE,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    anonymous = forms.BooleanField(
        label=_("Answers are anonymous to me (admins can still see who answered)"),
        required=False,
    )

    def __init__(
        self,
        *args: object,
        whole: bool,
        key_results: list[KeyResult],
        people: QuerySet[Person],
        **kwargs: object,
    ) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.key_results = {kr.pk: kr for kr in key_results}
        chosen = self.fields["people"]
        assert isinstance(chosen, PeopleField)
        chosen.candidates = people
        if self.is_bound:
            chosen.show_chosen(self.data.getlist(self.add_prefix("people")))
        about = self.fields["about"]
        assert isinstance(about, forms.ChoiceField)
        about.choices = [
            *([("objective", _("The whole objective"))] if whole else []),
            *((str(kr.pk), _("Key result: %(t)s") % {"t": kr.title}) for kr in key_results),
        ]

    def service_arguments(self) -> dict:
        data = self.cleaned_data
        about = data["about"]
        key_result = None if about == "objective" else self.key_results[int(about)]
        return {
            "key_result": key_result,
            "people": data["people"],
            "message": data["message"],
            "anonymous": data["anonymous"],
        }


class FeedbackAnswerForm(_NoNul):
    going_well = forms.CharField(
        label=_("What is going well?"),
        required=False,
        max_length=MAX_PROMPT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    to_change = forms.CharField(
        label=_("What would you change?"),
        required=False,
        max_length=MAX_PROMPT,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    suggestion = forms.CharField(
        label=_("One suggestion"),
        required=False,
        max_length=MAX_PROMPT,
        widget=forms.Textarea(attrs={"rows": 2}),
    )


class KudosForm(_NoNul):
    recipient = RecipientField(
        label=_("Thank"),
        help_text=_(
            "Type a name and pick a person or a team, or type an email address or a team's name."
        ),
    )
    message = forms.CharField(
        label=_("Message"),
        max_length=MAX_KUDOS,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Plain text, up to 500 characters: what did they do, and why did it matter?"),
    )

    def __init__(
        self,
        *args: object,
        people: QuerySet[Person],
        teams: QuerySet[Team],
        initial_recipient: str = "",
        **kwargs: object,
    ) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        field = self.fields["recipient"]
        assert isinstance(field, RecipientField)
        field.candidates, field.team_candidates = people, teams
        chosen = self.data.getlist("recipient") if self.is_bound else [initial_recipient]
        field.show_chosen([value for value in chosen if value])

    def recipient_arguments(self) -> dict:
        chosen = self.cleaned_data["recipient"]
        if isinstance(chosen, Team):
            return {"person": None, "team": chosen}
        return {"person": chosen, "team": None}

"""Forms of peer feedback (ask, answer) and kudos (give)."""

from __future__ import annotations

from django import forms
from django.db.models import QuerySet
from django.utils.translation import gettext_lazy as _

from cairn.feedback.models import MAX_KUDOS, MAX_MESSAGE, MAX_PROMPT
from cairn.okrs.models import KeyResult
from cairn.organisations.models import Person, Team
from cairn.web.forms.people_picker import PeopleField

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
            chosen.show_chosen(self.data, self.add_prefix("people"))
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
    recipient = forms.ChoiceField(label=_("Thank"))
    message = forms.CharField(
        label=_("Message"),
        max_length=MAX_KUDOS,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Plain text, up to 500 characters: what did they do, and why did it matter?"),
    )

    def __init__(
        self, *args: object, people: list[Person], teams: list[Team], **kwargs: object
    ) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.people = {p.pk: p for p in people}
        self.teams = {t.pk: t for t in teams}
        field = self.fields["recipient"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [
            ("", _("Choose a person or a team")),
            (_("People"), [(f"person:{p.pk}", p.name) for p in people]),
            (_("Teams"), [(f"team:{t.pk}", t.name) for t in teams]),
        ]

    def recipient_arguments(self) -> dict:
        kind, _sep, pk = self.cleaned_data["recipient"].partition(":")
        if kind == "person":
            return {"person": self.people[int(pk)], "team": None}
        return {"person": None, "team": self.teams[int(pk)]}

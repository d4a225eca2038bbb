"""Objective forms: create (with cycle and parent) and edit (with the version read)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from cairn.okrs import selectors
from cairn.okrs.models import ObjectiveKind, Visibility
from cairn.organisations.models import Person, Team


class ObjectiveForm(forms.Form):
    title = forms.CharField(
        label=_("Objective"),
        max_length=300,
        help_text=_("Qualitative and inspiring; numbers belong in the key results."),
    )
    description = forms.CharField(
        label=_("Why it matters"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )
    team = forms.ModelChoiceField(
        label=_("Team"),
        queryset=Team.objects.none(),
        required=False,
        empty_label=_("Company level"),
    )
    owner = forms.ModelChoiceField(label=_("Owner"), queryset=Person.objects.none())
    kind = forms.ChoiceField(label=_("Kind"), choices=ObjectiveKind.choices)
    visibility = forms.ChoiceField(label=_("Visible to"), choices=Visibility.choices)
    weight = forms.FloatField(label=_("Weight"), min_value=0, initial=1)

    def __init__(self, *args: object, person: Person, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        organisation_id = person.organisation_id
        self.fields["team"].queryset = Team.objects.filter(organisation_id=organisation_id)
        self.fields["owner"].queryset = Person.objects.filter(
            organisation_id=organisation_id, is_active=True
        ).select_related("user")
        self.fields["owner"].label_from_instance = lambda p: p.name


class ObjectiveCreateForm(ObjectiveForm):
    cycle = forms.ModelChoiceField(label=_("Cycle"), queryset=None, empty_label=None)
    parent = forms.CharField(required=False, widget=forms.HiddenInput)

    field_order = ["title", "description", "cycle", "team", "owner", "kind", "visibility"]

    def __init__(self, *args: object, person: Person, **kwargs: object) -> None:
        super().__init__(*args, person=person, **kwargs)
        self.fields["cycle"].queryset = selectors.open_cycles(person)


class ObjectiveEditForm(ObjectiveForm):
    version = forms.IntegerField(widget=forms.HiddenInput)


class AlignForm(forms.Form):
    parent = forms.CharField(label=_("Parent"), required=False)


NECESSARY_CHOICES = [
    ("no", _("No: this key result is needed")),
    ("yes", _("Yes: the objective is reached without it, so it is not necessary")),
    ("unsure", _("Not sure")),
]
SUFFICIENT_CHOICES = [
    ("yes", _("Yes: meeting them all achieves the objective")),
    ("no", _("No: something the objective needs is not measured")),
    ("unsure", _("Not sure")),
]


def _question(choices: list) -> forms.ChoiceField:
    return forms.ChoiceField(
        choices=choices,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Answer this question."),
            "invalid_choice": _("Answer yes, no or unsure."),
        },
    )


class ObjectiveReviewForm(forms.Form):
    """One radio question per key result ("necessary_0" …) and one for the set ("sufficient").

    The service keys answers as `cairn.coach.necessary.questions` does ("necessary:0");
    `answers()` and `field_name()` translate between the two.
    """

    asked = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args: object, key_results: list, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["asked"].initial = ",".join(str(kr.pk) for kr in key_results)
        for index, _kr in enumerate(key_results):
            self.fields[f"necessary_{index}"] = _question(NECESSARY_CHOICES)
        self.fields["sufficient"] = _question(SUFFICIENT_CHOICES)

    def clean_asked(self) -> list[int]:
        raw = self.cleaned_data["asked"]
        try:
            return [int(pk) for pk in raw.split(",") if pk]
        except ValueError:
            raise forms.ValidationError(_("Reload the page and answer again.")) from None

    def answers(self) -> dict[str, str]:
        """Return the answers keyed as the review service expects."""
        return {
            key.replace("_", ":"): value
            for key, value in self.cleaned_data.items()
            if key.startswith("necessary_") or key == "sufficient"
        }

    @staticmethod
    def field_name(question_key: str) -> str:
        """Return the form field of a question key ("necessary:0" → "necessary_0")."""
        return question_key.replace(":", "_")

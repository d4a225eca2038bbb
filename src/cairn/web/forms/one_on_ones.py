"""The forms of a one-on-one: a meeting's shared notes, and an action item for one of the two."""

from __future__ import annotations

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cairn.one_on_ones.models import OneOnOne
from cairn.one_on_ones.services import ACTION_LENGTH, NOTE_LENGTH


class NoteForm(forms.Form):
    held_on = forms.DateField(
        label=_("Meeting date"), widget=forms.DateInput(attrs={"type": "date"})
    )
    text = forms.CharField(
        label=_("Shared notes"),
        max_length=NOTE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Only the two of you can read them."),
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        kwargs.setdefault("initial", {"held_on": timezone.localdate()})
        kwargs.setdefault("auto_id", "note_%s")  # both forms share a page and a field name
        super().__init__(*args, **kwargs)


class ActionForm(forms.Form):
    text = forms.CharField(label=_("Action item"), max_length=ACTION_LENGTH)
    owner = forms.TypedChoiceField(label=_("Who"), coerce=int)
    due = forms.DateField(
        label=_("Due"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args: object, one_on_one: OneOnOne, **kwargs: object) -> None:
        kwargs.setdefault("auto_id", "action_%s")
        super().__init__(*args, **kwargs)
        people = (one_on_one.report, one_on_one.manager)
        self.people = {person.pk: person for person in people}
        self.fields["owner"].choices = [(person.pk, person.name) for person in people]

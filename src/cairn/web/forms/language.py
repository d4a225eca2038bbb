"""The language a person reads Cairn in, and the organisation's default."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _


def _choices(default_label: str) -> list[tuple[str, str]]:
    return [("", default_label), *settings.LANGUAGES]


def _language_field(field: forms.Field, default_label: str) -> None:
    field.choices = _choices(default_label)  # type: ignore[attr-defined]
    # Always answered ("" is the default, a choice too): not marked "(optional)".
    field.conditionally_required = True  # type: ignore[attr-defined]


class PersonLanguageForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, *args: object, default_label: str, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        _language_field(self.fields["language"], default_label)


class OrganisationLanguageForm(forms.Form):
    language = forms.ChoiceField(
        label=_("Default language"),
        required=False,
        help_text=_("For everyone who has not chosen a language of their own."),
    )

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        _language_field(self.fields["language"], str(_("Each person's browser language")))

"""Forms for people: role and manager, and the CSV import."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from cairn.organisations.models import Person, Role
from cairn.organisations.people_import import LIMITS


class PersonForm(forms.Form):
    role = forms.ChoiceField(label=_("Role"), choices=Role.choices)
    manager = forms.ModelChoiceField(
        label=_("Manager"),
        queryset=Person.objects.none(),
        required=False,
        empty_label=_("— none —"),
    )

    def __init__(self, *args: object, person: Person, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self.fields["manager"].queryset = (
            Person.objects.filter(organisation_id=person.organisation_id, is_active=True)
            .exclude(pk=person.pk)
            .select_related("user")
        )
        self.fields["manager"].label_from_instance = lambda p: p.name


class PeopleImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        required=False,
        help_text=_("Columns: email, name, team, manager, role. The first row holds the headers."),
    )
    text = forms.CharField(label=_("…or paste the CSV"), widget=forms.Textarea, required=False)

    def clean(self) -> dict:
        """Return the cleaned data with the CSV as `csv` text."""
        data = super().clean()
        upload = data.get("file")
        if upload is not None:
            if upload.size > LIMITS.max_bytes:  # refused before a byte is read
                raise forms.ValidationError(_("The file is larger than 1 MB."))
            try:
                data["csv"] = upload.read().decode("utf-8-sig")
            except UnicodeDecodeError:
                raise forms.ValidationError(
                    _("Save the file as UTF-8 CSV and try again.")
                ) from None
            if "\x00" in data["csv"]:  # a pasted text is refused by CharField already
                raise forms.ValidationError(
                    _("The file holds a NUL character: save it as UTF-8 CSV and try again.")
                )
        else:
            data["csv"] = data.get("text", "")
        if not data["csv"].strip():
            raise forms.ValidationError(_("Choose a CSV file or paste its contents."))
        return data


class DeactivateForm(forms.Form):
    successor = forms.ModelChoiceField(
        label=_("Give their open objectives and key results to"),
        queryset=Person.objects.none(),
        required=False,
        empty_label=_("— nobody (leave them unowned) —"),
    )

    def __init__(self, *args: object, person: Person, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        # Only fit successors are offered; the service checks again.
        self.fields["successor"].queryset = (
            Person.objects.filter(organisation_id=person.organisation_id, is_active=True)
            .exclude(pk=person.pk)
            .exclude(role=Role.VIEWER)
            .select_related("user")
        )
        self.fields["successor"].label_from_instance = lambda p: p.name

"""Choosing people from an organisation of any size: a search box that adds chips.

The browser shows the chosen people as chips (each a hidden `<name>` input holding the person's
id) and a search box (`<name>_emails`) that `static/web/people-picker.js` turns into an
autocomplete over the mention search. Without JavaScript the box takes email addresses separated
by commas. Nothing lists the whole organisation, so the page stays small with 10,000 people.
"""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q, QuerySet
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext as _

from cairn.organisations.models import Person

SEPARATORS = re.compile(r"[,;\s]+")
MAX_TYPED = 50


class PeoplePicker(forms.Widget):
    """Chips of the chosen people and a search box; the value is (ids, typed text)."""

    template_name = "web/widgets/people_picker.html"
    chosen: list[Person]

    def __init__(self, attrs: dict[str, Any] | None = None) -> None:
        super().__init__(attrs)
        self.chosen = []

    def value_from_datadict(self, data: Any, files: Any, name: str) -> tuple[list[str], str]:
        ids = data.getlist(name) if hasattr(data, "getlist") else data.get(name) or []
        return [str(i) for i in ids], str(data.get(f"{name}_emails", ""))

    def value_omitted_from_data(self, data: Any, files: Any, name: str) -> bool:
        return name not in data and f"{name}_emails" not in data

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        typed = value[1] if isinstance(value, tuple) else ""
        context["widget"].update(
            chosen=self.chosen, typed=typed, search_url=reverse("comment_mentions")
        )
        return context


class PeopleField(forms.Field):
    """People of `candidates` chosen by id (chips) or typed email; returns a list of Person."""

    widget = PeoplePicker

    def __init__(self, *, candidates: QuerySet[Person] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.candidates = candidates

    def clean(self, value: Any) -> list[Person]:
        ids_raw, typed = value if isinstance(value, tuple) else ([], "")
        try:
            ids = {int(i) for i in ids_raw}
        except (TypeError, ValueError):
            raise ValidationError(_("Choose people from the list.")) from None
        emails = {e.lower() for e in SEPARATORS.split(typed.strip()) if e}
        if "\x00" in typed or len(emails) > MAX_TYPED:
            raise ValidationError(_("Type at most %(n)d email addresses.") % {"n": MAX_TYPED})
        if not ids and not emails:
            if self.required:
                raise ValidationError(_("Choose at least one person."))
            return []
        assert self.candidates is not None
        found = list(
            self.candidates.annotate(email_lower=Lower("user__email"))
            .filter(Q(pk__in=ids) | Q(email_lower__in=emails))
            .select_related("user")
        )
        unknown = sorted(emails - {p.email_lower for p in found})  # type: ignore[attr-defined]
        if unknown:
            raise ValidationError(
                _("Nobody here can be asked at %(emails)s.") % {"emails": ", ".join(unknown)}
            )
        if ids - {p.pk for p in found}:
            raise ValidationError(_("Choose people from the list."))
        return found

    def show_chosen(self, data: Any, name: str) -> None:
        """Give the widget the chips of ids already chosen in the submitted data (one query)."""
        widget = self.widget
        assert isinstance(widget, PeoplePicker) and self.candidates is not None
        ids = [i for i in (data.getlist(name) if hasattr(data, "getlist") else []) if i.isdigit()]
        widget.chosen = (
            list(self.candidates.filter(pk__in=ids).select_related("user")) if ids else []
        )

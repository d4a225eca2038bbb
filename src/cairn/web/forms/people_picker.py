"""Choosing people (or teams) from an organisation of any size: a search box that adds chips.

The browser shows what is chosen as chips (each a hidden `<name>` input holding the value: a
person's id, or "person:12" / "team:3" where teams may be chosen too) and a search box
(`<name>_emails`) that `static/web/people-picker.js` turns into an autocomplete over the mention
search. Without JavaScript the box takes email addresses (and team names, where teams count)
separated by commas. Nothing lists the whole organisation, so a page stays small with 10,000
people.
"""

from __future__ import annotations

import re
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Model, Q, QuerySet
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.translation import gettext as _

from cairn.organisations.models import Person, Team

SEPARATORS = re.compile(r"[,;\s]+")
MAX_TYPED = 50


class PeoplePicker(forms.Widget):
    """Chips of what is chosen and a search box; the value is (chip values, typed text)."""

    template_name = "web/widgets/people_picker.html"

    def __init__(self, attrs: dict[str, Any] | None = None, *, teams: bool = False, single=False):
        super().__init__(attrs)
        self.teams, self.single = teams, single
        self.chosen: list[tuple[str, str]] = []  # (value, name) of each chip

    def value_from_datadict(self, data: Any, files: Any, name: str) -> tuple[list[str], str]:
        values = data.getlist(name) if hasattr(data, "getlist") else data.get(name) or []
        if isinstance(values, str):
            values = [values]
        return [str(v) for v in values], str(data.get(f"{name}_emails", ""))

    def value_omitted_from_data(self, data: Any, files: Any, name: str) -> bool:
        return name not in data and f"{name}_emails" not in data

    def get_context(self, name: str, value: Any, attrs: dict[str, Any] | None) -> dict[str, Any]:
        context = super().get_context(name, value, attrs)
        typed = value[1] if isinstance(value, tuple) else ""
        context["widget"].update(
            chosen=self.chosen,
            typed=typed,
            search_url=reverse("comment_mentions"),
            kinds="person,team" if self.teams else "person",
            single=self.single,
        )
        return context


def _split(values: list[str], teams: bool) -> tuple[set[int], set[int]]:
    """Return (person ids, team ids) named by chip values; raise on anything else."""
    people, chosen_teams = set(), set()
    for value in values:
        kind, _sep, pk = value.rpartition(":") if teams else ("person", "", value)
        if kind not in ("person", "team") or not pk.isdigit():
            raise ValidationError(_("Choose people from the list."))
        (people if kind == "person" else chosen_teams).add(int(pk))
    return people, chosen_teams


class PeopleField(forms.Field):
    """People of `candidates` chosen by chip or typed email; returns a list of Person."""

    teams_allowed = False
    single = False

    def __init__(
        self,
        *,
        candidates: QuerySet[Person] | None = None,
        team_candidates: QuerySet[Team] | None = None,
        **kwargs: Any,
    ) -> None:
        kwargs.setdefault("widget", PeoplePicker(teams=self.teams_allowed, single=self.single))
        super().__init__(**kwargs)
        self.candidates, self.team_candidates = candidates, team_candidates

    def _typed(self, typed: str) -> set[str]:
        words = {w for w in SEPARATORS.split(typed.strip()) if w}
        if "\x00" in typed or len(words) > MAX_TYPED:
            raise ValidationError(_("Type at most %(n)d email addresses.") % {"n": MAX_TYPED})
        return words

    def _found(self, values: list[str], typed: str) -> list[Model]:
        """Return the people (and teams) the chips and the typed words name, or raise."""
        person_ids, team_ids = _split(values, self.teams_allowed)
        words = self._typed(typed)
        if not (person_ids or team_ids or words):
            if self.required:
                raise ValidationError(
                    _("Choose a person or a team.")
                    if self.single
                    else _("Choose at least one person.")
                )
            return []
        assert self.candidates is not None
        emails = {w.lower() for w in words if "@" in w}
        people = list(
            self.candidates.annotate(email_lower=Lower("user__email"))
            .filter(Q(pk__in=person_ids) | Q(email_lower__in=emails))
            .select_related("user")
        )
        teams: list[Team] = []
        names = {w.lower() for w in words if "@" not in w}
        if self.teams_allowed and self.team_candidates is not None and (team_ids or names):
            teams = list(
                self.team_candidates.annotate(name_lower=Lower("name")).filter(
                    Q(pk__in=team_ids) | Q(name_lower__in=names)
                )
            )
        unknown = sorted(
            (emails - {p.email_lower for p in people})  # type: ignore[attr-defined]
            | (names - {t.name_lower for t in teams})  # type: ignore[attr-defined]
        )
        if unknown:
            raise ValidationError(
                _("Nobody here can be chosen as %(words)s.") % {"words": ", ".join(unknown)}
            )
        if person_ids - {p.pk for p in people} or team_ids - {t.pk for t in teams}:
            raise ValidationError(_("Choose people from the list."))
        return [*people, *teams]

    def clean(self, value: Any) -> Any:
        values, typed = value if isinstance(value, tuple) else ([], "")
        return self._found(values, typed)

    def show_chosen(self, values: list[str]) -> None:
        """Give the widget the chips of the values already chosen (a query per kind)."""
        widget = self.widget
        assert isinstance(widget, PeoplePicker) and self.candidates is not None
        try:
            person_ids, team_ids = _split(values, self.teams_allowed)
        except ValidationError:
            return
        prefix = "person:" if self.teams_allowed else ""
        people = self.candidates.filter(pk__in=person_ids).select_related("user")
        chosen = [(f"{prefix}{p.pk}", p.name) for p in people] if person_ids else []
        if team_ids and self.team_candidates is not None:
            chosen += [
                (f"team:{t.pk}", t.name) for t in self.team_candidates.filter(pk__in=team_ids)
            ]
        widget.chosen = chosen


class RecipientField(PeopleField):
    """One person or one team, by chip or typed email / team name; returns the Person or Team."""

    teams_allowed = True
    single = True

    def _typed(self, typed: str) -> set[str]:
        """Return the typed text as one term: an email or a team's name (which has spaces)."""
        term = " ".join(typed.split())
        if "\x00" in typed or len(term) > 200:
            raise ValidationError(_("Type one email address or one team's name."))
        return {term} if term else set()

    def clean(self, value: Any) -> Person | Team:
        found = super().clean(value)
        if not found:
            raise ValidationError(_("Choose a person or a team."))
        if len(found) > 1:
            raise ValidationError(_("Choose one person or one team."))
        return found[0]

"""`as_of` on the API's reads: parse the moment, swap stored rows for their values then."""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from cairn.okrs.as_of import overlay, parse_moment, rebuild
from cairn.okrs.models import KeyResult, Objective
from cairn.organisations.models import Person

AS_OF_HELP = (
    "Return the values as they stood at the end of this day (YYYY-MM-DD, in your time zone) "
    "or at this ISO 8601 moment, rebuilt from the history. Things created later are left out."
)


def moment(person: Person, raw: str, *, status: object = None) -> datetime:
    """Return the moment an `as_of` parameter names (ValidationError for bad or future dates)."""
    if status:
        raise ValidationError({"status": _("The pace filter cannot be combined with as_of.")})
    return parse_moment(raw, person.zone)


def objectives_then(person: Person, objectives: list[Objective], at: datetime) -> list[Objective]:
    """Return the objectives as they stood at `at` (those that existed then), in their order."""
    states = rebuild([o.pk for o in objectives], at, person.organisation)
    return [overlay(o, states[o.pk], at) for o in objectives if o.pk in states]


def key_results_then(person: Person, key_results: list[KeyResult], at: datetime) -> list[KeyResult]:
    """Return the key results as they stood at `at` (those that existed then), in their order."""
    states = rebuild({kr.objective_id for kr in key_results}, at, person.organisation)
    then = {kr.id: kr for o in states.values() for kr in o.key_results}
    return [overlay(kr, then[kr.pk], at) for kr in key_results if kr.pk in then]

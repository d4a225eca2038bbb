"""Small validation helpers shared by the OKR services."""

from __future__ import annotations

import math
from decimal import Decimal, InvalidOperation
from functools import cache

from django.core.exceptions import ValidationError
from django.db.models import Model
from django.utils.translation import gettext as _

from cairn.okrs.models import Cycle
from cairn.organisations.models import Organisation, Person


class StaleVersion(ValidationError):
    """The object changed since the caller read it (a lost update was prevented)."""


def number(field: str, value: object, *, required: bool = True) -> float | None:
    """Return `value` as a finite float, or raise ValidationError naming the field."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise ValidationError({field: _("This field is required.")})
        return None
    if isinstance(value, bool):
        raise ValidationError({field: _("Enter a number.")})
    try:
        result = float(Decimal(str(value).strip().replace(",", "")))
    except (InvalidOperation, ValueError):
        raise ValidationError({field: _("Enter a number.")}) from None
    if not math.isfinite(result) or abs(result) > 1e15:
        raise ValidationError({field: _("Enter a finite number.")})
    return result


def confidence(value: object) -> int:
    """Return a 0–10 confidence rating, or raise ValidationError."""
    try:
        rating = int(str(value))
    except (TypeError, ValueError):
        raise ValidationError(
            {"confidence": _("Confidence is a whole number from 0 to 10.")}
        ) from None
    if not 0 <= rating <= 10:
        raise ValidationError({"confidence": _("Confidence is a whole number from 0 to 10.")})
    return rating


def text(field: str, value: object, *, max_length: int, required: bool = False) -> str:
    """Return stripped text, or raise ValidationError when missing, too long or holding NUL.

    PostgreSQL cannot store a NUL character in text (the write would fail with a DataError, a
    500); forms refuse it already, the API and imports reach the services directly.
    """
    result = "" if value is None else str(value).strip()
    if "\x00" in result:
        raise ValidationError({field: _("Remove the NUL character.")})
    if required and not result:
        raise ValidationError({field: _("This field is required.")})
    if len(result) > max_length:
        raise ValidationError({field: _("Keep it under %(n)d characters.") % {"n": max_length + 1}})
    return result


def weight(value: object) -> float:
    """Return a weight of 0 or more (0 means tracked but not counted)."""
    result = number("weight", value)
    assert result is not None
    if result < 0:
        raise ValidationError({"weight": _("Weight is 0 or more (0 means not counted).")})
    return result


def same_organisation(field: str, obj: Model | None, organisation: Organisation) -> None:
    """Raise ValidationError when `obj` belongs to another organisation."""
    if obj is not None and getattr(obj, "organisation_id", None) != organisation.id:
        raise ValidationError({field: _("Not found in this organisation.")})


def person_in(field: str, person: Person | None, organisation: Organisation) -> None:
    """Raise ValidationError unless the person is active in the organisation."""
    same_organisation(field, person, organisation)
    if person is not None and not person.is_active:
        raise ValidationError({field: _("This person is no longer active.")})


def check_version(obj: Model, version: int | None) -> None:
    """Raise StaleVersion when the caller's version is not the stored one."""
    if version is not None and version != obj.version:  # type: ignore[attr-defined]
        raise StaleVersion(
            {"version": _("This was changed by someone else; reload and try again.")}
        )


def cycle_open(cycle: Cycle) -> None:
    """Raise ValidationError when the cycle no longer takes check-ins or edits."""
    if not cycle.accepts_check_ins:
        raise ValidationError(
            _("The cycle %(name)s is %(state)s: it no longer takes check-ins.")
            % {"name": cycle.name, "state": cycle.get_state_display().lower()}
        )


@cache
def choice_values(choices: type) -> frozenset[str]:
    """Return the values of a choices class (Django rebuilds `.values` on every access)."""
    return frozenset(choices.values)  # type: ignore[attr-defined]

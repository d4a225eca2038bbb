"""Initiatives: the work that should move key results (never their progress)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from cairn.okrs.models import Initiative, InitiativeStatus, KeyResult
from cairn.okrs.permissions import Access, require
from cairn.okrs.services.common import choice_values, person_in, same_organisation, text
from cairn.organisations.models import Person

EDITABLE = ("title", "description", "owner", "status", "percent_complete", "due_date")


def _clean(initiative: Initiative) -> None:
    initiative.title = text("title", initiative.title, max_length=300, required=True)
    initiative.description = text("description", initiative.description, max_length=10000)
    if initiative.status not in choice_values(InitiativeStatus):
        raise ValidationError({"status": _("Unknown status.")})
    try:
        initiative.percent_complete = int(str(initiative.percent_complete))
    except ValueError:
        raise ValidationError({"percent_complete": _("Enter a whole number.")}) from None
    if not 0 <= initiative.percent_complete <= 100:
        raise ValidationError({"percent_complete": _("Enter a percentage from 0 to 100.")})
    if initiative.due_date is not None and not isinstance(initiative.due_date, date):
        raise ValidationError({"due_date": _("Enter a date.")})
    person_in("owner", initiative.owner, initiative.organisation)


def _link(initiative: Initiative, key_results: Sequence[KeyResult], access: Access) -> None:
    if not key_results:
        raise ValidationError({"key_results": _("Link the initiative to at least one key result.")})
    for kr in key_results:
        same_organisation("key_results", kr, initiative.organisation)
        require(access.can_check_in(kr), _("You cannot link initiatives to this key result."))
    initiative.key_results.set(key_results)


@transaction.atomic
def initiative_create(
    *,
    actor: Person,
    key_results: Sequence[KeyResult],
    title: str,
    description: str = "",
    owner: Person | None = None,
    status: str = InitiativeStatus.PLANNED,
    percent_complete: object = 0,
    due_date: date | None = None,
) -> Initiative:
    """Create an initiative linked to one or more key results; return it."""
    access = Access(actor)
    require(access.can_write, _("Viewers cannot add initiatives."))
    initiative = Initiative(
        organisation=actor.organisation,
        title=title,
        description=description,
        owner=owner or actor,
        status=status,
        percent_complete=percent_complete,
        due_date=due_date,
    )
    _clean(initiative)
    initiative.save()
    _link(initiative, key_results, access)
    return initiative


@transaction.atomic
def initiative_update(
    *,
    initiative: Initiative,
    actor: Person,
    key_results: Sequence[KeyResult] | None = None,
    **changes: object,
) -> Initiative:
    """Change an initiative's fields or links; return it."""
    access = Access(actor)
    allowed = access.is_admin or initiative.owner_id == actor.pk
    allowed = allowed or any(access.can_check_in(kr) for kr in initiative.key_results.all())
    require(access.can_write and allowed, _("You cannot edit this initiative."))
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError({name: _("This field cannot be changed here.") for name in unknown})
    for name, value in changes.items():
        setattr(initiative, name, value)
    _clean(initiative)
    initiative.save()
    if key_results is not None:
        _link(initiative, key_results, access)
    return initiative

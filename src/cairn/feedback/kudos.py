"""Writes of recognition: give kudos to a person or a team; note when a key result is reached.

Anyone in the organisation who may write (not a viewer) thanks anyone else or any team, with a
short plain-text message, optionally for a check-in, a key result or an initiative they can see.
"""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn import tasks
from cairn.feedback.feedback_requests import clean_text
from cairn.feedback.models import MAX_KUDOS, KeyResultReached, Kudos
from cairn.okrs.models import CheckIn, Initiative, KeyResult
from cairn.okrs.permissions import Access
from cairn.organisations.models import Person, Team


def _recipient(giver: Person, person: Person | None, team: Team | None) -> None:
    if (person is None) == (team is None):
        raise ValidationError({"person": _("Thank one person or one team.")})
    if person is not None:
        if person.organisation_id != giver.organisation_id or not person.is_active:
            raise ValidationError({"person": _("Choose an active person in your organisation.")})
        if person.pk == giver.pk:
            raise ValidationError({"person": _("Thank someone else.")})
    if team is not None and team.organisation_id != giver.organisation_id:
        raise ValidationError({"team": _("Choose a team in your organisation.")})


def _visible(access: Access, objective_id: int, field: str) -> None:
    """Raise ValidationError unless the giver may see the objective the linked item belongs to."""
    from cairn.okrs.models import Objective

    found = Objective.objects.filter(access.objective_filter(), pk=objective_id).exists()
    if not found:
        raise ValidationError({field: _("Choose something you can see.")})


def _links(
    access: Access,
    key_result: KeyResult | None,
    check_in: CheckIn | None,
    initiative: Initiative | None,
) -> KeyResult | None:
    """Check the linked items; return the key result (a check-in's, when only it is given)."""
    if check_in is not None:
        if key_result is not None and check_in.key_result_id != key_result.pk:
            raise ValidationError({"check_in": _("Choose a check-in of that key result.")})
        key_result = key_result or check_in.key_result
    if key_result is not None:
        _visible(access, key_result.objective_id, "key_result")
    if initiative is not None:
        if initiative.organisation_id != access.person.organisation_id:
            raise ValidationError({"initiative": _("Choose something you can see.")})
        first = initiative.key_results.first()
        if first is not None:
            _visible(access, first.objective_id, "initiative")
    return key_result


@transaction.atomic
def kudos_give(
    *,
    giver: Person,
    message: str,
    person: Person | None = None,
    team: Team | None = None,
    key_result: KeyResult | None = None,
    check_in: CheckIn | None = None,
    initiative: Initiative | None = None,
    now: datetime | None = None,
) -> Kudos:
    """Thank a person or a team; the person (or the team's members) is told. Return it."""
    from cairn.feedback.kudos_notices import notify_kudos

    access = Access(giver)
    if not access.can_write:
        raise PermissionDenied(_("Viewers read; they do not give kudos."))
    _recipient(giver, person, team)
    key_result = _links(access, key_result, check_in, initiative)
    kudos = Kudos.objects.create(
        organisation_id=giver.organisation_id,
        giver=giver,
        person=person,
        team=team,
        message=clean_text(message, "message", MAX_KUDOS, required=True),
        key_result=key_result,
        check_in=check_in,
        initiative=initiative,
        created_at=now or timezone.now(),
    )
    tasks.enqueue(notify_kudos, kudos.pk)
    return kudos


def key_result_reached(*, key_result: KeyResult, old: float, new: float) -> None:
    """Note the moment a key result's progress crosses 1: pages then suggest recognition.

    Called by the check-in service inside its transaction; progress falling back below 1
    forgets it, so reaching the target again suggests recognition again.
    """
    if old < 1 <= new:
        KeyResultReached.objects.update_or_create(
            key_result=key_result,
            defaults={"organisation_id": key_result.organisation_id, "reached_at": timezone.now()},
        )
    elif new < 1 <= old:
        KeyResultReached.objects.filter(key_result=key_result).delete()

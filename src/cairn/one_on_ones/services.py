"""Writes of one-on-ones: only the two people in it write; admins may only delete it."""

from __future__ import annotations

from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn.audit.actions import Action
from cairn.audit.services import audit_record
from cairn.okrs.permissions import require
from cairn.okrs.services.common import text
from cairn.one_on_ones.models import ActionItem, Note, OneOnOne
from cairn.organisations.models import Person

NOTE_LENGTH = 10000
ACTION_LENGTH = 500


def _require_participant(one_on_one: OneOnOne, actor: Person) -> None:
    require(one_on_one.involves(actor), _("Only the two people in a one-on-one write in it."))


@transaction.atomic
def one_on_one_open(*, actor: Person, other: Person) -> OneOnOne:
    """Return the one-on-one of `actor` with their manager or report `other`, made if new."""
    same = other.organisation_id == actor.organisation_id and other.is_active and actor.is_active
    if same and other.manager_id == actor.pk:
        manager, report = actor, other
    elif same and actor.manager_id == other.pk:
        manager, report = other, actor
    else:
        raise ValidationError(
            _("One-on-ones are held with your manager or your reports, as the directory says.")
        )
    one_on_one, _created = OneOnOne.objects.get_or_create(
        organisation_id=actor.organisation_id, manager=manager, report=report
    )
    return one_on_one


@transaction.atomic
def note_add(*, one_on_one: OneOnOne, actor: Person, held_on: date, text_: str) -> Note:
    """Add the shared notes of a meeting; return them."""
    _require_participant(one_on_one, actor)
    body = text("text", text_, max_length=NOTE_LENGTH, required=True)
    return Note.objects.create(one_on_one=one_on_one, author=actor, held_on=held_on, text=body)


@transaction.atomic
def action_add(
    *,
    one_on_one: OneOnOne,
    actor: Person,
    text_: str,
    owner: Person | None = None,
    due: date | None = None,
) -> ActionItem:
    """Add an action item for one of the two (the actor when no owner is given); return it."""
    _require_participant(one_on_one, actor)
    owner = owner or actor
    if not one_on_one.involves(owner):
        raise ValidationError({"owner": _("Choose one of the two people in this one-on-one.")})
    body = text("text", text_, max_length=ACTION_LENGTH, required=True)
    return ActionItem.objects.create(one_on_one=one_on_one, text=body, owner=owner, due=due)


@transaction.atomic
def action_set_done(*, action: ActionItem, actor: Person, done: bool) -> ActionItem:
    """Mark an action item done (or open again); return it."""
    _require_participant(action.one_on_one, actor)
    action.done_at = timezone.now() if done else None
    action.save(update_fields=["done_at"])
    return action


@transaction.atomic
def one_on_one_delete(*, one_on_one: OneOnOne, actor: Person) -> None:
    """Delete a one-on-one with its notes and actions (admins, who never read it); audited."""
    require(
        actor.is_admin and actor.organisation_id == one_on_one.organisation_id,
        _("Only admins delete one-on-ones."),
    )
    names = {"manager": one_on_one.manager.name, "report": one_on_one.report.name}
    audit_record(
        action=Action.ONE_ON_ONE_DELETED,
        actor=actor,
        object_type="one_on_one",
        object_id=one_on_one.pk,
        object_label=f"{names['manager']} / {names['report']}",
        details=names,
    )
    one_on_one.delete()

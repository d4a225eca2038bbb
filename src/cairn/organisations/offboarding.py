"""Offboarding: deactivate a person (their open OKRs go to a successor) and reactivate them.

History stays: closed and grading cycles keep their owner, and every owner change is recorded
like any other (`okrs.services.history`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn import audit
from cairn.okrs.models import Cycle, CycleState, KeyResult, Objective
from cairn.organisations.models import Person, Role

OPEN_STATES = (CycleState.PLANNING, CycleState.ACTIVE)


@dataclass
class CycleMoves:
    cycle: Cycle
    objectives: list[Objective] = field(default_factory=list)
    key_results: list[KeyResult] = field(default_factory=list)


@dataclass
class OffboardingPreview:
    person: Person
    cycles: list[CycleMoves]

    @property
    def objectives(self) -> list[Objective]:
        return [o for moves in self.cycles for o in moves.objectives]

    @property
    def key_results(self) -> list[KeyResult]:
        return [kr for moves in self.cycles for kr in moves.key_results]


def offboarding_preview(person: Person) -> OffboardingPreview:
    """Return the person's objectives and key results in open cycles, grouped by cycle (2 queries)."""
    scope = {"organisation_id": person.organisation_id, "owner": person}
    objectives = Objective.objects.filter(**scope, cycle__state__in=OPEN_STATES).select_related(
        "cycle"
    )
    key_results = KeyResult.objects.filter(
        **scope, objective__cycle__state__in=OPEN_STATES
    ).select_related("objective__cycle")
    by_cycle: dict[int, CycleMoves] = {}
    for objective in objectives.order_by("cycle__start", "cycle_id", "position", "id"):
        by_cycle.setdefault(objective.cycle_id, CycleMoves(objective.cycle)).objectives.append(
            objective
        )
    for kr in key_results.order_by("objective__cycle__start", "objective_id", "position", "id"):
        cycle = kr.objective.cycle
        by_cycle.setdefault(cycle.pk, CycleMoves(cycle)).key_results.append(kr)
    ordered = sorted(by_cycle.values(), key=lambda m: (m.cycle.start, m.cycle.pk))
    return OffboardingPreview(person=person, cycles=ordered)


def _check_actor(actor: Person | None, person: Person) -> None:
    if actor is None:
        return  # the system (CLI)
    if actor.organisation_id != person.organisation_id or not actor.is_admin:
        raise PermissionDenied(_("Only admins deactivate and reactivate people."))
    if not actor.is_active:
        raise PermissionDenied(_("Only admins deactivate and reactivate people."))


def _check_successor(person: Person, successor: Person | None) -> None:
    if successor is None:
        return
    if successor.organisation_id != person.organisation_id:
        raise ValidationError({"successor": _("Not found in this organisation.")})
    if successor.pk == person.pk:
        raise ValidationError({"successor": _("Choose someone other than the person leaving.")})
    if not successor.is_active:
        raise ValidationError({"successor": _("Choose an active person.")})
    if successor.role == Role.VIEWER:
        raise ValidationError({"successor": _("A viewer cannot own objectives or key results.")})


def _has_other_admin(person: Person) -> bool:
    others = Person.objects.filter(
        organisation_id=person.organisation_id, role=Role.ADMIN, is_active=True
    )
    return others.exclude(pk=person.pk).exists()


@transaction.atomic
def person_deactivate(
    *, person: Person, actor: Person | None, successor: Person | None
) -> OffboardingPreview:
    """Deactivate the person, hand their open OKRs to `successor`; return what moved.

    Their API tokens for this organisation are revoked and their sessions end (or, when they
    still belong to another active organisation, their sessions forget this one).
    """
    from cairn.okrs.services.rollup import lock_organisation

    _check_actor(actor, person)
    lock_organisation(person.organisation_id)
    person.refresh_from_db()
    if not person.is_active:
        raise ValidationError(_("This person is already deactivated."))
    if person.is_admin and not _has_other_admin(person):
        raise ValidationError(_("The organisation needs at least one active admin."))
    _check_successor(person, successor)
    moved = offboarding_preview(person)
    _reassign(moved, actor=actor, successor=successor)
    person.is_active = False
    person.save(update_fields=["is_active"])
    tokens = _revoke_tokens(person)
    _end_sessions(person)
    audit.record(
        action=audit.Action.PERSON_DEACTIVATED,
        actor=actor,
        organisation=person.organisation_id,
        obj=person,
        details={
            "successor": successor.pk if successor else None,
            "objectives_moved": len(moved.objectives),
            "key_results_moved": len(moved.key_results),
            "tokens_revoked": tokens,
        },
    )
    return moved


def _reassign(moved: OffboardingPreview, *, actor: Person | None, successor: Person | None) -> None:
    """Give every listed objective and key result to the successor, recording each change."""
    from cairn.okrs.services.history import record_changes

    new_id = successor.pk if successor is not None else None
    old = {"owner": moved.person.pk}
    for objective in moved.objectives:
        objective.owner, objective.version = successor, objective.version + 1
        objective.save(update_fields=["owner", "version", "updated_at"])
        record_changes(actor=actor, objective=objective, before=old, after={"owner": new_id})
    for kr in moved.key_results:
        kr.owner, kr.version = successor, kr.version + 1
        kr.save(update_fields=["owner", "version", "updated_at"])
        record_changes(
            actor=actor, objective=kr.objective, key_result=kr, before=old, after={"owner": new_id}
        )


def _revoke_tokens(person: Person) -> int:
    """Revoke the person's active API tokens in this organisation; return how many."""
    from cairn.api.models import ApiToken

    active = ApiToken.objects.filter(
        person=person, organisation_id=person.organisation_id, revoked_at__isnull=True
    )
    return active.update(revoked_at=timezone.now())


def _end_sessions(person: Person) -> None:
    """Sign the user out everywhere, or only forget this organisation if they keep another."""
    from cairn.web.middleware import SESSION_KEY

    engine = import_module(settings.SESSION_ENGINE)
    store_class = engine.SessionStore
    if not hasattr(store_class, "get_model_class"):
        return  # sessions not in the database cannot be listed; the middleware still refuses
    keeps_other = (
        Person.objects.filter(user_id=person.user_id, is_active=True).exclude(pk=person.pk).exists()
    )
    model = store_class.get_model_class()
    user_id = str(person.user_id)
    for row in model.objects.filter(expire_date__gt=timezone.now()).iterator():
        data = row.get_decoded()
        if data.get("_auth_user_id") != user_id:
            continue
        store = store_class(session_key=row.session_key)
        if not keeps_other:
            store.delete()
        elif data.get(SESSION_KEY) == person.pk:
            store.pop(SESSION_KEY)
            store.save()


@transaction.atomic
def person_reactivate(*, person: Person, actor: Person | None) -> Person:
    """Make a deactivated person active again (their objectives stay with the successor)."""
    _check_actor(actor, person)
    if person.is_active:
        raise ValidationError(_("This person is already active."))
    person.is_active = True
    person.save(update_fields=["is_active"])
    audit.record(
        action=audit.Action.PERSON_REACTIVATED,
        actor=actor,
        organisation=person.organisation_id,
        obj=person,
    )
    return person

"""Initiatives: the work that should move key results (never their progress)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn import engine
from cairn.okrs.models import Initiative, InitiativeStatus, KeyResult, KeyResultKind, ProgressSource
from cairn.okrs.permissions import Access, require
from cairn.okrs.services.check_ins import check_in_from_initiatives
from cairn.okrs.services.common import choice_values, person_in, same_organisation, text
from cairn.organisations.models import Person

EDITABLE = (
    "title",
    "description",
    "owner",
    "status",
    "percent_complete",
    "progress_source",
    "due_date",
)
UNIT_FIELDS = ("id", "status", "estimate_points", "parent_id", "done_at")


def _clean(initiative: Initiative) -> None:
    initiative.title = text("title", initiative.title, max_length=300, required=True)
    initiative.description = text("description", initiative.description, max_length=10000)
    if initiative.status not in choice_values(InitiativeStatus):
        raise ValidationError({"status": _("Unknown status.")})
    if initiative.progress_source not in choice_values(ProgressSource):
        raise ValidationError({"progress_source": _("Choose typed or work.")})
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
    progress_source: str = ProgressSource.TYPED,
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
        progress_source=progress_source,
        due_date=due_date,
    )
    _clean(initiative)
    initiative.save()
    _link(initiative, key_results, access)
    initiative_work_refresh(initiative=initiative, actor=actor)
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
    require(access.can_edit_initiative(initiative), _("You cannot edit this initiative."))
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValidationError({name: _("This field cannot be changed here.") for name in unknown})
    stored = initiative.percent_complete
    typed = changes.get("percent_complete", stored)
    linked_before = list(initiative.key_results.all())
    for name, value in changes.items():
        setattr(initiative, name, value)
    if initiative.progress_source == ProgressSource.WORK and str(typed) != str(stored):
        # A typed number would be overwritten by the next work change: say so now.
        raise ValidationError(
            {"percent_complete": _("This initiative's progress comes from its work.")}
        )
    _clean(initiative)
    initiative.save()
    if key_results is not None:
        _link(initiative, key_results, access)
    initiative_work_refresh(initiative=initiative, actor=actor, also=linked_before)
    return initiative


def _work_status(current: str, progress: engine.WorkProgress, started: bool) -> str:
    """Return the status an initiative whose progress comes from work should show."""
    if progress.total > 0 and progress.percent == 100:
        return InitiativeStatus.DONE
    if current == InitiativeStatus.DONE:
        return InitiativeStatus.IN_PROGRESS
    if current == InitiativeStatus.PLANNED and started:
        return InitiativeStatus.IN_PROGRESS
    return current  # blocked and dropped are people's calls, not the work's


def initiative_units(initiative: Initiative) -> list[engine.WorkUnit]:
    """Return the initiative's work items as the engine's work units."""
    rows = initiative.work_items.values_list(*UNIT_FIELDS)  # type: ignore[attr-defined]
    return [
        engine.WorkUnit(pk, status, None if points is None else float(points), parent, done_at)
        for pk, status, points, parent, done_at in rows
    ]


def _apply_work(initiative: Initiative) -> None:
    """Store the percent complete and status that the initiative's work gives."""
    Initiative.objects.select_for_update().filter(pk=initiative.pk).values_list("pk").first()
    units = initiative_units(initiative)
    progress = engine.work_progress(units)
    started = any(u.status in ("in_progress", "done") for u in units)
    percent = progress.percent
    status = _work_status(initiative.status, progress, started)
    if (percent, status) != (initiative.percent_complete, initiative.status):
        initiative.percent_complete, initiative.status = percent, status
        Initiative.objects.filter(pk=initiative.pk).update(
            percent_complete=percent, status=status, updated_at=timezone.now()
        )


def initiative_work_refresh(
    *, initiative: Initiative, actor: Person | None, also: Sequence[KeyResult] = ()
) -> Initiative:
    """Refresh progress from work (when it comes from work) and the milestones that follow it.

    Callers have checked the actor's rights to the change that led here; `also` names key
    results the initiative was linked to before, whose milestones may follow it no more.
    """
    if initiative.progress_source == ProgressSource.WORK:
        _apply_work(initiative)
    following = {kr.pk: kr for kr in (*also, *initiative.key_results.all())}
    for key_result in following.values():
        if key_result.kind == KeyResultKind.MILESTONE and key_result.follows_initiatives:
            check_in_from_initiatives(key_result=key_result, actor=actor)
    return initiative

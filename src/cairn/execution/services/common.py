"""Validation shared by the work item services."""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext as _

from cairn.execution.models import (
    ExternalSource,
    Sprint,
    SprintState,
    WorkItem,
    WorkItemKind,
    WorkItemStatus,
)
from cairn.okrs.services.common import choice_values, number, person_in, same_organisation, text

# Which kinds an item may sit under; Jira puts tasks under epics and sub-tasks under stories.
PARENT_KINDS = {
    WorkItemKind.EPIC: (),
    WorkItemKind.STORY: (WorkItemKind.EPIC,),
    WorkItemKind.TASK: (WorkItemKind.EPIC, WorkItemKind.STORY),
    WorkItemKind.SUBTASK: (WorkItemKind.STORY, WorkItemKind.TASK),
}
MAX_CRITERIA = 100
MAX_ESTIMATE = Decimal("99999.9")


def estimate(field: str, value: object) -> Decimal | None:
    """Return an estimate of 0 or more to one decimal place, or None."""
    result = number(field, value, required=False)
    if result is None:
        return None
    if not 0 <= result <= MAX_ESTIMATE:
        raise ValidationError({field: _("Enter an estimate from 0 to 99999.9.")})
    return Decimal(str(result)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def acceptance_criteria(value: object) -> list[dict[str, object]]:
    """Return the checklist as [{text, done}], or raise ValidationError."""
    if value in (None, ""):
        return []
    message = _("Acceptance criteria are a list of {text, done} entries.")
    if not isinstance(value, list) or len(value) > MAX_CRITERIA:
        raise ValidationError({"acceptance_criteria": message})
    result = []
    for entry in value:
        if not isinstance(entry, dict) or set(entry) - {"text", "done"}:
            raise ValidationError({"acceptance_criteria": message})
        done = entry.get("done", False)
        if not isinstance(done, bool):
            raise ValidationError({"acceptance_criteria": message})
        line = text("acceptance_criteria", entry.get("text"), max_length=1000, required=True)
        result.append({"text": line, "done": done})
    return result


def _external(item: WorkItem) -> None:
    if item.external_source not in choice_values(ExternalSource):
        raise ValidationError({"external_source": _("Use jira, github, gitlab, linear or ''.")})
    item.external_key = text("external_key", item.external_key, max_length=100)
    item.external_url = text("external_url", item.external_url, max_length=500)
    if item.external_url:
        try:
            URLValidator(schemes=["http", "https"])(item.external_url)
        except ValidationError:
            raise ValidationError({"external_url": _("Enter an http(s) URL.")}) from None


def _parent(item: WorkItem) -> None:
    parent = item.parent
    if parent is None:
        return
    same_organisation("parent", parent, item.organisation)
    if parent.kind not in PARENT_KINDS[item.kind]:  # type: ignore[index]
        raise ValidationError(
            {
                "parent": _("A %(kind)s cannot sit under a %(parent)s.")
                % {
                    "kind": item.get_kind_display().lower(),
                    "parent": parent.get_kind_display().lower(),
                }
            }
        )
    if item.initiative_id is None:
        item.initiative_id = parent.initiative_id  # a child serves what its parent serves
    elif parent.initiative_id is not None and parent.initiative_id != item.initiative_id:
        raise ValidationError({"initiative": _("An item serves its parent's initiative.")})


def _sprint(item: WorkItem, sprint_changed: bool) -> None:
    sprint = item.sprint
    if sprint is None:
        return
    same_organisation("sprint", sprint, item.organisation)
    if item.kind != WorkItemKind.STORY:
        raise ValidationError({"sprint": _("Only stories go into sprints.")})
    closed = Sprint.objects.filter(pk=sprint.pk, state=SprintState.CLOSED)
    if sprint_changed and closed.exists():  # the stored state: the caller's copy may be stale
        raise ValidationError({"sprint": _("This sprint is closed.")})
    if item.team_id is None:
        item.team_id = sprint.team_id
    elif item.team_id != sprint.team_id:
        raise ValidationError({"sprint": _("This sprint belongs to another team.")})


def _kinds(item: WorkItem) -> None:
    if item.kind not in choice_values(WorkItemKind):
        raise ValidationError({"kind": _("Use epic, story, task or subtask.")})
    if item.status not in choice_values(WorkItemStatus):
        raise ValidationError({"status": _("Use todo, in_progress, done or cancelled.")})


def clean(item: WorkItem, *, sprint_changed: bool = True) -> None:
    """Validate a work item's fields in place; raise ValidationError naming the field."""
    _kinds(item)
    item.title = text("title", item.title, max_length=300, required=True)
    item.description = text("description", item.description, max_length=20000)
    item.user_story = text("user_story", item.user_story, max_length=5000)
    item.acceptance_criteria = acceptance_criteria(item.acceptance_criteria)
    item.estimate_points = estimate("estimate_points", item.estimate_points)
    item.estimate_hours = estimate("estimate_hours", item.estimate_hours)
    if item.due_on is not None and not isinstance(item.due_on, date):
        raise ValidationError({"due_on": _("Enter a date.")})
    try:
        item.rank = int(str(item.rank))
    except ValueError:
        raise ValidationError({"rank": _("Enter a whole number.")}) from None
    if not 0 <= item.rank <= 2**31 - 1:
        raise ValidationError({"rank": _("Enter a whole number of 0 or more.")})
    _external(item)
    person_in("assignee", item.assignee, item.organisation)
    same_organisation("team", item.team, item.organisation)
    same_organisation("initiative", item.initiative, item.organisation)
    _parent(item)
    _sprint(item, sprint_changed)


def set_status(item: WorkItem, status: object, now: datetime) -> None:
    """Set the status, stamping done_at when it becomes done and clearing it otherwise."""
    if status not in choice_values(WorkItemStatus):
        raise ValidationError({"status": _("Use todo, in_progress, done or cancelled.")})
    if status == WorkItemStatus.DONE and item.status != WorkItemStatus.DONE:
        item.done_at = now
    elif status != WorkItemStatus.DONE:
        item.done_at = None
    item.status = str(status)

"""Sprint planning: pulling stories into a sprint and back out, and ticking acceptance criteria."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from cairn.execution.models import Sprint, SprintState, WorkItem, WorkItemKind
from cairn.execution.permissions import can_edit_work_item, can_plan_sprints
from cairn.execution.services.common import clean
from cairn.okrs.permissions import Access, require
from cairn.okrs.services.common import same_organisation
from cairn.organisations.models import Person


def _story(story: WorkItem, actor: Person) -> WorkItem:
    same_organisation("story", story, actor.organisation)
    # Lock the story's row only: PostgreSQL refuses FOR UPDATE on the nullable side of a join.
    locked = (
        WorkItem.objects.select_for_update(of=("self",))
        .select_related("sprint__team")
        .get(pk=story.pk)
    )
    if locked.kind != WorkItemKind.STORY:
        raise ValidationError({"story": _("Only stories go into sprints.")})
    return locked


@transaction.atomic
def sprint_story_add(*, sprint: Sprint, story: WorkItem, actor: Person) -> WorkItem:
    """Pull a story into a sprint that has not closed (from the backlog or another sprint)."""
    same_organisation("sprint", sprint, actor.organisation)
    access = Access(actor)
    require(can_plan_sprints(access, sprint.team), _("You cannot plan this team's sprints."))
    story = _story(story, actor)
    if story.sprint is not None and story.sprint.state == SprintState.CLOSED:
        raise ValidationError({"story": _("This story was done in a closed sprint.")})
    if story.sprint is not None:
        require(can_plan_sprints(access, story.sprint.team), _("You cannot plan that sprint."))
    if story.team_id not in (None, sprint.team_id):
        raise ValidationError({"story": _("This story belongs to another team.")})
    changed = story.sprint_id != sprint.pk
    story.sprint = sprint
    clean(story, sprint_changed=changed)  # refuses a closed sprint by its stored state
    story.save(update_fields=["sprint", "team", "updated_at"])
    return story


@transaction.atomic
def sprint_story_remove(*, story: WorkItem, actor: Person) -> WorkItem:
    """Put a story of a sprint that has not closed back in its team's backlog."""
    story = _story(story, actor)
    if story.sprint is None:
        return story
    require(can_plan_sprints(Access(actor), story.sprint.team), _("You cannot plan this sprint."))
    if story.sprint.state == SprintState.CLOSED:
        raise ValidationError({"story": _("A closed sprint keeps its stories.")})
    story.sprint = None
    story.save(update_fields=["sprint", "updated_at"])
    return story


@transaction.atomic
def work_item_criterion_tick(*, item: WorkItem, actor: Person, index: int, done: bool) -> WorkItem:
    """Tick (or untick) one acceptance criterion of an item; return the item."""
    require(can_edit_work_item(Access(actor), item), _("You cannot edit this item."))
    item = WorkItem.objects.select_for_update().get(pk=item.pk)
    criteria = list(item.acceptance_criteria or [])
    if not 0 <= index < len(criteria):
        raise ValidationError({"acceptance_criteria": _("There is no such criterion.")})
    criteria[index] = {"text": criteria[index]["text"], "done": bool(done)}
    item.acceptance_criteria = criteria
    item.save(update_fields=["acceptance_criteria", "updated_at"])
    return item

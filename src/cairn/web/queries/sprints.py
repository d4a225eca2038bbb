"""The sprint page: planning (stories, points, key results served), review and closing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Prefetch, QuerySet
from django.utils import timezone

from cairn.execution.models import Sprint, SprintState, WorkItem, WorkItemKind, WorkItemStatus
from cairn.execution.permissions import can_plan_sprints
from cairn.execution.selectors import work_items
from cairn.okrs.models import CheckIn, KeyResult
from cairn.okrs.permissions import Access
from cairn.okrs.selectors import KeyResultRow, key_result_row
from cairn.organisations.models import Person, Team
from cairn.web.queries.work import (
    BacklogFilter,
    Listing,
    backlog,
    listing,
    mark_editable,
    with_rights,
)

UNFINISHED = (WorkItemStatus.TODO, WorkItemStatus.IN_PROGRESS)


@dataclass
class ServedKeyResult:
    """A key result the sprint's stories serve, its pace, and those stories."""

    row: KeyResultRow
    stories: list[WorkItem] = field(default_factory=list)


@dataclass
class SprintPage:
    """Everything the sprint page shows."""

    sprint: Sprint
    stories: list[WorkItem]
    served: list[ServedKeyResult]
    backlog: Listing | None
    check_ins: list[CheckIn]
    carry_options: list[Sprint]
    can_plan: bool

    @property
    def committed(self) -> float:
        return _points(s for s in self.stories if s.status != WorkItemStatus.CANCELLED)

    @property
    def done(self) -> float:
        return _points(s for s in self.stories if s.status == WorkItemStatus.DONE)

    @property
    def done_stories(self) -> list[WorkItem]:
        return [s for s in self.stories if s.status == WorkItemStatus.DONE]

    @property
    def unfinished(self) -> list[WorkItem]:
        return [s for s in self.stories if s.status in UNFINISHED]

    @property
    def unfinished_points(self) -> float:
        return _points(self.unfinished)

    @property
    def over_capacity(self) -> bool:
        capacity = self.sprint.capacity_points
        return capacity is not None and self.committed > float(capacity)


def _points(stories) -> float:
    return sum(float(s.estimate_points or 0) for s in stories)


def sprint_stories(person: Person, sprint: Sprint) -> QuerySet[WorkItem]:
    """Return the sprint's visible stories with their tasks and what rights need."""
    tasks = WorkItem.objects.select_related("assignee__user").order_by("rank", "id")
    in_sprint = work_items(person).filter(sprint=sprint, kind=WorkItemKind.STORY)
    return (
        with_rights(in_sprint)
        .prefetch_related(Prefetch("children", queryset=tasks))
        .order_by("rank", "id")
    )


def _served(person: Person, stories: list[WorkItem], now: datetime) -> list[ServedKeyResult]:
    access, organisation = Access(person), person.organisation
    found: dict[int, ServedKeyResult] = {}
    for story in stories:
        if story.initiative is None:
            continue
        for kr in story.initiative.key_results.all():
            if not access.can_view_objective(kr.objective):
                continue
            if kr.pk not in found:
                found[kr.pk] = ServedKeyResult(key_result_row(kr, organisation, now))
            found[kr.pk].stories.append(story)
    return sorted(found.values(), key=lambda s: (s.row.key_result.title, s.row.key_result.pk))


def _check_ins(sprint: Sprint, key_results: list[KeyResult]) -> list[CheckIn]:
    if not key_results:
        return []
    return list(
        CheckIn.objects.filter(
            key_result_id__in=[kr.pk for kr in key_results],
            checked_in_at__date__gte=sprint.starts_on,
            checked_in_at__date__lte=sprint.ends_on,
        )
        .select_related("author__user", "key_result")
        .order_by("checked_in_at", "id")[:100]
    )


def carry_options(sprint: Sprint) -> list[Sprint]:
    """Return the sprints unfinished stories may move to: the team's planned ones, soonest first."""
    return list(
        Sprint.objects.filter(team_id=sprint.team_id, state=SprintState.PLANNED)
        .exclude(pk=sprint.pk)
        .order_by("starts_on", "id")
    )


def sprint_page(person: Person, sprint: Sprint) -> SprintPage:
    """Return the sprint page's data in a constant number of queries."""
    stories = list(sprint_stories(person, sprint))
    mark_editable(person, stories)
    tasks = []
    for story in stories:
        for task in story.children.all():
            if task.initiative_id == story.initiative_id:  # a task serves its story's initiative
                task.initiative = story.initiative
            tasks.append(task)
    mark_editable(person, tasks)
    served = _served(person, stories, timezone.now())
    can_plan = can_plan_sprints(Access(person), sprint.team)
    pullable = None
    if can_plan and sprint.state != SprintState.CLOSED:
        candidates = backlog(person, sprint.team, BacklogFilter())
        pullable = listing(person, candidates.filter(kind=WorkItemKind.STORY), 50, count=False)
    return SprintPage(
        sprint=sprint,
        stories=stories,
        served=served,
        backlog=pullable,
        check_ins=_check_ins(sprint, [s.row.key_result for s in served]),
        carry_options=carry_options(sprint) if sprint.state == SprintState.ACTIVE else [],
        can_plan=can_plan,
    )


def team_sprints(team: Team) -> list[Sprint]:
    """Return the team's sprints, newest first, with committed and done points of each."""
    stories = WorkItem.objects.filter(kind=WorkItemKind.STORY).only(
        "id", "sprint_id", "status", "estimate_points"
    )
    sprints = list(
        Sprint.objects.filter(team=team)
        .prefetch_related(Prefetch("items", queryset=stories, to_attr="stories"))
        .order_by("-starts_on", "-id")
    )
    for sprint in sprints:
        listed = sprint.stories  # type: ignore[attr-defined]
        sprint.committed = _points(s for s in listed if s.status != WorkItemStatus.CANCELLED)  # type: ignore[attr-defined]
        sprint.done_now = _points(s for s in listed if s.status == WorkItemStatus.DONE)  # type: ignore[attr-defined]
    return sprints

"""Reads of work items and sprints, each scoped to the person's organisation and visibility."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from django.db.models import F, Q, QuerySet

from cairn import engine
from cairn.execution.models import Sprint, SprintState, WorkItem, WorkItemKind, WorkItemStatus
from cairn.okrs.models import Initiative, KeyResult, Objective
from cairn.okrs.permissions import Access
from cairn.okrs.services.initiatives import initiative_units
from cairn.organisations.models import Person


def visible_initiative_ids(person: Person) -> QuerySet[Initiative]:
    """Return the ids of initiatives linked to a key result the person may see."""
    access = Access(person)
    objectives = Objective.objects.filter(access.objective_filter()).values("pk")
    key_results = KeyResult.objects.filter(
        organisation_id=person.organisation_id, objective_id__in=objectives
    ).values("pk")
    return Initiative.objects.filter(
        organisation_id=person.organisation_id, key_results__in=key_results
    ).values("pk")


def work_items(person: Person) -> QuerySet[WorkItem]:
    """Return the items the person may see: those of visible initiatives and those without one."""
    scoped = WorkItem.objects.filter(organisation_id=person.organisation_id)
    if not Access(person).is_admin:
        scoped = scoped.filter(
            Q(initiative__isnull=True) | Q(initiative_id__in=visible_initiative_ids(person))
        )
    return scoped


def sprints(person: Person) -> QuerySet[Sprint]:
    """Return the organisation's sprints."""
    return Sprint.objects.filter(organisation_id=person.organisation_id)


def work_without_a_why(person: Person) -> QuerySet[WorkItem]:
    """Return the open items that serve no initiative (and so no key result), by team."""
    return (
        WorkItem.objects.filter(organisation_id=person.organisation_id, initiative__isnull=True)
        .exclude(status=WorkItemStatus.CANCELLED)
        .order_by("team_id", "rank", "id")
    )


def sprint_key_results(sprint: Sprint) -> QuerySet[KeyResult]:
    """Return the key results the sprint's stories serve through their initiatives."""
    initiatives = WorkItem.objects.filter(sprint=sprint).values("initiative_id")
    return KeyResult.objects.filter(initiatives__in=initiatives).distinct()


def team_velocity(team_id: int, *, last: int = 3) -> float | None:
    """Return the mean done points of the team's last closed sprints, or None."""
    closed = (
        Sprint.objects.filter(team_id=team_id, state=SprintState.CLOSED, done_points__isnull=False)
        .order_by("-ends_on", "-id")
        .values_list("done_points", flat=True)[:last]
    )
    return engine.sprint_velocity([float(p) for p in reversed(list(closed))], last=last)


def done_story_points(stories: Iterable[WorkItem]) -> float:
    """Return the points of the done stories among `stories` (unestimated ones count 0)."""
    return sum(
        float(s.estimate_points or 0)
        for s in stories
        if s.kind == WorkItemKind.STORY and s.status == WorkItemStatus.DONE
    )


def initiative_forecast(initiative: Initiative, *, today: date) -> date | None:
    """Return when the initiative's remaining work is done at its teams' sprint velocity."""
    progress = engine.work_progress(initiative_units(initiative))
    last_sprint = (
        Sprint.objects.filter(items__initiative=initiative, state=SprintState.CLOSED)
        .order_by("-ends_on")
        .first()
    )
    if progress.by_count:  # velocity is in points; unestimated work cannot be forecast by it
        return None
    if last_sprint is None:
        return today if progress.total and progress.done >= progress.total else None
    velocity = team_velocity(last_sprint.team_id)
    days = (last_sprint.ends_on - last_sprint.starts_on).days + 1
    return engine.forecast_finish(
        remaining=progress.total - progress.done, velocity=velocity, sprint_days=days, today=today
    )


@dataclass
class WorkNode:
    """One listed item and its listed sub-items."""

    item: WorkItem
    children: list[WorkNode] = field(default_factory=list)


@dataclass
class InitiativeWork:
    """One initiative under a key result: its work progress and its listed items as a tree."""

    initiative: Initiative
    progress: engine.WorkProgress
    roots: list[WorkNode] = field(default_factory=list)


@dataclass
class KeyResultWork:
    """The work behind one key result: progress over its initiatives' items, and the first few."""

    progress: engine.WorkProgress
    items: list[WorkItem] = field(default_factory=list)
    count: int = 0
    initiatives: list[InitiativeWork] = field(default_factory=list)

    @property
    def more(self) -> int:
        """Return how many items are not listed."""
        return self.count - len(self.items)


def work_forest(items: Iterable[WorkItem]) -> list[WorkNode]:
    """Return the items as trees: each under its parent when the parent is among them."""
    nodes = {item.pk: WorkNode(item) for item in items}
    roots: list[WorkNode] = []
    for node in nodes.values():
        parent = nodes.get(node.item.parent_id) if node.item.parent_id else None
        (parent.children if parent is not None else roots).append(node)
    return roots


def _chain(
    key_result: KeyResult, items: list[WorkItem], listed: list[WorkItem]
) -> list[InitiativeWork]:
    """Return the key result's initiatives (prefetched) with their progress and listed items."""
    chain = []
    for initiative in key_result.initiatives.all():
        own = [item for item in items if item.initiative_id == initiative.pk]
        shown = [item for item in listed if item.initiative_id == initiative.pk]
        progress = engine.work_progress(_unit(item) for item in own)
        chain.append(InitiativeWork(initiative, progress, work_forest(shown)))
    return chain


def key_result_work(
    key_results: Sequence[KeyResult], *, limit: int = 50
) -> dict[int, KeyResultWork]:
    """Return {key result id: its work} in one query, whatever the number of key results.

    An item of an initiative linked to two key results counts under each of them. The
    key results' initiatives should be prefetched: the chain lists them in that order.
    """
    rows = (
        WorkItem.objects.filter(initiative__key_results__in=[kr.pk for kr in key_results])
        .annotate(key_result_id=F("initiative__key_results"))
        .select_related("assignee__user")
        .only(*LISTED)
        .order_by("initiative_id", "rank", "id")
    )
    found: dict[int, list[WorkItem]] = {kr.pk: [] for kr in key_results}
    for item in rows:
        found[item.key_result_id].append(item)  # type: ignore[attr-defined]
    result = {}
    for kr in key_results:
        items = found[kr.pk]
        progress = engine.work_progress(_unit(item) for item in items)
        listed = items[:limit]
        result[kr.pk] = KeyResultWork(progress, listed, len(items), _chain(kr, items, listed))
    return result


LISTED = (
    "id",
    "initiative_id",
    "parent_id",
    "kind",
    "title",
    "status",
    "estimate_points",
    "done_at",
    "rank",
    "external_url",
    "assignee",
    "assignee__user__first_name",
    "assignee__user__last_name",
    "assignee__user__email",
)


def _unit(item: WorkItem) -> engine.WorkUnit:
    points = None if item.estimate_points is None else float(item.estimate_points)
    return engine.WorkUnit(item.pk, item.status, points, item.parent_id, item.done_at)

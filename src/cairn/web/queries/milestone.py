"""The initiative (milestone) page: its work, sprints, burn-up, forecast and key results."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.db.models import Prefetch
from django.http import Http404
from django.utils import timezone

from cairn import engine
from cairn.execution.models import Sprint, SprintState, WorkItem
from cairn.execution.selectors import WorkNode, team_velocity, visible_initiative_ids, work_forest
from cairn.okrs.models import Initiative, KeyResult
from cairn.okrs.permissions import Access
from cairn.okrs.selectors import KeyResultRow, key_result_row
from cairn.organisations.models import Person
from cairn.web.queries.work import mark_editable

LISTED = 300  # items shown in the tree; progress and the burn-up always count them all


@dataclass
class Forecast:
    """The forecast finish, or why there is none."""

    finish: date | None
    velocity: float | None
    sprints_closed: int
    by_count: bool
    remaining: float


@dataclass
class MilestonePage:
    """Everything the initiative page shows."""

    initiative: Initiative
    key_results: list[KeyResultRow]
    progress: engine.WorkProgress
    tree: list[WorkNode]
    item_count: int
    sprints: list[Sprint]
    burn_up: list[engine.BurnUpPoint]
    forecast: Forecast
    can_edit: bool

    @property
    def more(self) -> int:
        return max(0, self.item_count - LISTED)


def initiative_visible(person: Person, pk: int) -> Initiative:
    """Return an initiative linked to a key result the person may see, or raise Http404."""
    found = Initiative.objects.filter(organisation_id=person.organisation_id, pk=pk)
    if not Access(person).is_admin:
        found = found.filter(pk__in=visible_initiative_ids(person))
    key_results = KeyResult.objects.select_related("objective__cycle", "owner__user")
    initiative = (
        found.select_related("owner__user")
        .prefetch_related(
            Prefetch("key_results", queryset=key_results.prefetch_related("contributors"))
        )
        .first()
    )
    if initiative is None:
        raise Http404
    return initiative


def _unit(item: WorkItem) -> engine.WorkUnit:
    points = None if item.estimate_points is None else float(item.estimate_points)
    return engine.WorkUnit(
        item.pk, item.status, points, item.parent_id, item.done_at, item.created_at
    )


def _forecast(initiative: Initiative, progress: engine.WorkProgress, today: date) -> Forecast:
    last = (
        Sprint.objects.filter(items__initiative=initiative, state=SprintState.CLOSED)
        .order_by("-ends_on", "-id")
        .first()
    )
    remaining = max(0.0, progress.total - progress.done)
    if last is None:
        return Forecast(None, None, 0, progress.by_count, remaining)
    closed = Sprint.objects.filter(team_id=last.team_id, state=SprintState.CLOSED).count()
    velocity = team_velocity(last.team_id)
    days = (last.ends_on - last.starts_on).days + 1
    finish = None
    if not progress.by_count:
        finish = engine.forecast_finish(
            remaining=remaining, velocity=velocity, sprint_days=days, today=today
        )
    return Forecast(finish, velocity, closed, progress.by_count, remaining)


def milestone_page(person: Person, initiative: Initiative) -> MilestonePage:
    """Return the initiative page's data in a constant number of queries."""
    now = timezone.now()
    today = timezone.localdate(now)
    items = list(
        WorkItem.objects.filter(initiative=initiative)
        .select_related("assignee__user", "sprint")
        .order_by("rank", "id")
    )
    for item in items:
        item.initiative = initiative  # every item here serves it: no query per item for rights
    units = [_unit(item) for item in items]
    progress = engine.work_progress(units)
    start = min([initiative.created_at.date(), *(item.created_at.date() for item in items)])
    listed = items[:LISTED]
    mark_editable(person, listed)
    access = Access(person)
    rows = [
        key_result_row(kr, person.organisation, now)
        for kr in initiative.key_results.all()
        if access.can_view_objective(kr.objective)
    ]
    sprints = list(
        Sprint.objects.filter(items__initiative=initiative)
        .select_related("team")
        .distinct()
        .order_by("-starts_on", "-id")
    )
    return MilestonePage(
        initiative=initiative,
        key_results=rows,
        progress=progress,
        tree=work_forest(listed),
        item_count=len(items),
        sprints=sprints,
        # From the day before the first work, so the lines always rise from nothing.
        burn_up=engine.burn_up_series(
            units, start=min(start, today) - timedelta(days=1), end=today
        ),
        forecast=_forecast(initiative, progress, today),
        can_edit=access.can_edit_initiative(initiative),
    )

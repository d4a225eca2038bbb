"""Shared reads: the current cycle, and key results and objectives with their pace."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone

from cairn import engine
from cairn.okrs import measures
from cairn.okrs.models import Cycle, CycleState, KeyResult, Objective
from cairn.okrs.permissions import Access
from cairn.organisations.models import Organisation

STATE_ORDER = {CycleState.ACTIVE: 0, CycleState.GRADING: 1, CycleState.PLANNING: 2}


def current_cycle(organisation: Organisation) -> Cycle | None:
    """Return the active cycle (latest start), else grading, else planning, else the latest."""
    cycles = list(Cycle.objects.filter(organisation=organisation).order_by("-start", "name"))
    for state in (CycleState.ACTIVE, CycleState.GRADING, CycleState.PLANNING):
        for cycle in cycles:
            if cycle.state == state:
                return cycle
    return cycles[0] if cycles else None


def cycle_in(organisation: Organisation, cycle_id: object) -> Cycle:
    """Return the organisation's cycle with that id, or raise Http404."""
    return get_object_or_404(Cycle, organisation=organisation, pk=cycle_id)


def chosen_cycle(organisation: Organisation, raw_id: str | None) -> Cycle | None:
    """Return the cycle named in a query parameter (404 if foreign), else the current one."""
    if raw_id and raw_id.isdigit():
        return cycle_in(organisation, raw_id)
    return current_cycle(organisation)


def visible_objectives(access: Access) -> QuerySet[Objective]:
    """Return the objectives the person may see, with owner and team loaded."""
    return Objective.objects.filter(access.objective_filter()).select_related("owner__user", "team")


@dataclass
class KeyResultView:
    key_result: KeyResult
    pace: str
    disagreement: str | None
    stale: bool

    @property
    def percent(self) -> int:
        return round(self.key_result.progress * 100)


@dataclass
class ObjectiveView:
    objective: Objective
    pace: str
    key_results: list[KeyResultView] = field(default_factory=list)

    @property
    def percent(self) -> int:
        return round(self.objective.progress * 100)

    @property
    def stale(self) -> bool:
        return any(kr.stale for kr in self.key_results)

    @property
    def confidence(self) -> int | None:
        """Return the lowest confidence among the key results (the one to worry about)."""
        values = [kr.key_result.confidence for kr in self.key_results]
        return min(values) if values else None


def objective_pace(objective: Objective, cycle: Cycle, now: datetime) -> str:
    """Return the pace status of an objective over its cycle's window."""
    organisation = objective.organisation
    expected = engine.expected_progress(
        at=measures.local_now(organisation, now), start=cycle.start, end=cycle.end
    )
    return engine.pace_status(
        progress=objective.progress, expected=expected, thresholds=measures.thresholds(organisation)
    ).value


def key_result_view(key_result: KeyResult, cycle: Cycle, now: datetime) -> KeyResultView:
    """Return a key result with its pace, confidence disagreement and staleness."""
    organisation = key_result.objective.organisation
    pace = measures.pace(key_result, cycle, organisation, now)
    return KeyResultView(
        key_result=key_result,
        pace=pace.status.value,
        disagreement=pace.disagreement.value if pace.disagreement else None,
        stale=measures.is_stale(key_result, organisation, now),
    )


def objective_views(
    objectives: Iterable[Objective],
    organisation: Organisation,
    cycles: dict[int, Cycle],
    now: datetime | None = None,
    objective_ids: QuerySet | None = None,
) -> list[ObjectiveView]:
    """Return the objectives with their key results and pace, loading all KRs in one query.

    `objective_ids` (a subquery of the same objectives' ids) avoids a long IN list on big pages.
    """
    moment = now or timezone.now()
    objectives = list(objectives)
    by_objective: dict[int, list[KeyResult]] = defaultdict(list)
    ids = objective_ids if objective_ids is not None else [o.pk for o in objectives]
    key_results = KeyResult.objects.filter(objective_id__in=ids).select_related("owner__user")
    for key_result in key_results:
        by_objective[key_result.objective_id].append(key_result)
    views = []
    for objective in objectives:
        objective.organisation = organisation
        cycle = cycles[objective.cycle_id]
        view = ObjectiveView(objective, objective_pace(objective, cycle, moment))
        for key_result in by_objective[objective.pk]:
            key_result.objective = objective
            view.key_results.append(key_result_view(key_result, cycle, moment))
        views.append(view)
    return views


@dataclass(frozen=True)
class Discipline:
    on_time: int
    total: int

    @property
    def share(self) -> int | None:
        return round(100 * self.on_time / self.total) if self.total else None


def check_in_discipline(
    key_results: Iterable[KeyResult], cycle: Cycle, organisation: Organisation, now: datetime
) -> Discipline:
    """Return how many key results were checked in within the cadence before now (or cycle end)."""
    cycle_end = timezone.make_aware(
        datetime.combine(cycle.end + timedelta(days=1), datetime.min.time()), organisation.zone
    )
    reference = min(now, cycle_end)
    since = reference - timedelta(days=organisation.check_in_cadence_days)
    rows = list(key_results)
    on_time = sum(1 for kr in rows if kr.last_check_in_at and kr.last_check_in_at >= since)
    return Discipline(on_time=on_time, total=len(rows))


def progress_summary(views: Iterable[ObjectiveView]) -> int:
    """Return the mean progress (in %) of the top-level objectives among `views`."""
    views = list(views)
    ids = {v.objective.pk for v in views}
    top = [v.objective.progress for v in views if v.objective.parent_objective_id not in ids]
    return round(engine.summary(top) * 100)

"""Shared reads: the current cycle, and key results and objectives with their pace."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.db.models import Count, Min, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404
from django.urls import NoReverseMatch, reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cairn import engine
from cairn.lib.ids import parse_id
from cairn.okrs import measures
from cairn.okrs.models import Cycle, CycleState, KeyResult, Objective
from cairn.okrs.permissions import Access
from cairn.organisations.models import Organisation

PACE_LABELS = {
    "on_track": _("On track"),
    "at_risk": _("At risk"),
    "off_track": _("Off track"),
    "too_early": _("Too early"),
}
DISAGREEMENT_LABELS = {
    "overconfident": _("Confidence high while off track"),
    "underconfident": _("Confidence low while on track"),
}


def confidence_band(rating: int | None) -> str:
    """Return the band a confidence rating is drawn in: low (0–3), mid, high (8–10), or ""."""
    if rating is None:
        return ""
    return "low" if rating <= 3 else "high" if rating >= 8 else "mid"


def _objective_url_template() -> str:
    """Return the objective page's URL with a placeholder, so a big page reverses it once."""
    try:
        return reverse("objective", args=[999999999]).replace("999999999", "{}")
    except NoReverseMatch:
        return ""


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


def search_text(raw: str | None, *, max_length: int) -> str:
    """Return a search box's text from a query string, trimmed, without NUL characters.

    PostgreSQL refuses NUL in any text parameter (a 500 from a pasted "%00"); nobody searches
    for one, so it is dropped rather than refused.
    """
    return (raw or "").replace("\x00", "").strip()[:max_length]


def chosen_cycle(organisation: Organisation, raw_id: str | None) -> Cycle | None:
    """Return the cycle named in a query parameter (404 if foreign), else the current one."""
    cycle_id = parse_id(raw_id)
    if cycle_id is not None:
        return cycle_in(organisation, cycle_id)
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

    @property
    def pace_label(self) -> str:
        return str(PACE_LABELS[self.pace])

    @property
    def disagreement_label(self) -> str:
        return str(DISAGREEMENT_LABELS[self.disagreement]) if self.disagreement else ""

    @property
    def confidence_band(self) -> str:
        rating = self.key_result.confidence
        return "low" if rating <= 3 else "high" if rating >= 8 else "mid"


@dataclass
class ObjectiveView:
    objective: Objective
    pace: str
    key_results: list[KeyResultView] = field(default_factory=list)
    url: str = ""

    @property
    def percent(self) -> int:
        return round(self.objective.progress * 100)

    @property
    def bar(self) -> int:
        return max(0, min(100, self.percent))

    @property
    def pace_label(self) -> str:
        return str(PACE_LABELS[self.pace])

    @property
    def confidence_band(self) -> str:
        return confidence_band(self.confidence)

    @property
    def stale(self) -> bool:
        counted = getattr(self.objective, "stale_count", None)
        if counted is not None:
            return counted > 0
        return any(kr.stale for kr in self.key_results)

    @property
    def confidence(self) -> int | None:
        """Return the lowest confidence among the key results (the one to worry about)."""
        if hasattr(self.objective, "lowest_confidence"):
            return self.objective.lowest_confidence
        values = [kr.key_result.confidence for kr in self.key_results]
        return min(values) if values else None

    @property
    def key_result_count(self) -> int:
        counted = getattr(self.objective, "key_result_count", None)
        return counted if counted is not None else len(self.key_results)


def with_key_result_summary(
    objectives: QuerySet[Objective], organisation: Organisation, now: datetime
) -> QuerySet[Objective]:
    """Return the objectives annotated with their KR count, lowest confidence and stale KRs."""
    since = measures.stale_before(organisation, now)
    key_results = KeyResult.objects.filter(objective=OuterRef("pk")).order_by().values("objective")
    stale = key_results.filter(
        Q(last_check_in_at__lt=since) | Q(last_check_in_at__isnull=True, created_at__lt=since)
    )
    return objectives.annotate(
        key_result_count=Coalesce(Subquery(key_results.annotate(n=Count("pk")).values("n")), 0),
        lowest_confidence=Subquery(key_results.annotate(m=Min("confidence")).values("m")),
        stale_count=Coalesce(Subquery(stale.annotate(n=Count("pk")).values("n")), 0),
    )


def summarised_objective_views(
    objectives: QuerySet[Objective], organisation: Organisation, cycle: Cycle, now: datetime
) -> list[ObjectiveView]:
    """Return objective views from KR aggregates alone, without loading the key results."""
    url = _objective_url_template()
    clock = PaceClock(organisation, now)
    views = []
    for objective in with_key_result_summary(objectives, organisation, now):
        objective.organisation = organisation
        pace = clock.objective(objective, cycle)
        views.append(ObjectiveView(objective, pace, url=url.format(objective.pk) if url else ""))
    return views


class PaceClock:
    """Pace for many key results at one moment: thresholds and expected progress computed once."""

    def __init__(self, organisation: Organisation, now: datetime) -> None:
        self.organisation = organisation
        self.now = now
        self.local_now = measures.local_now(organisation, now)
        self.thresholds = measures.thresholds(organisation)
        self._expected: dict[tuple, float] = {}

    def expected(self, start, end) -> float:
        """Return the expected progress over a window, memoised per window."""
        key = (start, end)
        if key not in self._expected:
            self._expected[key] = engine.expected_progress(at=self.local_now, start=start, end=end)
        return self._expected[key]

    def status(self, progress: float, start, end) -> engine.PaceStatus:
        """Return the pace status of `progress` over the window."""
        expected = self.expected(start, end)
        return engine.pace_status(progress=progress, expected=expected, thresholds=self.thresholds)

    def objective(self, objective: Objective, cycle: Cycle) -> str:
        """Return the pace status of an objective over its cycle's window."""
        return self.status(objective.progress, cycle.start, cycle.end).value

    def key_result(self, key_result: KeyResult, cycle: Cycle) -> KeyResultView:
        """Return a key result with its pace, confidence disagreement and staleness."""
        start, end = measures.window(key_result, cycle)
        status = self.status(key_result.progress, start, end)
        disagreement = engine.confidence_disagreement(
            confidence=key_result.confidence, status=status
        )
        return KeyResultView(
            key_result=key_result,
            pace=status.value,
            disagreement=disagreement.value if disagreement else None,
            stale=measures.is_stale(key_result, self.organisation, self.now),
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
    url = _objective_url_template()
    clock = PaceClock(organisation, moment)
    for objective in objectives:
        objective.organisation = organisation
        cycle = cycles[objective.cycle_id]
        pace = clock.objective(objective, cycle)
        view = ObjectiveView(objective, pace, url=url.format(objective.pk) if url else "")
        for key_result in by_objective[objective.pk]:
            key_result.objective = objective
            view.key_results.append(clock.key_result(key_result, cycle))
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

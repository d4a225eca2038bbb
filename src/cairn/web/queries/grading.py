"""The grading sheet: every visible objective of a cycle with suggested and set grades."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property

from django.core.paginator import Page, Paginator

from cairn import engine
from cairn.okrs.models import Cycle, CycleState, KeyResult, Objective
from cairn.okrs.permissions import Access
from cairn.web.queries.common import visible_objectives


@dataclass
class GradedKeyResult:
    key_result: KeyResult
    suggested: float
    can_edit: bool

    @property
    def grade(self) -> float:
        return self.key_result.grade if self.key_result.grade is not None else self.suggested

    @property
    def overridden(self) -> bool:
        return self.key_result.grade is not None and self.key_result.grade != self.suggested

    @property
    def band(self) -> str:
        return engine.grade_band(self.grade).value


@dataclass
class GradedObjective:
    objective: Objective
    can_edit: bool
    key_results: list[GradedKeyResult] = field(default_factory=list)

    @cached_property
    def grade(self) -> float:
        if self.objective.grade is not None:
            return self.objective.grade
        weighted = [engine.Weighted(k.key_result.weight, k.grade) for k in self.key_results]
        return engine.objective_grade(weighted) or 0.0

    @property
    def band(self) -> str:
        return engine.grade_band(self.grade).value

    @cached_property
    def explanation_required(self) -> bool:
        return engine.assess_grade(kind=self.objective.kind, grade=self.grade).explanation_required

    @property
    def explanation_missing(self) -> bool:
        return self.explanation_required and not self.objective.retrospective_did_not.strip()

    @property
    def unfinished(self) -> bool:
        return self.objective.progress < 1


PER_PAGE = 40


@dataclass
class GradingSheet:
    objectives: list[GradedObjective]
    page: Page


def grading_sheet(access: Access, cycle: Cycle, page: object = 1) -> GradingSheet:
    """Return one page of the cycle's visible objectives with their KRs' grades."""
    objectives = (
        visible_objectives(access).filter(cycle=cycle).order_by("team__name", "position", "pk")
    )
    current = Paginator(objectives, PER_PAGE).get_page(page)
    by_objective: dict[int, list[KeyResult]] = defaultdict(list)
    for key_result in KeyResult.objects.filter(objective__in=[o.pk for o in current]):
        by_objective[key_result.objective_id].append(key_result)
    sheet = []
    for objective in current:
        objective.cycle = cycle
        graded = GradedObjective(objective, access.can_edit_objective(objective))
        for key_result in by_objective[objective.pk]:
            key_result.objective = objective
            suggested = engine.default_grade(key_result.progress)
            can_edit = access.can_edit_key_result(key_result)
            graded.key_results.append(GradedKeyResult(key_result, suggested, can_edit))
        sheet.append(graded)
    return GradingSheet(sheet, current)


def unfinished_objectives(access: Access, cycle: Cycle) -> list[Objective]:
    """Return the cycle's visible objectives that did not reach 100%."""
    return list(visible_objectives(access).filter(cycle=cycle, progress__lt=1))


def explanation_required(access: Access, objective: Objective) -> bool:
    """Return True when the objective is committed and graded below 1.0."""
    key_results = list(objective.key_results.all())
    graded = GradedObjective(objective, access.can_edit_objective(objective))
    graded.key_results = [
        GradedKeyResult(kr, engine.default_grade(kr.progress), False) for kr in key_results
    ]
    return graded.explanation_required


def later_cycles(cycle: Cycle) -> list[Cycle]:
    """Return the organisation's cycles after this one that still take objectives."""
    return list(
        Cycle.objects.filter(organisation_id=cycle.organisation_id, start__gt=cycle.start)
        .exclude(state=CycleState.CLOSED)
        .order_by("start")
    )

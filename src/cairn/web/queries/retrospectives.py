"""A cycle's retrospectives: every visible objective's grade beside what its owner learned."""

from __future__ import annotations

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db.models import Q, QuerySet

from cairn.okrs.models import Cycle, Objective
from cairn.okrs.permissions import Access
from cairn.web.queries.common import visible_objectives

PER_PAGE = 25
ANSWERS = (
    "retrospective_worked",
    "retrospective_did_not",
    "retrospective_learned",
    "retrospective_carry_over",
)


@dataclass(frozen=True)
class CycleRetrospective:
    page: Page
    written: int  # visible objectives with a retrospective
    total: int  # visible objectives of the cycle

    @property
    def missing(self) -> int:
        return self.total - self.written


def _written() -> Q:
    """Return the condition "at least one answer is written"."""
    condition = Q()
    for answer in ANSWERS:
        condition |= ~Q(**{answer: ""})
    return condition


def retrospective_objectives(access: Access, cycle: Cycle) -> QuerySet[Objective]:
    """Return the cycle's objectives the person may see, by team, then board order."""
    return visible_objectives(access).filter(cycle=cycle).order_by("team__name", "position", "id")


def cycle_retrospective(access: Access, cycle: Cycle, page_number: object) -> CycleRetrospective:
    """Return one page of the cycle's retrospectives and how many are written."""
    objectives = retrospective_objectives(access, cycle)
    written = objectives.filter(_written())
    page = Paginator(written, PER_PAGE).get_page(page_number)
    return CycleRetrospective(page=page, written=page.paginator.count, total=objectives.count())

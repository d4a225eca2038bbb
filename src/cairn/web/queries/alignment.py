"""The alignment map: objectives from company level down, one level (and one page) at a time."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from django.db.models import Count, F, Q, QuerySet
from django.utils import timezone

from cairn.okrs.models import Cycle, Objective
from cairn.okrs.permissions import Access
from cairn.web.queries.common import (
    ObjectiveView,
    PaceClock,
    _objective_url_template,
    visible_objectives,
)

# Nodes per page of one level (the top level or one objective's children); "Show more" loads
# the next page, so a 28,000-objective cycle sends a few dozen kilobytes, not half a megabyte.
PAGE_SIZE = 50
LAST_PAGE = 1000  # deeper offsets are refused as bad input


@dataclass
class AlignmentNode:
    view: ObjectiveView
    child_count: int
    parent_key_result_id: int | None


@dataclass
class AlignmentLevel:
    nodes: list[AlignmentNode]
    page: int
    has_more: bool

    @property
    def next_page(self) -> int:
        return self.page + 1


def _child_counts(access: Access, ids: list[int]) -> Counter[int]:
    """Return {objective id: visible objectives aligned to it or to one of its KRs}.

    Two grouped queries for the whole level: correlated subqueries per row made SQLite scan
    every objective once per row (12 s on 10,000 people).
    """
    visible = Objective.objects.filter(access.objective_filter()).order_by()
    counts: Counter[int] = Counter()
    direct = visible.filter(parent_objective_id__in=ids).values_list("parent_objective_id")
    via_kr = visible.filter(parent_key_result__objective_id__in=ids).values_list(
        "parent_key_result__objective_id"
    )
    for rows in (direct, via_kr):
        for parent_id, n in rows.annotate(n=Count("pk")):
            counts[parent_id] += n
    return counts


def _level(access: Access, objectives: QuerySet[Objective], page: int) -> AlignmentLevel:
    """Return one page of nodes: pace from the stored progress, no key results loaded."""
    start = (page - 1) * PAGE_SIZE
    rows = list(objectives[start : start + PAGE_SIZE + 1])
    has_more = len(rows) > PAGE_SIZE
    rows = rows[:PAGE_SIZE]
    if not rows:
        return AlignmentLevel([], page, False)
    organisation = access.person.organisation
    counts = _child_counts(access, [o.pk for o in rows])
    cycles = {c.pk: c for c in Cycle.objects.filter(pk__in={o.cycle_id for o in rows})}
    clock = PaceClock(organisation, timezone.now())
    url = _objective_url_template()
    nodes = []
    for objective in rows:
        objective.organisation = organisation
        pace = clock.objective(objective, cycles[objective.cycle_id])
        view = ObjectiveView(objective, pace, url=url.format(objective.pk) if url else "")
        nodes.append(AlignmentNode(view, counts[objective.pk], objective.parent_key_result_id))
    return AlignmentLevel(nodes, page, has_more)


def alignment_roots(access: Access, cycle: Cycle, page: int = 1) -> AlignmentLevel:
    """Return a page of the cycle's unaligned objectives, company level first."""
    roots = visible_objectives(access).filter(
        cycle=cycle, parent_objective__isnull=True, parent_key_result__isnull=True
    )
    ordering = (F("team__name").asc(nulls_first=True), "position", "pk")
    return _level(access, roots.order_by(*ordering), min(page, LAST_PAGE))


def alignment_children(access: Access, objective: Objective, page: int = 1) -> AlignmentLevel:
    """Return a page of the visible objectives aligned to the objective or to one of its KRs.

    Grouped by the key result they support (in the key results' order), direct ones first.
    """
    key_result_ids = list(objective.key_results.values_list("id", flat=True))  # see
    # okrs.selectors.aligned_children: a list lets both databases use the parent indexes
    children = visible_objectives(access).filter(
        Q(parent_objective=objective) | Q(parent_key_result_id__in=key_result_ids)
    )
    children = children.select_related("parent_key_result").order_by(
        F("parent_key_result__position").asc(nulls_first=True),
        "parent_key_result_id",
        "team__name",
        "position",
        "pk",
    )
    return _level(access, children, min(page, LAST_PAGE))

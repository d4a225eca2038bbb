"""The alignment map: objectives and key results from company level down, one level at a time."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, F, IntegerField, OuterRef, Q, QuerySet, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone

from cairn.okrs.models import Cycle, Objective
from cairn.okrs.permissions import Access
from cairn.web.queries.common import ObjectiveView, objective_views, visible_objectives

# The top level shows at most this many unaligned objectives (company level first).
ROOTS_SHOWN = 300


@dataclass
class AlignmentNode:
    view: ObjectiveView
    child_count: int
    parent_key_result_id: int | None


def _count_aligned(access: Access, **link: object) -> Coalesce:
    """Return an annotation counting the visible objectives aligned through `link`."""
    counted = (
        Objective.objects.filter(access.objective_filter(), **link)
        .order_by()
        .values("organisation_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def _with_child_counts(access: Access, objectives: QuerySet[Objective]) -> QuerySet[Objective]:
    return objectives.annotate(
        direct_children=_count_aligned(access, parent_objective=OuterRef("pk")),
        kr_children=_count_aligned(access, parent_key_result__objective=OuterRef("pk")),
    )


def _nodes(access: Access, objectives: QuerySet[Objective]) -> list[AlignmentNode]:
    organisation = access.person.organisation
    objectives = _with_child_counts(access, objectives)
    rows = list(objectives)
    cycle_ids = {o.cycle_id for o in rows}
    cycles = {c.pk: c for c in Cycle.objects.filter(pk__in=cycle_ids)} if rows else {}
    views = objective_views(rows, organisation, cycles, timezone.now())
    return [
        AlignmentNode(
            view=view,
            child_count=view.objective.direct_children + view.objective.kr_children,
            parent_key_result_id=view.objective.parent_key_result_id,
        )
        for view in views
    ]


def alignment_roots(access: Access, cycle: Cycle) -> list[AlignmentNode]:
    """Return the cycle's unaligned objectives, company level first, with their child counts."""
    roots = visible_objectives(access).filter(
        cycle=cycle, parent_objective__isnull=True, parent_key_result__isnull=True
    )
    ordering = (F("team__name").asc(nulls_first=True), "position", "pk")
    return _nodes(access, roots.order_by(*ordering)[: ROOTS_SHOWN + 1])


def alignment_children(access: Access, objective: Objective) -> list[AlignmentNode]:
    """Return the visible objectives aligned to the objective or to one of its key results."""
    children = visible_objectives(access).filter(
        Q(parent_objective=objective) | Q(parent_key_result__objective=objective)
    )
    children = children.select_related("parent_key_result")
    return _nodes(access, children.order_by("team__name", "position", "pk"))

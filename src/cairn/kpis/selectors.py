"""Reads of KPIs, always scoped to the person's organisation."""

from __future__ import annotations

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404

from cairn.kpis.models import Kpi, KpiValue
from cairn.organisations.models import Person

SPARKLINE_POINTS = 16


def kpis_of(person: Person, *, archived: bool | None = False) -> QuerySet[Kpi]:
    """Return the organisation's KPIs with owner and team (archived ones only when asked)."""
    queryset = Kpi.objects.filter(organisation_id=person.organisation_id).select_related(
        "owner__user", "team"
    )
    if archived is not None:
        queryset = queryset.filter(archived=archived)
    return queryset


def with_recent_values(queryset: QuerySet[Kpi], count: int = SPARKLINE_POINTS) -> QuerySet[Kpi]:
    """Return the KPIs with `recent_values`: their newest `count` values, newest first."""
    recent = KpiValue.objects.order_by("-recorded_at", "-id")[:count]
    return queryset.prefetch_related(Prefetch("values", queryset=recent, to_attr="recent_values"))


def kpi_for(person: Person, pk: int) -> Kpi:
    """Return a KPI of the person's organisation (archived too), or raise Http404."""
    return get_object_or_404(kpis_of(person, archived=None), pk=pk)


def values_of(kpi: Kpi) -> QuerySet[KpiValue]:
    """Return a KPI's values, oldest first, with their authors."""
    return kpi.values.select_related("author__user").order_by("recorded_at", "id")

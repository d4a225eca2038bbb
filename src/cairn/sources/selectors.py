"""Reads of data sources, always scoped to the person's organisation."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from django.db.models import QuerySet

from cairn.organisations.models import Person
from cairn.sources.models import DataSource, DataSourceRun

RUNS_SHOWN = 50


def sources_of(person: Person) -> QuerySet[DataSource]:
    """Return the organisation's data sources."""
    return DataSource.objects.filter(organisation_id=person.organisation_id)


def source_list(person: Person) -> QuerySet[DataSource]:
    """Return the organisation's data sources with their target and owner (list page)."""
    return sources_of(person).select_related("key_result__objective", "kpi", "owner__user")


def runs_of(source: DataSource, limit: int = RUNS_SHOWN) -> list[DataSourceRun]:
    """Return the source's newest runs."""
    return list(source.runs.order_by("-started_at", "-id")[:limit])


def sources_feeding(key_result_ids: Iterable[int]) -> dict[int, list[DataSource]]:
    """Return, for each key result id, the data sources feeding it (one query)."""
    return _feeding("key_result_id", key_result_ids)


def sources_feeding_kpis(kpi_ids: Iterable[int]) -> dict[int, list[DataSource]]:
    """Return, for each KPI id, the data sources feeding it (one query)."""
    return _feeding("kpi_id", kpi_ids)


def _feeding(target: str, ids: Iterable[int]) -> dict[int, list[DataSource]]:
    """Return the sources whose `target` (key_result_id or kpi_id) is one of `ids`, by it."""
    feeding: dict[int, list[DataSource]] = defaultdict(list)
    sources = DataSource.objects.filter(**{f"{target}__in": list(ids)}).only(
        "id", "name", "kind", "enabled", target, "last_value", "last_reading_at",
        "consecutive_failures",
    )  # fmt: skip
    for source in sources:
        feeding[getattr(source, target)].append(source)
    return feeding

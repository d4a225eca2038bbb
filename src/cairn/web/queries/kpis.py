"""Page queries for the KPI screens: list rows with their sparklines, one KPI's page."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn.engine import kpi_health
from cairn.kpis import selectors
from cairn.kpis.models import Kpi, KpiValue
from cairn.kpis.permissions import can_edit_kpi
from cairn.okrs.models import KeyResult
from cairn.okrs.permissions import Access
from cairn.organisations.models import Person, Team
from cairn.sources.models import DataSource
from cairn.sources.selectors import sources_feeding_kpis
from cairn.web import kpi_charts

HISTORY_SHOWN = 200
STATUS_TONES = {"healthy": "ok", "warning": "risk", "unhealthy": "off", "no_data": "neutral"}


@dataclass
class KpiRow:
    kpi: Kpi
    tone: str
    stale: bool
    current: str
    sparkline: kpi_charts.Sparkline | None


def row(kpi: Kpi, now: datetime) -> KpiRow:
    """Return what a list shows of a KPI fetched by `selectors.with_recent_values`."""
    return KpiRow(
        kpi=kpi,
        tone=STATUS_TONES[kpi.status],
        stale=kpi_health.is_stale(kpi.current_at, now, kpi.period),
        current=kpi_charts.shown(kpi, kpi.current_value),
        sparkline=kpi_charts.sparkline(kpi, kpi.recent_values),  # type: ignore[attr-defined]
    )


def kpi_rows(queryset: QuerySet[Kpi], *, limit: int | None = None) -> list[KpiRow]:
    """Return list rows, worst status first, then by name (two queries whatever the count)."""
    kpis = list(selectors.with_recent_values(queryset))
    kpis.sort(key=lambda k: (kpi_health.SEVERITY[kpi_health.Health(k.status)], k.name.lower()))
    now = timezone.now()
    return [row(kpi, now) for kpi in kpis[:limit]]


def list_rows(person: Person, *, team: Team | None = None, archived: bool = False):
    """Return the rows of the organisation's (or a team's) KPIs."""
    queryset = selectors.kpis_of(person, archived=archived)
    if team is not None:
        queryset = queryset.filter(team=team)
    return kpi_rows(queryset)


def team_card(person: Person, team: Team, limit: int = 5) -> dict[str, object]:
    """Return the team page's KPI card: the worst `limit` KPIs and how many there are."""
    queryset = selectors.kpis_of(person).filter(team=team)
    rows = kpi_rows(queryset)
    return {"rows": rows[:limit], "count": len(rows)}


@dataclass
class KpiPage:
    kpi: Kpi
    row: KpiRow
    chart: kpi_charts.KpiChart | None
    history: list[KpiValue]
    following: list[KeyResult]
    can_edit: bool
    thresholds: str
    sources: list[DataSource] = field(default_factory=list)  # data sources feeding the KPI


def kpi_page(person: Person, kpi: Kpi) -> KpiPage:
    """Return a KPI's page: chart over its history, the newest values, following key results."""
    now = timezone.now()
    values = list(selectors.values_of(kpi))
    kpi.recent_values = values[::-1][: selectors.SPARKLINE_POINTS]  # type: ignore[attr-defined]
    access = Access(person)
    following = [
        kr
        for kr in KeyResult.objects.filter(follows_kpi=kpi).select_related("objective")
        if access.can_view_objective(kr.objective)
    ]
    return KpiPage(
        kpi=kpi,
        row=row(kpi, now),
        chart=kpi_charts.kpi_chart(kpi, values, now),
        history=values[::-1][:HISTORY_SHOWN],
        following=following,
        can_edit=can_edit_kpi(access, kpi),
        thresholds=thresholds_text(kpi),
        sources=sources_feeding_kpis([kpi.pk]).get(kpi.pk, []),
    )


def thresholds_text(kpi: Kpi) -> str:
    """Return the KPI's thresholds in words."""

    def v(value: float | None) -> str:
        return kpi_charts.shown(kpi, value)

    if kpi.threshold_kind == "above":
        text = _("Healthy at %(h)s or more.") % {"h": v(kpi.healthy_low)}
        if kpi.warning_low is not None:
            text += " " + _("Warning from %(w)s.") % {"w": v(kpi.warning_low)}
        return text + " " + _("Unhealthy below.")
    if kpi.threshold_kind == "below":
        text = _("Healthy at %(h)s or less.") % {"h": v(kpi.healthy_high)}
        if kpi.warning_high is not None:
            text += " " + _("Warning up to %(w)s.") % {"w": v(kpi.warning_high)}
        return text + " " + _("Unhealthy above.")
    text = _("Healthy from %(low)s to %(high)s.") % {
        "low": v(kpi.healthy_low),
        "high": v(kpi.healthy_high),
    }
    if kpi.warning_low is not None:
        text += " " + _("Warning from %(low)s to %(high)s.") % {
            "low": v(kpi.warning_low),
            "high": v(kpi.warning_high),
        }
    return text + " " + _("Unhealthy outside.")

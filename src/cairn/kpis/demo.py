"""The demo's KPIs: five health metrics with twelve weeks of values, one followed by a key result."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from django.utils import timezone

from cairn.kpis.models import Kpi
from cairn.kpis.services import kpi_create, kpi_value_record
from cairn.okrs.models import Cycle, KeyResult
from cairn.okrs.services import key_result_update
from cairn.organisations.models import Organisation, Person, Team

WEEKS = 12
# (team, name, unit, direction, kind, healthy (low, high), warning (low, high), source,
#  value twelve weeks ago, value now, noise)
KPIS = [
    ("Platform", "Monthly uptime", "%", "higher", "above", (99.9, None), (99.5, None),
     "data", 99.95, 99.93, 0.03),
    ("Platform", "p95 API latency", "ms", "lower", "below", (None, 400), (None, 600),
     "data", 720, 470, 25),
    ("Customer Success", "First-reply time", "hours", "lower", "below", (None, 4), (None, 8),
     "web", 9.5, 5.2, 0.6),
    ("Customer Success", "Customer satisfaction (CSAT)", "%", "higher", "above", (90, None),
     (85, None), "web", 91, 84, 1.0),
    ("Sales", "Average discount", "%", "lower", "band", (5, 12), (3, 15),
     "import", 13.5, 9.8, 0.8),
]  # fmt: skip
FOLLOWING = ("Keep monthly uptime above 99.9%", "Monthly uptime")


def _history(kpi: Kpi, owner: Person, source: str, first: float, last: float, noise: float,
             today: date, rng: random.Random) -> None:  # fmt: skip
    """Record one value a week for WEEKS weeks, drifting from `first` to `last`."""
    places = 2 if abs(last) < 100 else 0
    for week in range(WEEKS):
        share = week / (WEEKS - 1)
        value = first + (last - first) * share + (rng.uniform(-noise, noise) if week else 0)
        if week == WEEKS - 1:
            value = last
        day = today - timedelta(days=7 * (WEEKS - 1 - week))
        moment = timezone.make_aware(datetime.combine(day, time(9, 0)), kpi.organisation.zone)
        # Before 9:00 (in the organisation's zone) today's reading is taken now, not later:
        # a value dated in the future is refused (the demo failed between midnight and 9:00).
        moment = min(moment, timezone.now())
        actor = None if source == "data" else owner
        kpi_value_record(
            kpi=kpi, value=round(value, places), recorded_at=moment, actor=actor, source=source
        )


def build_kpis(
    *, organisation: Organisation, admin: Person, cycle: Cycle, today: date, rng: random.Random
) -> list[Kpi]:
    """Create the demo KPIs with their history and make one key result follow one; return them."""
    teams = {team.name: team for team in Team.objects.filter(organisation=organisation)}
    created = []
    for team_name, name, unit, direction, kind, healthy, warning, source, *trend in KPIS:
        team = teams[team_name]
        owner = team.memberships.filter(is_lead=True).select_related("person").first().person  # type: ignore[union-attr]
        kpi = kpi_create(
            actor=admin,
            name=name,
            team=team,
            owner=owner,
            unit=unit,
            direction=direction,
            threshold_kind=kind,
            healthy_low=healthy[0],
            healthy_high=healthy[1],
            warning_low=warning[0],
            warning_high=warning[1],
        )
        _history(kpi, owner, source, *trend, today=today, rng=rng)
        created.append(kpi)
    title, kpi_name = FOLLOWING
    key_result = KeyResult.objects.filter(objective__cycle=cycle, title=title).first()
    if key_result is not None:
        kpi = next(k for k in created if k.name == kpi_name)
        key_result_update(key_result=key_result, actor=admin, follows_kpi=kpi)
    return created

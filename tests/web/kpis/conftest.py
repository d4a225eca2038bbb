"""KPI fixtures: an uptime KPI of the Support team, owned by the member."""

from __future__ import annotations

import pytest

from cairn.kpis.models import Kpi
from cairn.kpis.services import kpi_create


def make_kpi(world, **fields) -> Kpi:
    """Return a KPI created by the admin; `fields` override the uptime defaults."""
    values = {
        "name": "Uptime",
        "team": world.team,
        "owner": world.member,
        "unit": "%",
        "direction": "higher",
        "threshold_kind": "above",
        "healthy_low": 99.5,
        "warning_low": 99,
        "frequency": "weekly",
    }
    values.update(fields)
    return kpi_create(actor=world.admin, **values)


@pytest.fixture
def kpi(world) -> Kpi:
    return make_kpi(world)

"""KPI fixtures for the pages: the same uptime KPI as the service tests (tests/kpis/conftest.py)."""

from __future__ import annotations

from tests.kpis.conftest import kpi, make_kpi  # noqa: F401 (fixtures and helper shared)

"""Execution fixtures: a metric and a milestone key result with an initiative whose progress is work."""

from __future__ import annotations

from datetime import date

import pytest

from cairn.execution.services import sprint_create
from cairn.okrs.models import Initiative, KeyResult
from cairn.okrs.services import initiative_create, key_result_create


@pytest.fixture
def kr(world) -> KeyResult:
    """Return a metric key result (18 → 4 hours) on the member's objective."""
    return key_result_create(
        actor=world.member, objective=world.objective, title="Cut reply time", start=18, target=4
    )


@pytest.fixture
def milestone(world) -> KeyResult:
    """Return a milestone key result that follows its initiatives."""
    return key_result_create(
        actor=world.member,
        objective=world.objective,
        title="Launch the help centre",
        kind="milestone",
        follows_initiatives=True,
    )


@pytest.fixture
def initiative(world, kr) -> Initiative:
    """Return the member's initiative on the metric key result, progress from work."""
    return initiative_create(
        actor=world.member, key_results=[kr], title="Macros", progress_source="work"
    )


@pytest.fixture
def sprint(world):
    """Return a planned two-week sprint of the support team."""
    return sprint_create(
        actor=world.lead,
        team=world.team,
        name="Sprint 1",
        starts_on=date(2026, 3, 2),
        ends_on=date(2026, 3, 15),
    )

"""Fixtures for the personal screens: signed-in clients per persona and key results with history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from django.test import Client
from django.utils import timezone

from cairn.okrs.models import KeyResult
from cairn.organisations.models import Person
from tests.factories import CheckInFactory, KeyResultFactory


@pytest.fixture
def client_for(client: Client) -> Callable[[Person], Client]:
    """Return a function that signs a persona in and returns the client."""

    def sign_in(person: Person) -> Client:
        client.force_login(person.user)
        return client

    return sign_in


@pytest.fixture
def key_results(world) -> list[KeyResult]:
    """Return three key results of the member's objective, two with check-ins."""
    objective = world.objective
    krs = [
        KeyResultFactory(
            objective=objective,
            title="Cut first reply from 18 to 4 hours",
            start=18,
            target=4,
            unit="hours",
        ),
        KeyResultFactory(objective=objective, title="Grow CSAT from 80 to 95", start=80, target=95),
        KeyResultFactory(
            objective=objective,
            title="Launch the help centre",
            kind="milestone",
            start=None,
            target=None,
        ),
    ]
    base = timezone.now() - dt.timedelta(days=30)
    for week in range(4):
        CheckInFactory(
            key_result=krs[0],
            checked_in_at=base + dt.timedelta(days=7 * week),
            value=18 - 2 * week,
            note=f"week {week}",
        )
    CheckInFactory(key_result=krs[1], checked_in_at=base, value=82)
    return krs

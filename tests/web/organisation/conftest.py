"""Fixtures for the organisation-wide screens: signed-in clients per persona, and more data."""

from __future__ import annotations

import pytest

from tests.factories import KeyResultFactory, ObjectiveFactory, PersonFactory


@pytest.fixture(autouse=True)
def plain_static_files(settings):
    """Serve static files without the manifest, which only exists after collectstatic."""
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


@pytest.fixture
def add_objectives(world):
    """Return a function adding `n` team objectives, each with two KRs, owned by new people."""

    def add(n: int, *, team=None, cycle=None, **fields) -> list:
        objectives = []
        for _ in range(n):
            owner = PersonFactory(organisation=world.organisation)
            objective = ObjectiveFactory(
                cycle=cycle or world.cycle, team=team or world.team, owner=owner, **fields
            )
            KeyResultFactory.create_batch(2, objective=objective, current=150.0, progress=0.5)
            objectives.append(objective)
        return objectives

    return add

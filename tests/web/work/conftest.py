"""Fixtures for the work screens: a key result, an initiative with stories and tasks, sprints."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from django.test import Client

from cairn.execution.models import Sprint, WorkItem
from cairn.execution.services import sprint_create, sprint_start, work_item_create
from cairn.okrs.models import Initiative, KeyResult
from cairn.okrs.services import initiative_create
from cairn.organisations.models import Person


@dataclass
class Work:
    """An initiative on the key result with two stories (3 and 5 points), a task, two sprints."""

    kr: KeyResult
    initiative: Initiative
    first: WorkItem
    second: WorkItem
    task: WorkItem
    loose: WorkItem  # the team's work without a why
    sprint: Sprint  # active
    next_sprint: Sprint  # planned


@pytest.fixture
def client_for(client: Client) -> Callable[[Person], Client]:
    """Return a function that signs a persona in and returns the client."""

    def sign_in(person: Person) -> Client:
        client.force_login(person.user)
        return client

    return sign_in


def add_story(world, initiative, title: str, points: float | None = 3, **fields) -> WorkItem:
    """Return a new story of the initiative, owned by the support team."""
    return work_item_create(
        actor=world.member,
        title=title,
        kind="story",
        initiative=initiative,
        team=world.team,
        estimate_points=points,
        **fields,
    )


@pytest.fixture
def work(world, kr) -> Work:
    initiative = initiative_create(
        actor=world.member, key_results=[kr], title="Macros", progress_source="work"
    )
    first = add_story(
        world,
        initiative,
        "Reply macros",
        3,
        user_story="As an agent I want macros so that I reply faster",
        acceptance_criteria=[{"text": "Ten macros", "done": False}],
    )
    second = add_story(world, initiative, "Macro search", 5)
    task = work_item_create(
        actor=world.member, title="Write the copy", kind="task", parent=first, estimate_points=1
    )
    loose = work_item_create(actor=world.member, title="Tidy the wiki", team=world.team)
    sprint = sprint_create(
        actor=world.lead,
        team=world.team,
        name="Sprint 1",
        starts_on=date(2026, 3, 2),
        ends_on=date(2026, 3, 15),
        capacity_points=10,
    )
    sprint_start(sprint=sprint, actor=world.lead)
    next_sprint = sprint_create(
        actor=world.lead,
        team=world.team,
        name="Sprint 2",
        starts_on=date(2026, 3, 16),
        ends_on=date(2026, 3, 29),
    )
    return Work(kr, initiative, first, second, task, loose, sprint, next_sprint)

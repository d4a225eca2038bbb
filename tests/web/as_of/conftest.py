"""Fixtures for the time-travel pages: plain static files, and a history two days deep."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from cairn.okrs.models import Change, CheckIn, KeyResult, Objective
from cairn.okrs.services import (
    check_in_record,
    key_result_create,
    key_result_update,
    objective_align,
    objective_create,
    objective_update,
)


@pytest.fixture(autouse=True)
def plain_static_files(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }


def backdate(days: int, *objectives: Objective) -> None:
    """Move everything recorded so far about these objectives `days` back in time."""
    then = timezone.now() - timedelta(days=days)
    ids = [o.pk for o in objectives]
    Objective.objects.filter(pk__in=ids).update(created_at=then)
    KeyResult.objects.filter(objective_id__in=ids).update(created_at=then)
    CheckIn.objects.filter(key_result__objective_id__in=ids).update(checked_in_at=then)
    Change.objects.filter(objective_id__in=ids).update(at=then)


def yesterday() -> str:
    return str(timezone.localdate() - timedelta(days=1))


def today() -> str:
    return str(timezone.localdate())


@pytest.fixture
def history(world):
    """A company objective and the team's, as they stood 3 days ago, then changed today."""
    company = objective_create(
        actor=world.admin, cycle=world.cycle, title="<script>alert(1)</script>"
    )
    kr = key_result_create(
        actor=world.admin, objective=world.objective, title="Reply fast", start=0, target=10
    )
    check_in_record(key_result=kr, author=world.admin, value=4, confidence=7)
    objective_align(objective=world.objective, actor=world.admin, parent_objective=company)
    backdate(3, company, world.objective)
    objective_update(objective=world.objective, actor=world.admin, title="Renamed today")
    key_result_update(key_result=kr, actor=world.admin, target=20, title="Reply faster")
    check_in_record(key_result=kr, author=world.admin, value=15, confidence=3)
    objective_align(objective=world.objective, actor=world.admin, parent_objective=None)
    return company, kr

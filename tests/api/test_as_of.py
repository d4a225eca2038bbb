"""`as_of` on the objective and key result reads: values rebuilt from the history."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cairn.okrs.models import CheckIn, KeyResult, Objective
from cairn.okrs.services import (
    check_in_record,
    key_result_create,
    key_result_update,
    objective_create,
    objective_update,
)
from tests.api.conftest import problem_fields


def _past(objective: Objective, key_result: KeyResult | None = None, days: int = 3) -> None:
    """Move the objective's (and key result's) creation and check-ins so far back."""
    then = timezone.now() - timedelta(days=days)
    Objective.objects.filter(pk=objective.pk).update(created_at=then)
    if key_result is not None:
        KeyResult.objects.filter(pk=key_result.pk).update(created_at=then)
        CheckIn.objects.filter(key_result=key_result).update(checked_in_at=then)


@pytest.fixture
def history(world):
    """An objective and key result as they stood two days ago, then edited and checked in today."""
    objective = objective_create(actor=world.admin, cycle=world.cycle, title="Old <b>title</b>")
    kr = key_result_create(actor=world.admin, objective=objective, title="K", start=0, target=10)
    check_in_record(key_result=kr, author=world.admin, value=5, confidence=8)
    _past(objective, kr)
    objective_update(objective=objective, actor=world.admin, title="New title")
    key_result_update(key_result=kr, actor=world.admin, target=20)
    check_in_record(key_result=kr, author=world.admin, value=20, confidence=3)
    return objective, kr


def yesterday() -> str:
    return str(timezone.localdate() - timedelta(days=1))


def test_an_objective_as_of_yesterday_has_its_old_title_and_progress(world, api, history):
    objective, _kr = history
    body = api["member"].get(f"/api/v1/objectives/{objective.pk}", {"as_of": yesterday()}).json()
    assert (body["title"], body["progress"]) == ("Old <b>title</b>", 0.5)
    today = api["member"].get(f"/api/v1/objectives/{objective.pk}").json()
    assert (today["title"], today["progress"]) == ("New title", 1.0)


def test_a_key_result_as_of_yesterday_has_its_old_target_value_and_confidence(world, api, history):
    _objective, kr = history
    body = api["member"].get(f"/api/v1/key-results/{kr.pk}", {"as_of": yesterday()}).json()
    assert (body["target"], body["current"], body["confidence"]) == (10, 5, 8)
    assert body["progress"] == 0.5 and body["pace"]["status"]


def test_lists_leave_out_what_did_not_exist_yet(world, api, history):
    objective, kr = history
    key_result_create(actor=world.admin, objective=objective, title="Late", start=0, target=1)
    listed = api["admin"].get("/api/v1/objectives", {"as_of": yesterday()}).json()["items"]
    assert [o["title"] for o in listed] == ["Old <b>title</b>"]  # the fixture's is from today
    krs = api["admin"].get("/api/v1/key-results", {"as_of": yesterday()}).json()["items"]
    assert [(k["id"], k["target"]) for k in krs] == [(kr.pk, 10)]


def test_an_objective_created_later_is_not_found_as_of_before(world, api, history):
    response = api["admin"].get(f"/api/v1/objectives/{world.objective.pk}", {"as_of": yesterday()})
    assert response.status_code == 404


@pytest.mark.parametrize("raw", ["yesterday", "2026-13-40", "1999-01-01"])
def test_garbage_dates_are_a_clear_400(world, api, history, raw):
    objective, _kr = history
    response = api["admin"].get(f"/api/v1/objectives/{objective.pk}", {"as_of": raw})
    assert response.status_code == 422 and problem_fields(response) == ["as_of"]


def test_a_future_date_is_refused(world, api, history):
    future = str(timezone.localdate() + timedelta(days=2))
    response = api["admin"].get("/api/v1/key-results", {"as_of": future})
    assert response.status_code == 422 and problem_fields(response) == ["as_of"]


def test_the_pace_filter_does_not_combine_with_as_of(world, api, history):
    params = {"as_of": yesterday(), "status": "on_track"}
    response = api["admin"].get("/api/v1/objectives", params)
    assert response.status_code == 422 and problem_fields(response) == ["status"]


def test_another_organisation_and_private_objectives_stay_hidden(world, api, history):
    objective, kr = history
    assert (
        api["outsider"]
        .get(f"/api/v1/objectives/{objective.pk}", {"as_of": yesterday()})
        .status_code
        == 404
    )
    assert (
        api["outsider"].get(f"/api/v1/key-results/{kr.pk}", {"as_of": yesterday()}).status_code
        == 404
    )
    objective_update(objective=objective, actor=world.admin, visibility="private")
    assert (
        api["viewer"].get(f"/api/v1/objectives/{objective.pk}", {"as_of": yesterday()}).status_code
        == 404
    )


def test_the_list_query_count_does_not_grow(world, api, history):
    def count() -> int:
        with CaptureQueriesContext(connection) as queries:
            response = api["admin"].get("/api/v1/key-results", {"as_of": yesterday()})
        assert response.status_code == 200
        return len(queries)

    count()  # the token's first use is recorded once
    first = count()
    for i in range(4):
        objective = objective_create(actor=world.admin, cycle=world.cycle, title=f"O{i}")
        kr = key_result_create(actor=world.admin, objective=objective, title="K", start=0, target=9)
        check_in_record(key_result=kr, author=world.admin, value=i)
        _past(objective, kr)
        objective_update(objective=objective, actor=world.admin, title=f"O{i}!")
    assert count() == first
    assert len(api["admin"].get("/api/v1/key-results", {"as_of": yesterday()}).json()["items"]) == 5

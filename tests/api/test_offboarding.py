"""The offboarding endpoints: preview, deactivate (tokens stop working), reactivate."""

from __future__ import annotations

import pytest

from cairn.okrs.models import Change, CycleState
from tests.api.conftest import client_for, problem_fields
from tests.factories import CycleFactory, KeyResultFactory, ObjectiveFactory, PersonFactory


@pytest.fixture
def okrs(world):
    """The member's KR on their objective, and an objective in a closed cycle."""
    closed = CycleFactory(organisation=world.organisation, name="Q2", state=CycleState.CLOSED)
    ObjectiveFactory(cycle=closed, owner=world.member)
    return KeyResultFactory(objective=world.objective)


def test_the_preview_equals_what_the_deactivation_moves(world, api, okrs):
    url = f"/api/v1/people/{world.member.pk}"
    preview = api["admin"].get(f"{url}/offboarding")
    assert preview.status_code == 200
    assert not Change.objects.exists()
    body = preview.json()
    assert body["objective_count"] == 1 and body["key_result_count"] == 1
    assert body["cycles"][0]["cycle"] == {"id": world.cycle.pk, "name": "Q3", "state": "active"}
    assert body["cycles"][0]["key_results"] == [
        {"id": okrs.pk, "title": okrs.title, "objective": world.objective.pk}
    ]

    moved = api["admin"].post(f"{url}/deactivate", {"successor": world.lead.pk})

    assert moved.status_code == 200 and moved.json() == body
    assert api["admin"].get(url).json()["is_active"] is False
    world.objective.refresh_from_db()
    assert world.objective.owner_id == world.lead.pk


def test_the_deactivated_persons_token_is_refused(world, api):
    assert api["member"].get("/api/v1/people").status_code == 200
    response = api["admin"].post(
        f"/api/v1/people/{world.member.pk}/deactivate", {"successor": None}
    )
    assert response.status_code == 200
    assert api["member"].get("/api/v1/people").status_code == 401


@pytest.mark.parametrize("persona", ["lead", "member", "viewer"])
def test_only_admins_preview_or_deactivate(world, api, okrs, persona):
    url = f"/api/v1/people/{world.member.pk}"
    assert api[persona].get(f"{url}/offboarding").status_code == 403
    assert api[persona].post(f"{url}/deactivate", {"successor": None}).status_code == 403
    world.member.refresh_from_db()
    assert world.member.is_active


def test_another_organisations_person_is_not_found(world, api):
    url = f"/api/v1/people/{world.member.pk}"
    assert api["outsider"].get(f"{url}/offboarding").status_code == 404
    assert api["outsider"].post(f"{url}/deactivate", {"successor": None}).status_code == 404
    assert api["outsider"].post(f"{url}/reactivate").status_code == 404


@pytest.mark.parametrize("who", ["viewer", "outsider", "inactive", "missing"])
def test_an_unfit_successor_is_a_field_error_and_nothing_changes(world, api, okrs, who):
    successor = {
        "viewer": world.viewer.pk,
        "outsider": world.outsider.pk,
        "inactive": PersonFactory(organisation=world.organisation, is_active=False).pk,
        "missing": 999_999,
    }[who]
    response = api["admin"].post(
        f"/api/v1/people/{world.member.pk}/deactivate", {"successor": successor}
    )
    assert response.status_code == 422 and problem_fields(response) == ["successor"]
    world.member.refresh_from_db()
    assert world.member.is_active and not Change.objects.exists()


def test_a_successor_must_be_an_id(world, api):
    url = f"/api/v1/people/{world.member.pk}/deactivate"
    assert api["admin"].post(url, {"successor": "2"}).status_code == 422
    assert api["admin"].post(url, []).status_code == 422


def test_the_last_admin_cannot_deactivate_themselves(world, api):
    response = api["admin"].post(f"/api/v1/people/{world.admin.pk}/deactivate", {})
    assert response.status_code == 422
    world.admin.refresh_from_db()
    assert world.admin.is_active


def test_reactivating_lets_a_new_token_work(world, api):
    url = f"/api/v1/people/{world.member.pk}"
    api["admin"].post(f"{url}/deactivate", {"successor": None})

    response = api["admin"].post(f"{url}/reactivate")

    assert response.status_code == 200 and response.json()["is_active"] is True
    assert api["member"].get("/api/v1/people").status_code == 401  # old tokens stay revoked
    assert client_for(world.member).get("/api/v1/people").status_code == 200

"""Check-ins: record (progress rolls up), list a key result's history, correct; per role."""

from __future__ import annotations

import pytest

from cairn.okrs.models import CheckIn, CycleState
from cairn.okrs.services import check_in_record
from tests.api.conftest import problem_fields


def url(kr) -> str:
    return f"/api/v1/key-results/{kr.pk}/check-ins"


def test_it_records_a_check_in_and_rolls_progress_up(world, api, kr):
    response = api["member"].post(url(kr), {"value": 11, "confidence": 7, "note": "Half way"})
    assert response.status_code == 201
    body = response.json()
    assert body["value"] == 11.0 and body["source"] == "api" and body["author"] == world.member.pk
    assert api["member"].get(f"/api/v1/key-results/{kr.pk}").json()["progress"] == pytest.approx(
        0.5
    )
    objective = api["member"].get(f"/api/v1/objectives/{world.objective.pk}").json()
    assert objective["progress"] == pytest.approx(0.5)


def test_confidence_is_optional(world, api, kr):
    assert api["member"].post(url(kr), {"value": 12}).json()["confidence"] == 5


@pytest.mark.parametrize(
    ("persona", "status"),
    [("admin", 201), ("lead", 201), ("member", 201), ("viewer", 403), ("outsider", 404)],
)
def test_who_checks_in(world, api, kr, persona, status):
    assert api[persona].post(url(kr), {"value": 10}).status_code == status
    assert CheckIn.objects.filter(key_result=kr).count() == (1 if status == 201 else 0)


def test_a_contributor_checks_in(world, api, kr):
    kr.contributors.add(world.viewer)
    world.viewer.role = "member"
    world.viewer.save()
    assert api["viewer"].post(url(kr), {"value": 10}).status_code == 201


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({}, "value"),
        ({"value": "lots"}, "value"),
        ({"value": 10, "confidence": 11}, "confidence"),
        ({"value": 10, "confidence": -1}, "confidence"),
        ({"value": 10, "note": "x" * 5001}, "note"),
        ({"value": 10, "source": "telepathy"}, "source"),
        ({"value": 1e308 * 10}, "value"),
    ],
)
def test_it_rejects_bad_input(world, api, kr, body, field):
    response = api["member"].post(url(kr), body)
    assert response.status_code in (400, 422)
    if response.status_code == 422:
        assert field in problem_fields(response)
    assert not CheckIn.objects.exists()


def test_a_milestone_takes_done(world, api, kr):
    kr.kind, kr.start, kr.target = "milestone", None, None
    kr.save()
    assert problem_fields(api["member"].post(url(kr), {})) == ["done"]
    assert api["member"].post(url(kr), {"done": True}).json()["done"] is True


def test_no_check_ins_once_the_cycle_is_grading(world, api, kr):
    world.cycle.state = CycleState.GRADING
    world.cycle.save()
    response = api["member"].post(url(kr), {"value": 10})
    assert response.status_code == 422 and "no longer takes check-ins" in response.json()["detail"]


def test_it_lists_the_history_in_pages(world, api, kr):
    for value in range(17, 10, -1):
        check_in_record(key_result=kr, author=world.member, value=value)
    first = api["viewer"].get(url(kr), {"limit": 5}).json()
    second = api["viewer"].get(url(kr), {"limit": 5, "cursor": first["next"]}).json()
    assert len(first["items"]) == 5 and len(second["items"]) == 2 and second["next"] is None
    assert api["outsider"].get(url(kr)).status_code == 404
    assert api["viewer"].get("/api/v1/key-results/999999/check-ins").status_code == 404


def test_it_corrects_a_check_in(world, api, kr):
    original = check_in_record(key_result=kr, author=world.member, value=11)
    path = f"/api/v1/check-ins/{original.pk}/corrections"
    assert api["lead"].post(path, {"value": 4}).status_code == 403
    response = api["member"].post(path, {"value": 4})
    assert response.status_code == 201 and response.json()["corrects"] == original.pk
    effective = api["member"].get(url(kr), {"effective": True}).json()["items"]
    assert [c["value"] for c in effective] == [4.0]
    assert api["member"].post(path, {"value": 5}).status_code == 422
    assert api["outsider"].post(path, {"value": 5}).status_code == 404


def test_an_implausible_value_needs_confirm_implausible(world, api, kr):
    response = api["member"].post(url(kr), {"value": 1e6, "confidence": 7})
    assert response.status_code == 422 and problem_fields(response) == ["value"]
    assert "confirm_implausible: true" in response.json()["errors"][0]["message"]
    assert not CheckIn.objects.filter(key_result=kr).exists()
    response = api["member"].post(url(kr), {"value": 1e6, "confirm_implausible": True})
    assert response.status_code == 201 and response.json()["value"] == 1e6


def test_a_correction_to_an_implausible_value_needs_confirmation(world, api, kr):
    check_in = check_in_record(key_result=kr, author=world.member, value=11)
    path = f"/api/v1/check-ins/{check_in.pk}/corrections"
    response = api["member"].post(path, {"value": -3})
    assert response.status_code == 422 and "wrong sign" in response.json()["detail"]
    assert api["member"].post(path, {"value": -3, "confirm_implausible": True}).status_code == 201

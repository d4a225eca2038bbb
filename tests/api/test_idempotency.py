"""Idempotency-Key on POST: a retry is recorded once; another body under the same key is refused."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from cairn.api.idempotency import LEASE
from cairn.api.models import IdempotencyKey
from cairn.okrs.models import CheckIn
from cairn.organisations.models import Role, Team
from cairn.web.middleware import SESSION_KEY
from tests.api.conftest import client_for
from tests.factories import PersonFactory


def url(kr) -> str:
    return f"/api/v1/key-results/{kr.pk}/check-ins"


def test_a_retried_check_in_is_recorded_once(world, api, kr):
    first = api["member"].post(url(kr), {"value": 11}, **{"Idempotency-Key": "abc"})
    again = api["member"].post(url(kr), {"value": 11}, **{"Idempotency-Key": "abc"})
    assert first.status_code == again.status_code == 201
    assert again.json() == first.json()
    assert again["Idempotent-Replayed"] == "true"
    assert CheckIn.objects.filter(key_result=kr).count() == 1


def test_the_same_key_with_another_body_is_refused(world, api, kr):
    api["member"].post(url(kr), {"value": 11}, **{"Idempotency-Key": "abc"})
    response = api["member"].post(url(kr), {"value": 12}, **{"Idempotency-Key": "abc"})
    assert response.status_code == 422
    assert response["Content-Type"] == "application/problem+json"
    assert CheckIn.objects.filter(key_result=kr).count() == 1


def test_keys_are_per_token(world, api, kr):
    other = client_for(world.member)
    api["member"].post(url(kr), {"value": 11}, **{"Idempotency-Key": "abc"})
    assert other.post(url(kr), {"value": 11}, **{"Idempotency-Key": "abc"}).status_code == 201
    assert CheckIn.objects.filter(key_result=kr).count() == 2


def test_without_a_key_every_post_counts(world, api, kr):
    api["member"].post(url(kr), {"value": 11})
    api["member"].post(url(kr), {"value": 11})
    assert CheckIn.objects.filter(key_result=kr).count() == 2


def test_a_failed_request_is_not_stored(world, api, kr):
    bad = api["member"].post(url(kr), {"value": "x"}, **{"Idempotency-Key": "k"})
    assert bad.status_code == 422
    assert api["member"].post(url(kr), {"value": 11}, **{"Idempotency-Key": "k"}).status_code == 201


def test_an_expired_key_can_be_used_again(world, api, kr):
    api["member"].post(url(kr), {"value": 11}, **{"Idempotency-Key": "old"})
    IdempotencyKey.objects.update(expires_at=timezone.now() - timedelta(seconds=1))
    assert (
        api["member"].post(url(kr), {"value": 11}, **{"Idempotency-Key": "old"}).status_code == 201
    )
    assert CheckIn.objects.filter(key_result=kr).count() == 2
    assert IdempotencyKey.objects.get().expires_at > timezone.now() + timedelta(hours=23)


def test_a_request_still_in_progress_gets_409(world, api, kr):
    api["member"].post(url(kr), {"value": 11}, **{"Idempotency-Key": "busy"})
    IdempotencyKey.objects.update(status_code=None)
    assert (
        api["member"].post(url(kr), {"value": 11}, **{"Idempotency-Key": "busy"}).status_code == 409
    )


def test_an_overlong_key_is_refused(world, api, kr):
    response = api["member"].post(url(kr), {"value": 11}, **{"Idempotency-Key": "k" * 256})
    assert response.status_code == 422


def test_unauthenticated_requests_with_a_key_still_get_401(world, kr):
    from tests.api.conftest import ApiClient

    assert (
        ApiClient("bad").post(url(kr), {"value": 1}, **{"Idempotency-Key": "a"}).status_code == 401
    )


def test_a_key_left_by_a_dead_request_is_taken_over_after_the_lease(world, api, kr):
    # What the previous release left when a worker died mid-request: a key without a response.
    api["member"].post(url(kr), {"value": 11}, **{"Idempotency-Key": "dead"})
    CheckIn.objects.all().delete()
    IdempotencyKey.objects.update(
        status_code=None, created_at=timezone.now() - LEASE - timedelta(seconds=1)
    )
    response = api["member"].post(url(kr), {"value": 11}, **{"Idempotency-Key": "dead"})
    assert response.status_code == 201 and "Idempotent-Replayed" not in response
    assert CheckIn.objects.filter(key_result=kr).count() == 1
    again = api["member"].post(url(kr), {"value": 11}, **{"Idempotency-Key": "dead"})
    assert again.status_code == 201 and again["Idempotent-Replayed"] == "true"
    assert CheckIn.objects.filter(key_result=kr).count() == 1


def test_a_request_that_fails_keeps_neither_its_key_nor_its_writes(world, api, kr, monkeypatch):
    from cairn.okrs import services

    record = services.check_in_record_visible

    def record_then_fail(**kwargs):
        record(**kwargs)
        raise RuntimeError("the worker fell over after writing")

    monkeypatch.setattr(services, "check_in_record_visible", record_then_fail)
    with pytest.raises(RuntimeError):
        api["member"].post(url(kr), {"value": 11}, **{"Idempotency-Key": "boom"})
    assert not CheckIn.objects.exists() and not IdempotencyKey.objects.exists()


def test_an_idempotency_key_with_a_control_character_is_refused(world, api, kr):
    response = api["member"].post(url(kr), {"value": 11}, **{"Idempotency-Key": "a\x00b"})
    assert response.status_code == 422
    assert not CheckIn.objects.exists() and not IdempotencyKey.objects.exists()


def test_keys_are_per_organisation_for_a_session_user(world):
    """A user in two organisations sends the same key in each: each request runs."""
    elsewhere = PersonFactory(user=world.admin.user, role=Role.ADMIN)
    browser = Client()
    browser.force_login(world.admin.user)
    created = {}
    for person in (world.admin, elsewhere):
        session = browser.session
        session[SESSION_KEY] = person.pk
        session.save()
        response = browser.post(
            "/api/v1/teams",
            {"name": "Platform"},
            content_type="application/json",
            headers={"Idempotency-Key": "K"},
        )
        assert response.status_code == 201 and "Idempotent-Replayed" not in response
        created[person.organisation_id] = response.json()["id"]
    for organisation_id, team_id in created.items():
        assert Team.objects.get(pk=team_id).organisation_id == organisation_id
    assert IdempotencyKey.objects.filter(key="K").count() == 2

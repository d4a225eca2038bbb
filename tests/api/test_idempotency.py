"""Idempotency-Key on POST: a retry is recorded once; another body under the same key is refused."""

from __future__ import annotations

from datetime import timedelta

from django.utils import timezone

from cairn.api.models import IdempotencyKey
from cairn.okrs.models import CheckIn
from tests.api.conftest import client_for


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

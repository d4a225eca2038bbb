"""Pushed values are limited per source: 429 with Retry-After, shared through Redis."""

from __future__ import annotations

import pytest
import redis

from cairn.okrs.models import CheckIn
from cairn.sources.models import DataSourceRun
from tests.api.conftest import ApiClient
from tests.api.test_sources import URL, _push_source

REDIS = "redis://127.0.0.1:6379/14"  # this suite's Redis database (common brief)


def push(token: str | None, source_id: int, value: float):
    return ApiClient(token).post(f"{URL}/{source_id}/values", {"value": value})


def test_a_source_takes_its_limit_a_minute_then_429(api, world, kr, settings):
    settings.CAIRN_DATA_SOURCE_PUSH_LIMIT = 3
    source_id, token = _push_source(api, kr, world)
    assert [push(token, source_id, v).status_code for v in (1, 2, 3)] == [201, 201, 201]
    refused = push(token, source_id, 4)
    assert refused.status_code == 429
    assert refused["Content-Type"] == "application/problem+json"
    assert 1 <= int(refused["Retry-After"]) <= 61
    assert "at most 3 a minute" in refused.json()["detail"]
    assert CheckIn.objects.count() == 3  # the refused value wrote nothing
    assert DataSourceRun.objects.count() == 3


def test_each_source_has_its_own_budget(api, world, kr, settings):
    settings.CAIRN_DATA_SOURCE_PUSH_LIMIT = 1
    first_id, first = _push_source(api, kr, world)
    second_id, second = _push_source(api, kr, world)
    assert push(first, first_id, 1).status_code == 201
    assert push(first, first_id, 2).status_code == 429
    assert push(second, second_id, 2).status_code == 201


def test_requests_without_the_token_do_not_use_up_the_budget(api, world, kr, settings):
    settings.CAIRN_DATA_SOURCE_PUSH_LIMIT = 1
    source_id, token = _push_source(api, kr, world)
    assert all(push("wrong", source_id, 1).status_code == 401 for _ in range(3))
    assert push(token, source_id, 1).status_code == 201


def test_zero_turns_the_limit_off(api, world, kr, settings):
    settings.CAIRN_DATA_SOURCE_PUSH_LIMIT = 0
    source_id, token = _push_source(api, kr, world)
    assert all(push(token, source_id, v).status_code == 201 for v in range(5))


@pytest.fixture
def redis_cache(settings):
    """The cache on a real Redis (as with CAIRN_REDIS_URL), emptied before and after."""
    client = redis.Redis.from_url(REDIS)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.fail("Redis is not running on 127.0.0.1:6379")
    client.flushdb()
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS}
    }
    yield client
    client.flushdb()


def test_the_count_lives_in_redis_so_every_server_shares_it(api, world, kr, settings, redis_cache):
    settings.CAIRN_DATA_SOURCE_PUSH_LIMIT = 2
    source_id, token = _push_source(api, kr, world)
    assert push(token, source_id, 1).status_code == 201
    [key] = [k.decode() for k in redis_cache.keys(f"*source{source_id}*")]
    redis_cache.incr(key)  # another app server took the second push of this minute
    assert push(token, source_id, 2).status_code == 429

"""Rate limiting per token: a fixed window a minute, 429 with Retry-After past the limit."""

from __future__ import annotations

from tests.api.conftest import client_for


def test_it_answers_429_with_retry_after_past_the_limit(world, settings):
    settings.CAIRN_API_RATE_LIMIT = 3
    client = client_for(world.member)
    assert [client.get("/api/v1/cycles").status_code for _ in range(3)] == [200, 200, 200]
    response = client.get("/api/v1/cycles")
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 61
    assert response.json()["status"] == 429


def test_each_token_has_its_own_budget(world, settings):
    settings.CAIRN_API_RATE_LIMIT = 1
    first, second = client_for(world.member), client_for(world.member)
    assert first.get("/api/v1/cycles").status_code == 200
    assert first.get("/api/v1/cycles").status_code == 429
    assert second.get("/api/v1/cycles").status_code == 200


def test_zero_turns_the_limit_off(world, settings):
    settings.CAIRN_API_RATE_LIMIT = 0
    client = client_for(world.member)
    assert all(client.get("/api/v1/cycles").status_code == 200 for _ in range(5))

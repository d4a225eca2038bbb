"""`/healthz`: a load balancer's question "may I send you requests?"."""

from __future__ import annotations

import pytest
from django.test import Client, override_settings

pytestmark = pytest.mark.django_db


def test_it_answers_ok_without_signing_in(client: Client) -> None:
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert "no-cache" in response["Cache-Control"]


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            # Nothing listens on port 1: the cache is down.
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2},
        }
    }
)
def test_it_answers_503_naming_the_cache_when_redis_is_down(client: Client) -> None:
    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "failing": ["cache"]}


def test_it_refuses_writes(client: Client) -> None:
    assert client.post("/healthz").status_code == 405

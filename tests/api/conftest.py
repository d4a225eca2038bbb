"""API fixtures: tokens per persona, a client that sends them, a real webhook receiver."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from django.core.cache import cache
from django.test import Client

from cairn.api.tokens import token_create

IMMEDIATE_TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def api_settings(settings):
    """Serve only the API, run tasks at once and start every test with a fresh rate window."""
    settings.ROOT_URLCONF = "tests.api.urls"
    settings.TASKS = IMMEDIATE_TASKS
    settings.CAIRN_API_RATE_LIMIT = 10_000
    settings.OUTBOUND_ALLOWED_NETWORKS = []  # the default, whatever the environment says
    cache.clear()
    yield settings
    cache.clear()


class ApiClient:
    """A test client that sends a Bearer token and JSON."""

    def __init__(self, token: str | None) -> None:
        self.client = Client()
        self.token = token

    def _headers(self, headers: dict[str, str] | None) -> dict[str, str]:
        result = {"Authorization": f"Bearer {self.token}"} if self.token else {}
        return {**result, **(headers or {})}

    def get(self, url: str, params: dict | None = None, **headers: str):
        return self.client.get(url, params or {}, headers=self._headers(headers))

    def _send(self, method: str, url: str, body: Any, headers: dict[str, str]):
        data = body if isinstance(body, str | bytes) else json.dumps(body)
        return getattr(self.client, method)(
            url, data, content_type="application/json", headers=self._headers(headers)
        )

    def post(self, url: str, body: Any = None, **headers: str):
        return self._send("post", url, {} if body is None else body, headers)

    def patch(self, url: str, body: Any = None, **headers: str):
        return self._send("patch", url, {} if body is None else body, headers)

    def put(self, url: str, body: Any = None, **headers: str):
        return self._send("put", url, {} if body is None else body, headers)

    def delete(self, url: str, **headers: str):
        return self.client.delete(url, headers=self._headers(headers))


def client_for(person, scope: str = "write") -> ApiClient:
    """Return a client authenticated with a new token of the person."""
    return ApiClient(token_create(person=person, name="test", scope=scope).plaintext)


@pytest.fixture
def api(world):
    """Return {persona name: client} for admin, lead, member, viewer and outsider."""
    names = ("admin", "lead", "member", "viewer", "outsider")
    return {name: client_for(getattr(world, name)) for name in names}


def problem_fields(response) -> list[str]:
    """Return the field names of a problem+json response's errors."""
    assert response["Content-Type"] == "application/problem+json", response.content
    return [e["field"] for e in response.json()["errors"]]


@pytest.fixture
def loopback_allowed(settings):
    """Let outbound requests reach the local receiver: loopback is refused by default."""
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    return settings


class Receiver:
    """A real HTTP server on 127.0.0.1 that records requests and answers with queued statuses.

    A queued status may be (status, headers), e.g. (302, {"Location": ...}).
    """

    def __init__(self) -> None:
        self.requests: list[dict] = []
        self.statuses: list[int | tuple[int, dict[str, str]]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append({"headers": dict(self.headers), "body": body})
                answer = receiver.statuses.pop(0) if receiver.statuses else 200
                status, headers = answer if isinstance(answer, tuple) else (answer, {})
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver():
    server = Receiver()
    yield server
    server.close()

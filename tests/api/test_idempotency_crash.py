"""A worker killed mid-request: the retry with the same Idempotency-Key writes exactly once.

A real gunicorn serves Cairn on 127.0.0.1 from the test database; tests/api/crash_app.py
pauses the first check-in after it is written and before the request commits.
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.db import connection

from cairn.api.models import IdempotencyKey
from cairn.api.tokens import token_create
from cairn.okrs.models import CheckIn
from cairn.okrs.services import key_result_create

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.django_db(transaction=True)


def _database_url() -> str:
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    user, host, port = settings["USER"], settings["HOST"] or "127.0.0.1", settings["PORT"] or 5432
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    return f"postgres://{user}{password}@{host}:{port}/{settings['NAME']}"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """gunicorn running tests/api/crash_app.py with one worker on 127.0.0.1."""

    def __init__(self, tmp_path: Path, *, workers: int = 1, pause: float = 120) -> None:
        self.port = _free_port()
        self.pause_file = tmp_path / "paused.pid"
        env = {
            **os.environ,
            "DATABASE_URL": _database_url(),
            "DJANGO_SETTINGS_MODULE": "cairn.settings",
            "CAIRN_TEST_PAUSE_FILE": str(self.pause_file),
            "CAIRN_TEST_PAUSE_SECONDS": str(pause),
            "PYTHONPATH": str(ROOT),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "tests.api.crash_app:application",
             "--bind", f"127.0.0.1:{self.port}", "--workers", str(workers), "--timeout", "300"],
            cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip

    def request(self, method: str, path: str, token: str, body=None, **headers: str):
        """Return (status, headers, JSON body) of one request."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        data = None if body is None else json.dumps(body)
        all_headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        conn.request(method, path, data, {**all_headers, **headers})
        response = conn.getresponse()
        answer = (response.status, dict(response.getheaders()), json.loads(response.read()))
        conn.close()
        return answer

    def wait_until_up(self, token: str) -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.process.poll() is None, self.process.stderr.read().decode()
            try:
                if self.request("GET", "/api/v1/cycles", token)[0] == 200:
                    return
            except OSError:
                time.sleep(0.2)
        pytest.fail("gunicorn did not start")

    def wait_for_pause(self) -> int:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.pause_file.exists() and self.pause_file.read_text():
                return int(self.pause_file.read_text())
            time.sleep(0.05)
        pytest.fail("the check-in never reached the pause")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def server(tmp_path):
    running = Server(tmp_path)
    yield running
    running.stop()


@pytest.fixture
def two_worker_server(tmp_path):
    running = Server(tmp_path, workers=2, pause=2)
    yield running
    running.stop()


@pytest.fixture
def member_kr(world):
    """Return (key result, the member's token): committed, so gunicorn's workers see them."""
    kr = key_result_create(
        actor=world.member,
        objective=world.objective,
        title="Cut replies to 4 h",
        start=18,
        target=4,
    )
    return kr, token_create(person=world.member, name="crash").plaintext


def test_a_retry_after_the_worker_was_killed_mid_request_writes_once(world, server, member_kr):
    kr, token = member_kr
    path = f"/api/v1/key-results/{kr.pk}/check-ins"
    server.wait_until_up(token)
    outcome: list[object] = []

    def first_attempt() -> None:
        try:
            outcome.append(
                server.request("POST", path, token, {"value": 11}, **{"Idempotency-Key": "K"})
            )
        except OSError as error:  # the worker died: the connection is dropped
            outcome.append(error)

    thread = threading.Thread(target=first_attempt)
    thread.start()
    os.kill(server.wait_for_pause(), signal.SIGKILL)
    thread.join(timeout=30)
    assert isinstance(outcome[0], OSError), outcome
    assert not CheckIn.objects.exists() and not IdempotencyKey.objects.exists()

    status, headers, body = server.request(
        "POST", path, token, {"value": 11}, **{"Idempotency-Key": "K"}
    )
    assert status == 201 and "Idempotent-Replayed" not in headers
    assert CheckIn.objects.filter(key_result=kr).count() == 1
    again = server.request("POST", path, token, {"value": 11}, **{"Idempotency-Key": "K"})
    assert again[0] == 201 and again[1]["Idempotent-Replayed"] == "true" and again[2] == body
    assert CheckIn.objects.filter(key_result=kr).count() == 1


def test_a_concurrent_retry_waits_for_the_first_request_and_replays_it(
    world, two_worker_server, member_kr
):
    kr, token = member_kr
    path = f"/api/v1/key-results/{kr.pk}/check-ins"
    two_worker_server.wait_until_up(token)
    answers: list[tuple] = []

    def send() -> None:
        answers.append(
            two_worker_server.request("POST", path, token, {"value": 9}, **{"Idempotency-Key": "C"})
        )

    first = threading.Thread(target=send)
    first.start()
    two_worker_server.wait_for_pause()  # the first request wrote and holds its transaction
    second = threading.Thread(target=send)
    second.start()
    first.join(timeout=60)
    second.join(timeout=60)
    assert sorted(status for status, _headers, _body in answers) == [201, 201]
    assert sorted(headers.get("Idempotent-Replayed", "") for _s, headers, _b in answers) == [
        "",
        "true",
    ]
    assert answers[0][2] == answers[1][2]
    assert CheckIn.objects.filter(key_result=kr).count() == 1

"""Two app servers and two workers against one PostgreSQL and one Redis, as production runs them.

Real processes (`cairn serve` is gunicorn), a real database of their own, a real Redis and a real
HTTP receiver for webhooks: what one server writes, the other must see at once; sessions, sign-in
throttling and API rate limits are shared; each webhook event reaches the receiver once.
"""

from __future__ import annotations

import json
import os
import re
import secrets
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
import redis
import requests
from django.db import connection
from psycopg import sql

from cairn.maintenance import postgres

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="several app servers need PostgreSQL"
)

REDIS_DB = 11  # this test's own Redis database (other tests use 12 and 13), emptied when it starts
PASSWORD = "two-servers-" + secrets.token_urlsafe(8)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(check: Callable[[], bool], what: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@dataclass
class Receiver:
    """A local webhook endpoint that keeps every body it is sent."""

    bodies: list[dict[str, Any]] = field(default_factory=list)
    port: int = 0


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    received = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the http.server API
            body = self.rfile.read(int(self.headers["Content-Length"]))
            received.bodies.append(json.loads(body))
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    received.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield received
    server.shutdown()


@pytest.fixture(scope="module")
def cluster_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Yield the environment of a fresh database with the demo loaded; drop the database after."""
    tmp_path = tmp_path_factory.mktemp("servers")
    live = connection.settings_dict
    name = f"cairn_servers_{secrets.token_hex(4)}"
    with postgres.connect({**live, "NAME": "postgres"}) as admin:
        admin.autocommit = True
        admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    redis.Redis(host="127.0.0.1", port=6379, db=REDIS_DB).flushdb()
    user = live["USER"] or "postgres"
    env = {
        **os.environ,
        "DATABASE_URL": f"postgres://{user}@{live['HOST'] or '127.0.0.1'}:{live['PORT'] or 5432}/{name}",
        "CAIRN_REDIS_URL": f"redis://127.0.0.1:6379/{REDIS_DB}",
        "CAIRN_SECRET_KEY": secrets.token_urlsafe(50),
        "CAIRN_DEBUG": "false",
        "CAIRN_DATA_DIR": str(tmp_path / "shared"),
        "CAIRN_DEMO_PASSWORD": PASSWORD,
        "CAIRN_API_RATE_LIMIT": "8",
        "CAIRN_SIGNIN_FAILURE_LIMIT": "3",
        "CAIRN_OUTBOUND_ALLOWED_NETWORKS": "127.0.0.0/8",
        "CAIRN_NOTIFY_BATCH_SECONDS": "0",
    }
    cairn = [sys.executable, "-m", "cairn"]
    subprocess.run([*cairn, "migrate", "--no-input", "-v0"], env=env, check=True)
    subprocess.run([*cairn, "demo"], env=env, check=True, capture_output=True)
    yield env
    with postgres.connect({**live, "NAME": "postgres"}) as admin:
        admin.autocommit = True
        admin.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


@pytest.fixture(scope="module")
def servers(cluster_env: dict[str, str]) -> Iterator[tuple[str, str]]:
    """Start two `cairn serve` and two `cairn worker` processes; yield the servers' base URLs."""
    processes, urls = [], []
    for number in (1, 2):
        port = free_port()
        # Each server collects its static files into its own data directory (no race between
        # two collectstatic runs); secrets come from the environment, so both sign the same way.
        env = {**cluster_env, "CAIRN_DATA_DIR": f"{cluster_env['CAIRN_DATA_DIR']}-{number}"}
        processes.append(
            subprocess.Popen(
                [sys.executable, "-m", "cairn", "serve", "--port", str(port), "--workers", "1"],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
        urls.append(f"http://127.0.0.1:{port}")
    for _ in (1, 2):
        processes.append(
            subprocess.Popen(
                [sys.executable, "-m", "cairn", "worker", "--interval", "0.2"],
                env=cluster_env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        )
    try:
        for url in urls:
            wait_for(lambda url=url: healthy(url), f"{url}/healthz", seconds=120)
        yield urls[0], urls[1]
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            process.wait(timeout=30)


def healthy(url: str) -> bool:
    try:
        return requests.get(f"{url}/healthz", timeout=2).status_code == 200
    except requests.RequestException:  # not listening yet, or still booting
        return False


def api_token(env: dict[str, str], email: str) -> str:
    made = subprocess.run(
        [sys.executable, "-m", "cairn", "token", "create", email],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    return made.stdout.strip().splitlines()[-1]


def sign_in(browser: requests.Session, url: str, email: str, password: str) -> requests.Response:
    page = browser.get(f"{url}/sign-in/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.text).group(1)
    return browser.post(
        f"{url}/sign-in/",
        data={"csrfmiddlewaretoken": token, "username": email, "password": password},
        headers={"Referer": f"{url}/sign-in/"},
    )


def test_a_session_from_one_server_is_valid_on_the_other(servers: tuple[str, str]) -> None:
    first, second = servers
    browser = requests.Session()

    signed_in = sign_in(browser, first, "admin@example.com", PASSWORD)
    home = browser.get(f"{second}/", allow_redirects=False)

    assert signed_in.url == f"{first}/"
    assert home.status_code == 200
    assert "Sign out" in home.text


def test_sign_in_failures_on_one_server_pause_the_account_on_the_other(
    servers: tuple[str, str],
) -> None:
    first, second = servers
    for _ in range(3):
        sign_in(requests.Session(), first, "grace@example.com", "not the password")

    paused = sign_in(requests.Session(), second, "grace@example.com", PASSWORD)

    assert paused.status_code == 429
    assert "paused" in paused.text.lower()


def test_the_api_rate_limit_counts_requests_on_both_servers(
    servers: tuple[str, str], cluster_env: dict[str, str]
) -> None:
    first, second = servers
    headers = {"Authorization": f"Bearer {api_token(cluster_env, 'grace@example.com')}"}

    answers = [
        requests.get(f"{url}/api/v1/objectives?limit=1", headers=headers, timeout=10).status_code
        for url in (first, second) * 5
    ]

    assert answers[:8] == [200] * 8  # the limit is 8 a minute, wherever they land
    assert answers[8:] == [429, 429]


def test_a_check_in_on_one_server_is_seen_on_the_other_and_its_webhook_sent_once(
    servers: tuple[str, str], cluster_env: dict[str, str], receiver: Receiver
) -> None:
    first, second = servers
    headers = {"Authorization": f"Bearer {api_token(cluster_env, 'admin@example.com')}"}
    hook = requests.post(
        f"{first}/api/v1/webhooks",
        json={"url": f"http://127.0.0.1:{receiver.port}/cairn", "events": ["check_in.recorded"]},
        headers=headers,
        timeout=10,
    )
    assert hook.status_code == 201, hook.text
    cycles = requests.get(f"{second}/api/v1/cycles", headers=headers, timeout=10).json()
    listed = [
        item
        for cycle in cycles["items"]
        if cycle["state"] == "active"
        for item in requests.get(
            f"{second}/api/v1/key-results?limit=50&cycle={cycle['id']}", headers=headers, timeout=10
        ).json()["items"]
    ]
    key_result = next(item for item in listed if item["type"] != "milestone")
    value = key_result["start"] + (key_result["target"] - key_result["start"]) / 2

    recorded = requests.post(
        f"{first}/api/v1/key-results/{key_result['id']}/check-ins",
        json={"value": value, "confidence": 7, "note": "from the first server"},
        headers=headers,
        timeout=10,
    )
    seen = requests.get(
        f"{second}/api/v1/key-results/{key_result['id']}", headers=headers, timeout=10
    ).json()

    assert recorded.status_code == 201, recorded.text
    assert seen["current"] == value
    wait_for(lambda: len(receiver.bodies) >= 1, "the webhook delivery", seconds=60)
    time.sleep(3)  # time for a second, duplicate delivery by the other worker, if there were one
    assert len(receiver.bodies) == 1
    assert receiver.bodies[0]["event"] == "check_in.recorded"

"""`cairn serve`: refuses a weak secret key; serves without naming its server, with the headers."""

from __future__ import annotations

import http.client
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

SERVE = [sys.executable, "-m", "cairn", "serve", "--host", "127.0.0.1", "--workers", "1"]


def serve_env(data_dir: Path, **env: str) -> dict[str, str]:
    """Return a production-like environment: no debug, SQLite in its own data dir."""
    return {"CAIRN_DATA_DIR": str(data_dir), "PATH": "/usr/bin", **env}


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(port: int, server: subprocess.Popen[str], seconds: float = 120) -> None:
    """Return once the server accepts connections; fail if it exits or never answers."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"cairn serve exited with {server.returncode}: {server.stderr.read()}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.3)
    pytest.fail("cairn serve did not answer in time")


@pytest.fixture
def served(tmp_path) -> Iterator[int]:
    """Run `cairn serve` (gunicorn) on a free port of 127.0.0.1; return the port."""
    port = free_port()
    env = serve_env(tmp_path, CAIRN_SECRET_KEY=secrets.token_urlsafe(50))
    server = subprocess.Popen(
        [*SERVE, "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # gunicorn's master and its worker stop together
    )
    try:
        wait_for(port, server)
        yield port
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


def test_serve_refuses_a_weak_secret_key_before_touching_the_database(tmp_path):
    result = subprocess.run(
        [*SERVE, "--port", str(free_port())],
        env=serve_env(tmp_path, CAIRN_SECRET_KEY="changeme"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1
    assert "CAIRN_SECRET_KEY is too weak for production" in result.stderr
    assert not (tmp_path / "cairn.sqlite3").exists()


def test_serve_hides_gunicorn_and_sends_the_security_headers(served):
    connection = http.client.HTTPConnection("127.0.0.1", served, timeout=10)
    connection.request("GET", "/sign-in/")
    response = connection.getresponse()
    assert response.status == 200
    assert "gunicorn" not in (response.getheader("Server") or "").lower()
    assert "script-src 'self'" in response.getheader("Content-Security-Policy")
    assert "camera=()" in response.getheader("Permissions-Policy")
    assert response.getheader("X-Frame-Options") == "DENY"

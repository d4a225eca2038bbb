"""Figures over HTTP: a real `cairn serve` (gunicorn) answering a sequential client, warm.

What a person waits for includes routing, middleware, sessions, the database connection and
the response's bytes, so `make bench` times requests, not only the service calls behind them.
`CAIRN_BENCH_SAMPLES` sets the samples per figure (default 50; the issue's method used 200).
"""

from __future__ import annotations

import os
import random
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import requests

WORKERS = 2


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def server() -> Iterator[str]:
    """Run `cairn serve` on a free port with this process's settings; yield its base URL."""
    port = _free_port()
    env = {**os.environ, "CAIRN_API_RATE_LIMIT": "0"}  # a benchmark is not an abuser
    process = subprocess.Popen(
        [sys.executable, "-m", "cairn", "serve", "--port", str(port), f"--workers={WORKERS}"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_healthy(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def _wait_until_healthy(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"cairn serve exited with {process.returncode}")
        try:
            if requests.get(f"{url}/healthz", timeout=5).status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.5)
    raise RuntimeError("cairn serve did not become healthy in 180 s")


def signed_in(person) -> requests.Session:
    """Return an HTTP session carrying a real session cookie of `person` (no password needed)."""
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(person.user)
    browser = requests.Session()
    browser.cookies.set(
        settings.SESSION_COOKIE_NAME, client.cookies[settings.SESSION_COOKIE_NAME].value
    )
    return browser


def api_headers(person) -> dict[str, str]:
    """Return the headers of a new write token of `person`."""
    from cairn.api.tokens import token_create

    made = token_create(person=person, name="make bench", scope="write")
    return {"Authorization": f"Bearer {made.plaintext}"}


def timed(request: Callable[[], requests.Response], samples: int) -> tuple[list[float], int]:
    """Return the milliseconds of `samples` requests after three untimed ones, and a status."""
    for _ in range(3):
        status = request().status_code
    times = []
    for _ in range(samples):
        started = time.perf_counter()
        response = request()
        times.append((time.perf_counter() - started) * 1000)
        status = response.status_code
    return times, status


def pages(organisation) -> None:
    """Time SPEC §7's pages and the check-in write over HTTP against `cairn serve`."""
    from django.urls import reverse

    from bench.run import report
    from cairn.okrs.models import KeyResult, Objective
    from cairn.organisations.models import Person, Team

    samples = int(os.environ.get("CAIRN_BENCH_SAMPLES", "50"))
    admin = Person.objects.filter(organisation=organisation, role="admin").select_related("user")[0]
    objective = Objective.objects.filter(organisation=organisation, cycle__state="active").first()
    team = Team.objects.filter(organisation=organisation, parent__isnull=False).last()
    browser = signed_in(admin)
    headers = api_headers(admin)
    key_results = list(
        KeyResult.objects.filter(
            organisation=organisation, objective__cycle__state="active", kind="metric"
        ).values_list("id", "start", "target")[:500]
    )
    rng = random.Random(7)
    with server() as url:
        print(f"over HTTP: cairn serve --workers {WORKERS}, {samples} samples each, sequential")
        for label, path, target in [
            ("home", reverse("home"), 100),
            ("objective", reverse("objective", args=(objective.pk,)), 100),
            ("team", reverse("team", args=(team.pk,)), 100),
            ("board", reverse("current_board"), 300),
            ("alignment", reverse("alignment"), 300),
        ]:
            times, status = timed(lambda path=path: browser.get(url + path), samples)
            size = len(browser.get(url + path).content) // 1024
            report(f"GET {label} [{status}, {size} KB]", times, target)

        def check_in() -> requests.Response:
            pk, start, target = rng.choice(key_results)
            value = start + (target - start) * rng.random()
            return requests.post(
                f"{url}/api/v1/key-results/{pk}/check-ins",
                json={"value": round(value, 2), "confidence": rng.randrange(11)},
                headers=headers,
                timeout=30,
            )

        times, status = timed(check_in, samples)
        report(f"POST a check-in over the API [{status}]", times, 20)

"""A small, bounded load test: check-in POSTs and list GETs against a running Cairn on 127.0.0.1.

    python -m bench.loadtest --token TOKEN --key-result ID [--port 8000] [--seconds 10]

Threads share nothing but counters; each stops after `--seconds`. Only 127.0.0.1 is allowed.
"""

from __future__ import annotations

import argparse
import http.client
import json
import statistics
import threading
import time
from dataclasses import dataclass, field


@dataclass
class Result:
    latencies: list[float] = field(default_factory=list)
    errors: dict[int, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, status: int, seconds: float) -> None:
        with self.lock:
            if 200 <= status < 300:
                self.latencies.append(seconds)
            else:
                self.errors[status] = self.errors.get(status, 0) + 1


def _worker(
    port: int, method: str, path: str, body: bytes | None, token: str, until: float, result: Result
) -> None:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    n = 0
    while time.monotonic() < until:
        n += 1
        started = time.perf_counter()
        payload = body.replace(b"$N", str(n % 100).encode()) if body else None
        try:
            connection.request(method, path, body=payload, headers=headers)
            response = connection.getresponse()
            response.read()
            result.add(response.status, time.perf_counter() - started)
        except (OSError, http.client.HTTPException):
            result.add(0, 0.0)
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    connection.close()


def run(
    port: int, method: str, path: str, body: bytes | None, token: str, threads: int, seconds: float
) -> dict:
    """Hammer one endpoint with `threads` connections for `seconds`; return the figures."""
    result = Result()
    until = time.monotonic() + seconds
    started = time.monotonic()
    workers = [
        threading.Thread(target=_worker, args=(port, method, path, body, token, until, result))
        for _ in range(threads)
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    elapsed = time.monotonic() - started
    ok = sorted(result.latencies)
    return {
        "endpoint": f"{method} {path}",
        "requests_ok": len(ok),
        "errors": result.errors,
        "requests_per_second": round(len(ok) / elapsed, 1),
        "p50_ms": round(statistics.median(ok) * 1000, 1) if ok else None,
        "p95_ms": round(ok[int(len(ok) * 0.95) - 1] * 1000, 1) if ok else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--token", required=True)
    parser.add_argument("--key-result", type=int, required=True)
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    if not 1 <= args.seconds <= 120:
        parser.error("--seconds must lie between 1 and 120")
    kr = args.key_result
    body = json.dumps({"value": 0, "confidence": 6}).encode().replace(b"0,", b"$N,", 1)
    scenarios = [
        ("POST", f"/api/v1/key-results/{kr}/check-ins", body),
        ("GET", "/api/v1/objectives?limit=50", None),
        ("GET", "/api/v1/key-results?limit=50", None),
        ("GET", f"/api/v1/key-results/{kr}/check-ins?limit=50", None),
    ]
    for method, path, payload in scenarios:
        figures = run(args.port, method, path, payload, args.token, args.threads, args.seconds)
        print(json.dumps(figures))


if __name__ == "__main__":
    main()

"""The floor under a check-in's CPU: what the WSGI server and Django cost on a request that
does nothing, measured like `bench.concurrency` (wrk, CPU of the server's processes from /proc).

    python -m bench.server_floor [--server sync,gthread] [--app bare,django] [--seconds 10]
                                 [--workers 4] [--connections 50]

`--app bare` is a WSGI callable answering 201 with a short JSON body (the server alone);
`--app django` is Cairn's own application answering `GET /api/v1/no-such-endpoint` (404
problem+json: the server, Django's handler, every middleware and the URL resolver, no
database). `--server` is gunicorn's `sync` worker (what `cairn serve` runs), `gthread`
(one thread: keep-alive connections), or `granian` when it is installed.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.concurrency import children, cpu_by_process, cpu_used

BODY = b'{"id": 1, "key_result": 2, "value": 3.5, "confidence": 5}'


def bare_app(environ, start_response):
    """The smallest WSGI answer: what the server costs per request with no application."""
    start_response("201 Created", [("Content-Type", "application/json")])
    return [BODY]


def _command(server: str, app: str, port: int, workers: int) -> list[str]:
    target = "bench.server_floor:bare_app" if app == "bare" else "cairn.wsgi:application"
    if server == "granian":
        module, name = target.split(":")
        return [str(Path(sys.executable).with_name("granian")), "--interface", "wsgi", "--host",
                "127.0.0.1", "--port", str(port), "--workers", str(workers),
                "--blocking-threads", "1", "--no-ws", "--log-level", "warning", target]  # fmt: skip
    command = [sys.executable, "-m", "gunicorn", target, "--config=python:cairn.lib.gunicorn_config",
               f"--bind=127.0.0.1:{port}", f"--workers={workers}"]  # fmt: skip
    if server == "gthread":
        command += ["--worker-class=gthread", "--threads=1"]
    return command


def _wait(port: int, process: subprocess.Popen) -> None:
    import http.client

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/api/v1/no-such-endpoint")
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("the server did not answer")


def _wrk(port: int, connections: int, seconds: float) -> dict:
    script = (
        'wrk.method = "GET"\n'
        'wrk.headers["Authorization"] = "Bearer cairn_floor"\n'
        "done = function(summary, latency, requests)\n"
        '  io.write(string.format("WRK %d %d %.1f\\n", summary.requests,'
        " summary.errors.status, latency:percentile(95) / 1000))\n"
        "end\n"
    )
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as file:
        file.write(script)
    try:
        out = subprocess.run(
            ["wrk", f"--connections={connections}", "--threads=2",
             f"--duration={max(1, round(seconds))}s", f"--script={file.name}",
             f"http://127.0.0.1:{port}/api/v1/no-such-endpoint"],  # fmt: skip
            capture_output=True, text=True, check=True,
        ).stdout  # fmt: skip
    finally:
        os.unlink(file.name)
    _tag, requests, non_2xx, p95 = next(x for x in out.splitlines() if x.startswith("WRK ")).split()
    return {"requests": int(requests), "non_2xx_3xx": int(non_2xx), "p95_ms": float(p95)}


def measure(server: str, app: str, args: argparse.Namespace) -> dict:
    env = {**os.environ, "CAIRN_API_RATE_LIMIT": "0", "DJANGO_SETTINGS_MODULE": "cairn.settings"}
    process = subprocess.Popen(
        _command(server, app, args.port, args.workers),
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        _wait(args.port, process)
        _wrk(args.port, args.connections, 2)  # warm every worker
        pids = [process.pid, *children(process.pid)]
        pids += [c for pid in pids[1:] for c in children(pid)]
        load = Path("/proc/loadavg").read_text().split()[:3]
        before, started = cpu_by_process(pids), time.monotonic()
        figures = _wrk(args.port, args.connections, args.seconds)
        elapsed, cpu = time.monotonic() - started, cpu_used(before, pids)
    finally:
        os.killpg(process.pid, 15)
        process.wait(timeout=30)
    done = figures["requests"] or 1
    return {
        "server": server,
        "app": app,
        "workers": args.workers,
        **figures,
        "per_second": round(figures["requests"] / elapsed, 1),
        "server_cpu_ms_per_request": round(cpu * 1000 / done, 3),
        "loadavg_before": " ".join(load),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--server", default="sync,gthread")
    parser.add_argument("--app", default="bare,django")
    parser.add_argument("--seconds", type=float, default=10)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--port", type=int, default=8151)
    args = parser.parse_args()
    for server in args.server.split(","):
        for app in args.app.split(","):
            print(json.dumps(measure(server, app, args)), flush=True)


if __name__ == "__main__":
    main()

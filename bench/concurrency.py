"""Many people checking in at once, over HTTP: throughput, latency, CPU per check-in, exactness.

    python -m bench.concurrency [--workers 4] [--writers 50] [--seconds 30] [--port 8150]
                                [--mode spread,piled] [--org SLUG] [--client wrk|threads]
                                [--rate N]

Against the database of DATABASE_URL (or SQLite in CAIRN_DATA_DIR), on an organisation that
exists (`cairn generate --people 10000`; the largest one unless --org): starts
`cairn serve --workers N` on the port, then for each mode runs `--writers` threads that POST
check-ins over the API for `--seconds` — `spread` over random metric key results of the active
cycle, `piled` on one. The writers are `wrk` connections (Debian's `wrk`, a C load generator
with a Lua script, so the client hardly uses the CPU it measures; `--client threads` uses
Python threads instead). `--rate N` (Python threads) makes the writers send at random moments
that together offer about N check-ins a second, closing their connection while they wait
(people with think time; without it each writer posts again as soon as it is answered, which
measures the ceiling). wrk cannot pause that way: it reconnects at once and waits on the open
connection, which holds one of gunicorn's sync workers idle. Reports throughput,
p50/p95/max latency, errors by status, and the CPU milliseconds one check-in costs: the
utime + stime of the gunicorn processes and the PostgreSQL backends serving them (from /proc,
before and after), divided by the check-ins written. That figure does not depend on what else
the machine is doing; the ceiling on a machine is about cores × 1000 / (CPU ms per check-in),
less what the load generator itself uses (reported too).

Afterwards it checks that every check-in answered 201 is stored (each run writes its own note),
that no deadlock was reported (pg_stat_database), and that a recompute of the cycle changes no
stored progress.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Outcome:
    latencies: list[float] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, status: int | str, seconds: float) -> None:
        with self.lock:
            if status == 201:
                self.latencies.append(seconds)
            else:
                self.errors[str(status)] = self.errors.get(str(status), 0) + 1


def cpu_by_process(pids: list[int]) -> dict[int, float]:
    """Return the utime + stime (s) of each process that still exists."""
    found = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        found[pid] = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime
    return found


def cpu_used(before: dict[int, float], pids: list[int]) -> float:
    """Return the CPU seconds the processes used since `before` (a new one counts from zero;
    one that ended meanwhile is left out, so a closed database connection undercounts)."""
    after = cpu_by_process(pids)
    return sum(seconds - before.get(pid, 0.0) for pid, seconds in after.items())


def children(pid: int) -> list[int]:
    """Return the ids of the direct children of a process (the gunicorn workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def database_backends() -> list[int]:
    """Return the PostgreSQL backends connected to this database, except the bench's own."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid() AND backend_type = 'client backend'"
        )
        return [row[0] for row in cursor.fetchall()]


def deadlocks() -> int:
    from django.db import connection

    if connection.vendor != "postgresql":
        return 0
    with connection.cursor() as cursor:
        cursor.execute("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")
        return int(cursor.fetchone()[0])


def writer(
    port: int,
    token: str,
    targets: list,
    marker: str,
    until: float,
    outcome: Outcome,
    per_second: float = 0,
):
    """POST check-ins on random targets until `until`, on one keep-alive connection.

    With `per_second`, this writer sends at random (Poisson) moments averaging that rate, and
    closes its connection while it waits: an idle open connection would hold one of gunicorn's
    sync workers (behind a buffering reverse proxy, as in production, it would not).
    """
    rng = random.Random()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    next_send = time.monotonic() + (rng.expovariate(per_second) if per_second else 0)
    while time.monotonic() < until:
        if per_second:
            wait = next_send - time.monotonic()
            if wait > 0:
                connection.close()
                time.sleep(min(wait, max(0.0, until - time.monotonic())))
                if time.monotonic() >= until:
                    break
            next_send += rng.expovariate(per_second)
        pk, start, target = rng.choice(targets)
        value = round(start + (target - start) * rng.random(), 2)
        body = json.dumps({"value": value, "confidence": rng.randrange(11), "note": marker})
        started = time.perf_counter()
        try:
            connection.request("POST", f"/api/v1/key-results/{pk}/check-ins", body, headers)
            response = connection.getresponse()
            response.read()
            outcome.add(response.status, time.perf_counter() - started)
        except (OSError, http.client.HTTPException) as error:
            outcome.add(type(error).__name__, 0.0)
            connection.close()
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.close()


WRK_SCRIPT = """
local targets = {%(targets)s}
local marker = "%(marker)s"
local token = "%(token)s"
counts = {}  -- a global: done() reads each thread's copy with thread:get
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000) + #threads)
  counts = {}
end

function request()
  local t = targets[math.random(#targets)]
  local value = t[2] + (t[3] - t[2]) * math.random()
  local body = string.format('{"value": %%.2f, "confidence": %%d, "note": "%%s"}',
    value, math.random(0, 10), marker)
  local path = "/api/v1/key-results/" .. t[1] .. "/check-ins"
  return wrk.format("POST", path, {
    ["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json",
  }, body)
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("counts")) do
      total[status] = (total[status] or 0) + n
    end
  end
  local parts = {}
  for status, n in pairs(total) do
    table.insert(parts, string.format('"%%d": %%d', status, n))
  end
  io.write(string.format(
    'WRK {"statuses": {%%s}, "p50_ms": %%.1f, "p95_ms": %%.1f, "p99_ms": %%.1f, "max_ms": %%.1f, ' ..
    '"socket_errors": %%d}\\n',
    table.concat(parts, ", "), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
"""


def run_wrk(args, token: str, targets: list, marker: str, seconds: float) -> dict:
    """Run wrk with `--writers` connections for `seconds`; return its figures and CPU seconds."""
    import resource
    import tempfile

    lua_targets = ",".join(f"{{{pk},{start or 0},{target}}}" for pk, start, target in targets)
    script = WRK_SCRIPT % {
        "targets": lua_targets,
        "marker": marker,
        "token": token,
    }
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as file:
        file.write(script)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    try:
        completed = subprocess.run(
            [
                "wrk",
                f"--connections={args.writers}",
                f"--threads={min(2, args.writers)}",
                f"--duration={max(1, round(seconds))}s",
                "--timeout=60s",
                f"--script={file.name}",
                f"http://127.0.0.1:{args.port}",
            ],
            capture_output=True,
            text=True,
            check=True,
        )
    finally:
        os.unlink(file.name)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    line = next(x for x in completed.stdout.splitlines() if x.startswith("WRK "))
    figures = json.loads(line[4:])
    figures["client_cpu"] = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return figures


def start_server(port: int, workers: int) -> subprocess.Popen:
    import socket

    with socket.socket() as probe:  # another server there would answer the health check
        if probe.connect_ex(("127.0.0.1", port)) == 0:
            raise SystemExit(f"port {port} is in use: pick another with --port")
    env = {**os.environ, "CAIRN_API_RATE_LIMIT": "0"}  # a benchmark is not an abuser
    process = subprocess.Popen(
        [sys.executable, "-m", "cairn", "serve", "--port", str(port), f"--workers={workers}"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE if os.environ.get("CAIRN_BENCH_SERVER_LOG") else subprocess.DEVNULL,
    )
    from bench.over_http import _wait_until_healthy

    _wait_until_healthy(f"http://127.0.0.1:{port}", process)
    return process


def run_mode(args, mode: str, token: str, targets: list, server_pids: list[int]) -> dict:
    from cairn.okrs.models import CheckIn

    marker = f"bench {mode} {uuid.uuid4().hex[:12]}"
    # Warm every worker and open its database connection before counting CPU.
    if args.client == "wrk":
        run_wrk(args, token, targets, marker + " warm", 3)
    else:
        writer(args.port, token, targets, marker + " warm", time.monotonic() + 3, Outcome())
    backends = database_backends()
    load_before = Path("/proc/loadavg").read_text().split()[:3]
    app_before, db_before = cpu_by_process(server_pids), cpu_by_process(backends)
    own_before, deadlocks_before = time.process_time(), deadlocks()
    started = time.monotonic()
    if args.client == "wrk":
        wrk = run_wrk(args, token, targets, marker, args.seconds)
        statuses = wrk.pop("statuses")
        written = statuses.pop("201", 0)
        errors = {**statuses, **({"socket": wrk["socket_errors"]} if wrk["socket_errors"] else {})}
        latency = {k: wrk[k] for k in ("p50_ms", "p95_ms", "p99_ms", "max_ms")}
        client_cpu = wrk["client_cpu"]
    else:
        outcome = Outcome()
        until = time.monotonic() + args.seconds
        threads = [
            threading.Thread(
                target=writer,
                args=(args.port, token, targets, marker, until, outcome, args.rate / args.writers),
            )
            for _ in range(args.writers)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        ok = sorted(outcome.latencies)
        written, errors = len(ok), outcome.errors
        latency = {
            "p50_ms": round(statistics.median(ok) * 1000, 1) if ok else None,
            "p95_ms": round(ok[max(0, int(len(ok) * 0.95) - 1)] * 1000, 1) if ok else None,
            "max_ms": round(ok[-1] * 1000, 1) if ok else None,
        }
        client_cpu = time.process_time() - own_before
    elapsed = time.monotonic() - started
    app_cpu = cpu_used(app_before, server_pids)
    db_cpu = cpu_used(db_before, sorted(set(backends) | set(database_backends())))
    stored = CheckIn.objects.filter(note=marker).count()

    def per_check_in(seconds: float) -> float | None:
        return round(seconds * 1000 / written, 2) if written else None

    return {
        "mode": mode,
        "client": args.client,
        "writers": args.writers,
        "workers": args.workers,
        "offered_per_second": args.rate or None,
        "seconds": round(elapsed, 1),
        "check_ins": written,
        "per_second": round(written / elapsed, 1),
        **latency,
        "errors": errors,
        "stored": stored,
        # wrk stops counting at the deadline, so check-ins in flight then are stored but not
        # counted (at most one a writer); a check-in counted but not stored is lost.
        "lost": max(0, written - stored),
        "stored_after_the_deadline": max(0, stored - written),
        "deadlocks": deadlocks() - deadlocks_before,
        "cpu_ms_per_check_in": per_check_in(app_cpu + db_cpu),
        "app_cpu_ms": per_check_in(app_cpu),
        "database_cpu_ms": per_check_in(db_cpu),
        "client_cpu_ms_per_check_in": per_check_in(client_cpu),
        "loadavg_before": " ".join(load_before),
        "loadavg_after": " ".join(Path("/proc/loadavg").read_text().split()[:3]),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--writers", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30)
    parser.add_argument("--port", type=int, default=8150)
    parser.add_argument("--mode", default="spread,piled")
    parser.add_argument("--org", default="")
    parser.add_argument("--client", choices=("wrk", "threads"), default="")
    parser.add_argument("--rate", type=float, default=0, help="check-ins a second offered")
    parser.add_argument("--no-recompute", action="store_true", help="skip the exactness check")
    args = parser.parse_args()
    if args.rate and args.client == "wrk":
        # wrk reconnects as soon as gunicorn closes a connection and then waits out the pause
        # on it, holding a sync worker idle: latencies measured the pauses, not Cairn.
        parser.error("--rate needs --client threads (wrk holds a worker during each pause)")
    args.client = args.client or ("threads" if args.rate else "wrk")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cairn.settings")
    import django

    django.setup()
    from django.db.models import Count

    from bench.over_http import api_headers
    from cairn.okrs.models import Cycle, KeyResult
    from cairn.okrs.services import cycle_recompute
    from cairn.organisations.models import Organisation, Person

    organisations = Organisation.objects.annotate(headcount=Count("people"))
    if args.org:
        organisation = organisations.get(slug=args.org)
    else:
        organisation = organisations.order_by("-headcount").first()
    admin = Person.objects.filter(organisation=organisation, role="admin", is_active=True)[0]
    token = api_headers(admin)["Authorization"].split(" ", 1)[1]
    cycle = Cycle.objects.filter(organisation=organisation, state="active").first()
    metric = KeyResult.objects.filter(
        organisation=organisation, objective__cycle=cycle, kind="metric"
    )
    spread = list(metric.order_by("?").values_list("id", "start", "target")[:5000])
    piled = [spread[0]]
    database = (
        "PostgreSQL" if os.environ.get("DATABASE_URL", "").startswith("postgres") else "SQLite"
    )
    print(
        f"{organisation.name}: {organisation.headcount:,} people, {metric.count():,} metric key "
        f"results in the active cycle; {database}; {os.cpu_count()} cores",
        flush=True,
    )
    process = start_server(args.port, args.workers)
    try:
        server_pids = [process.pid, *children(process.pid)]
        for mode in args.mode.split(","):
            figures = run_mode(
                args, mode, token, spread if mode == "spread" else piled, server_pids
            )
            print(json.dumps(figures), flush=True)
    finally:
        process.terminate()
        process.wait(timeout=30)
    if not args.no_recompute:
        started = time.perf_counter()
        changed = cycle_recompute(cycle=cycle)
        print(
            json.dumps(
                {
                    "recompute_changed_objectives": changed,
                    "recompute_seconds": round(time.perf_counter() - started, 1),
                }
            ),
            flush=True,
        )


if __name__ == "__main__":
    main()

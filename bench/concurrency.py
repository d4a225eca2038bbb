"""Many people checking in at once, over HTTP: throughput, latency, CPU per check-in, exactness.

    python -m bench.concurrency [--workers 4] [--writers 50] [--seconds 30] [--port 8150]
                                [--mode spread,piled] [--org SLUG]

Against the database of DATABASE_URL (or SQLite in CAIRN_DATA_DIR), on an organisation that
exists (`cairn generate --people 10000`; the largest one unless --org): starts
`cairn serve --workers N` on the port, then for each mode runs `--writers` threads that POST
check-ins over the API for `--seconds` — `spread` over random metric key results of the active
cycle, `piled` on one — each thread on its own keep-alive connection. Reports throughput,
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


def writer(port: int, token: str, targets: list, marker: str, until: float, outcome: Outcome):
    """POST check-ins on random targets until `until`, on one keep-alive connection."""
    rng = random.Random()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    while time.monotonic() < until:
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


def start_server(port: int, workers: int) -> subprocess.Popen:
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
    warm = Outcome()
    writer(args.port, token, targets, marker + " warm", time.monotonic() + 3, warm)
    backends = database_backends()
    load_before = Path("/proc/loadavg").read_text().split()[:3]
    app_before, db_before = cpu_by_process(server_pids), cpu_by_process(backends)
    own_before, deadlocks_before = time.process_time(), deadlocks()
    outcome = Outcome()
    until = time.monotonic() + args.seconds
    started = time.monotonic()
    threads = [
        threading.Thread(target=writer, args=(args.port, token, targets, marker, until, outcome))
        for _ in range(args.writers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    app_cpu = cpu_used(app_before, server_pids)
    db_cpu = cpu_used(db_before, sorted(set(backends) | set(database_backends())))
    client_cpu = time.process_time() - own_before
    ok = sorted(outcome.latencies)
    stored = CheckIn.objects.filter(note=marker).count()
    return {
        "mode": mode,
        "writers": args.writers,
        "workers": args.workers,
        "seconds": round(elapsed, 1),
        "check_ins": len(ok),
        "per_second": round(len(ok) / elapsed, 1),
        "p50_ms": round(statistics.median(ok) * 1000, 1) if ok else None,
        "p95_ms": round(ok[max(0, int(len(ok) * 0.95) - 1)] * 1000, 1) if ok else None,
        "max_ms": round(ok[-1] * 1000, 1) if ok else None,
        "errors": outcome.errors,
        "stored": stored,
        "lost": len(ok) - stored,
        "deadlocks": deadlocks() - deadlocks_before,
        "cpu_ms_per_check_in": round((app_cpu + db_cpu) * 1000 / len(ok), 2) if ok else None,
        "app_cpu_ms": round(app_cpu * 1000 / len(ok), 2) if ok else None,
        "database_cpu_ms": round(db_cpu * 1000 / len(ok), 2) if ok else None,
        "client_cpu_ms_per_check_in": round(client_cpu * 1000 / len(ok), 2) if ok else None,
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
    parser.add_argument("--no-recompute", action="store_true", help="skip the exactness check")
    args = parser.parse_args()
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

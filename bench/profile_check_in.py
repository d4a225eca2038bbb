"""Where one API check-in's CPU goes, in-process: the full Django stack (middleware, URL, Ninja,
service, roll-up) through a WSGI handler, without gunicorn and without a network.

    python -m bench.profile_check_in [--requests 300] [--profile] [--org SLUG] [--sort tottime]

Against the database of DATABASE_URL (or SQLite in CAIRN_DATA_DIR), on the largest organisation
(or --org): POSTs check-ins on random metric key results of its active cycle with an admin's
write token, prints this process's CPU milliseconds per request (time.process_time; the
database server's CPU is not in it), the statements per request and, with --profile, the
functions that cost most (cProfile).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import pstats
import random
import time


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=300)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--org", default="")
    parser.add_argument("--sort", default="tottime")
    parser.add_argument("--lines", type=int, default=45)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cairn.settings")
    os.environ["CAIRN_API_RATE_LIMIT"] = "0"
    import django

    django.setup()
    from django.db import connection
    from django.db.models import Count
    from django.test import Client

    from bench.over_http import api_headers
    from cairn.okrs.models import KeyResult
    from cairn.organisations.models import Organisation, Person

    organisations = Organisation.objects.annotate(headcount=Count("people"))
    organisation = (
        organisations.get(slug=args.org) if args.org else organisations.order_by("-headcount")[0]
    )
    admin = Person.objects.filter(organisation=organisation, role="admin", is_active=True)[0]
    headers = {**api_headers(admin), "Content-Type": "application/json"}
    targets = list(
        KeyResult.objects.filter(
            organisation=organisation, objective__cycle__state="active", kind="metric"
        )
        .order_by("?")
        .values_list("id", "start", "target")[:2000]
    )
    client = Client(headers=headers, SERVER_NAME="127.0.0.1")
    rng = random.Random(3)

    def post() -> None:
        pk, start, target = rng.choice(targets)
        body = {"value": round(start + (target - start) * rng.random(), 2), "confidence": 5}
        response = client.post(
            f"/api/v1/key-results/{pk}/check-ins", json.dumps(body), content_type="application/json"
        )
        assert response.status_code == 201, response.content

    for _ in range(20):  # warm caches, connection, the token's last use
        post()
    statements: list[str] = []

    def record(execute, sql, params, many, context):
        statements.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(record):
        post()
    profiler = cProfile.Profile(time.process_time) if args.profile else None  # CPU, not waits
    started, cpu = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    for _ in range(args.requests):
        post()
    if profiler:
        profiler.disable()
    cpu = (time.process_time() - cpu) * 1000 / args.requests
    wall = (time.perf_counter() - started) * 1000 / args.requests
    print(
        json.dumps(
            {
                "requests": args.requests,
                "statements": len(statements),
                "process_cpu_ms": round(cpu, 2),
                "wall_ms": round(wall, 2),
                "profiled": bool(profiler),
                "loadavg": os.getloadavg(),
            }
        )
    )
    if os.environ.get("CAIRN_PROFILE_SQL"):
        for sql in statements:
            print(" ".join(sql.split())[:300])
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT count(*) FROM pg_prepared_statements")
                print("prepared statements on this connection:", cursor.fetchone()[0])
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(args.sort).print_stats(args.lines)
        print(out.getvalue())


if __name__ == "__main__":
    main()

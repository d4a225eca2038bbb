"""The database settings, parsed from `DATABASE_URL` or defaulting to SQLite in the data dir."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

SQLITE_INIT = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
SUPPORTED_ENGINES = {
    "django.db.backends.sqlite3",
    "django.db.backends.postgresql",
}


# psycopg prepares a statement of a server-binding cursor the first time it runs on a connection,
# and PostgreSQL plans it once, generically (for any parameters). Planning it with each call's
# values instead (PostgreSQL's first five runs, and every run before psycopg prepares it) read
# stale statistics: the current week lies beyond what the last ANALYZE saw, so "this key
# result's check-ins this week" looked empty on the `checked_in_at` index and the plan scanned
# every check-in of the week, 40-50 ms a check-in at 10,000 people, until the generic plan took
# over (docs/operations.md). Only these statements are prepared: Django's own bind on the client.
PREPARE_THRESHOLD = 0
PREPARED_OPTIONS = "-c plan_cache_mode=force_generic_plan"


def database_config(url: str | None, data_dir: Path, *, prepared: bool = True) -> dict[str, Any]:
    """Return Django's `DATABASES["default"]` for a URL, or SQLite in `data_dir` when None.

    On PostgreSQL `prepared` lets the check-in's hot statements be prepared (cairn.lib.prepared;
    Django's own queries bind on the client and are never prepared)."""
    if not url:
        config: dict[str, Any] = {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(data_dir / "cairn.sqlite3"),
        }
    else:
        try:
            config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
        except (ValueError, KeyError) as exc:
            raise ImproperlyConfigured(f"DATABASE_URL is not a valid database URL: {exc}") from exc
        if config.get("ENGINE") not in SUPPORTED_ENGINES:
            raise ImproperlyConfigured(
                "DATABASE_URL must start with postgres://, postgresql:// or sqlite://"
            )
        if config["ENGINE"] == "django.db.backends.postgresql" and prepared:
            options = config.setdefault("OPTIONS", {})
            options["prepare_threshold"] = PREPARE_THRESHOLD
            options["options"] = f"{options.get('options', '')} {PREPARED_OPTIONS}".strip()
    if config["ENGINE"] == "django.db.backends.sqlite3":
        # Opening SQLite and running the pragmas costs ~5 ms a request; a gunicorn worker is one
        # thread, so it keeps its own connection (stop Cairn before `cairn restore`, as documented).
        config["CONN_MAX_AGE"] = 600
        config["CONN_HEALTH_CHECKS"] = True
        config["OPTIONS"] = {
            "timeout": 20,
            "transaction_mode": "IMMEDIATE",
            "init_command": SQLITE_INIT,
        }
        # Tests use a file too, so they exercise WAL, the busy timeout and real concurrency.
        config["TEST"] = {"NAME": str(data_dir / f"test-cairn-{os.getpid()}.sqlite3")}
    return config

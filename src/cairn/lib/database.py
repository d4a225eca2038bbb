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


# psycopg prepares a statement of a server-binding cursor once it ran this often on a connection.
PREPARE_THRESHOLD = 5


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
            config.setdefault("OPTIONS", {})["prepare_threshold"] = PREPARE_THRESHOLD
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

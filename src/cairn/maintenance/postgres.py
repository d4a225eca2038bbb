"""PostgreSQL backups with `pg_dump --format=custom` and `pg_restore`, found on PATH."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

from cairn.maintenance.metadata import BackupRefused, BackupUnreadable
from cairn.maintenance.sqlite import BOOKKEEPING

ENVIRONMENT = {
    "HOST": "PGHOST",
    "PORT": "PGPORT",
    "USER": "PGUSER",
    "PASSWORD": "PGPASSWORD",
    "NAME": "PGDATABASE",
}


def client_environment(database: Mapping[str, Any]) -> dict[str, str]:
    """Return the environment that points libpq at `database` (never the command line)."""
    env = dict(os.environ)
    for key, variable in ENVIRONMENT.items():
        if database.get(key):
            env[variable] = str(database[key])
    if sslmode := (database.get("OPTIONS") or {}).get("sslmode"):
        env["PGSSLMODE"] = str(sslmode)
    return env


def client_binary(name: str) -> str:
    """Return the path of a PostgreSQL client program, or refuse when it is not installed."""
    found = shutil.which(name)
    if not found:
        raise BackupRefused(
            f"{name} was not found on PATH: install the PostgreSQL client programs "
            "(Debian and Ubuntu: apt install postgresql-client) in the server's major version"
        )
    return found


def run_client(arguments: list[str], database: Mapping[str, Any]) -> None:
    """Run a client program against `database`; refuse with its message when it fails."""
    done = subprocess.run(  # noqa: S603 - the binary comes from PATH, the arguments are ours
        arguments, env=client_environment(database), capture_output=True, text=True, check=False
    )
    if done.returncode:
        name = Path(arguments[0]).name
        raise BackupRefused(f"{name} failed: {done.stderr.strip() or done.returncode}")


def connect(database: Mapping[str, Any]) -> psycopg.Connection[Any]:
    """Return a new psycopg connection to `database`; refuse when it cannot be reached."""
    try:
        return psycopg.connect("", **_connect_params(database))
    except psycopg.OperationalError as error:
        raise BackupRefused(f"cannot connect to database {database.get('NAME')}: {error}") from None


def _connect_params(database: Mapping[str, Any]) -> dict[str, str]:
    names = {"HOST": "host", "PORT": "port", "USER": "user", "PASSWORD": "password"}
    params = {names[key]: str(database[key]) for key in names if database.get(key)}
    params["dbname"] = str(database["NAME"])
    if sslmode := (database.get("OPTIONS") or {}).get("sslmode"):
        params["sslmode"] = str(sslmode)
    return params


def postgres_backup(*, database: Mapping[str, Any], target: Path) -> list[tuple[str, str]]:
    """Dump `database` into `target` in pg_dump's custom format; return its migrations."""
    pg_dump = client_binary("pg_dump")
    with connect(database) as connection:
        applied = connection.execute("SELECT app, name FROM django_migrations").fetchall()
    partial = target.with_name(f".{target.name}.partial")
    try:
        run_client([pg_dump, "--format=custom", f"--file={partial}"], database)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)
    return [(app, name) for app, name in applied]


def postgres_check(path: Path) -> None:
    """Refuse a file pg_restore cannot read as a custom-format dump."""
    if not path.is_file():
        raise BackupUnreadable(f"{path} is not a readable file")
    try:
        run_client([client_binary("pg_restore"), "--list", str(path)], {})
    except BackupRefused as refusal:
        raise BackupUnreadable(f"{path} is not a pg_dump custom-format file: {refusal}") from None


def postgres_has_data(database: Mapping[str, Any]) -> bool:
    """Return whether `database` holds rows beyond what `migrate` writes."""
    with connect(database) as connection:
        tables = connection.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()"
        ).fetchall()
        for (name,) in sorted(tables):
            if name in BOOKKEEPING:
                continue
            query = sql.SQL("SELECT 1 FROM {} LIMIT 1").format(sql.Identifier(name))
            if connection.execute(query).fetchone():
                return True
    return False


def postgres_restore(*, database: Mapping[str, Any], source: Path) -> None:
    """Restore the dump at `source` into `database` in one transaction (all or nothing)."""
    pg_restore = client_binary("pg_restore")
    # `--dbname=` (empty) makes pg_restore connect using PGDATABASE and friends.
    arguments = ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname="]
    run_client([pg_restore, *arguments, str(source)], database)

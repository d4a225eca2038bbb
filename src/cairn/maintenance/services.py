"""Back up and restore Cairn's database; see docs/operations.md for the procedure."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.db import OperationalError, connections

import cairn
from cairn.maintenance import postgres, sqlite
from cairn.maintenance.metadata import (
    BackupRefused,
    BackupUnreadable,
    latest_migrations,
    refuse_newer,
    sidecar_read,
    sidecar_write,
)

security_log = logging.getLogger("cairn.security")
ENGINES = {"django.db.backends.sqlite3": "sqlite", "django.db.backends.postgresql": "postgresql"}


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    engine: str
    cairn_version: str
    migrations: dict[str, str]


def engine_of(database: Mapping[str, Any]) -> str:
    """Return "sqlite" or "postgresql" for a `DATABASES` entry."""
    try:
        return ENGINES[database["ENGINE"]]
    except KeyError:
        raise BackupRefused(f"cannot back up a {database.get('ENGINE')} database") from None


def database_backup(*, database: Mapping[str, Any], path: Path, force: bool = False) -> BackupInfo:
    """Back up `database` into `path` (plus its metadata in `path.json`) and describe it."""
    engine = engine_of(database)
    if path.exists() and not force:
        raise BackupRefused(f"{path} already exists (--force overwrites it)")
    if not path.parent.is_dir():
        raise BackupUnreadable(f"{path.parent} is not a directory")
    try:
        if engine == "sqlite":
            applied = sqlite.sqlite_backup(source=Path(database["NAME"]), target=path)
        else:
            applied = postgres.postgres_backup(database=database, target=path)
        data = sidecar_write(path=path, engine=engine, migrations=latest_migrations(applied))
    except OSError as error:
        raise BackupUnreadable(f"cannot write {path}: {error.strerror or error}") from None
    return BackupInfo(path, engine, cairn.__version__, data["migrations"])


def backup_record(info: BackupInfo, *, alias: str = "default") -> bool:
    """Record the backup in the audit log (actor: the system); return whether it was recorded.

    Recorded after the backup, so a backup never holds the event of its own making. A backup
    is taken while Cairn runs: when another writer holds SQLite's write lock for more than a
    second, the event goes to the cairn.security log line instead of waiting (the backup
    itself never waits for writers).
    """
    from cairn import audit

    connection = connections[alias]
    details = {"engine": info.engine, "file": info.path.name, "cairn_version": info.cairn_version}
    try:
        with _short_lock_wait(connection):
            audit.record(
                action=audit.Action.BACKUP_CREATED,
                object_type="backup",
                object_label=str(info.path)[:300],
                details=details,
            )
    except OperationalError as error:
        security_log.warning(
            "backup %s written but not recorded in the audit log: %s", info.path, error
        )
        return False
    return True


@contextmanager
def _short_lock_wait(connection: Any) -> Iterator[None]:
    if connection.vendor != "sqlite":
        yield
        return
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA busy_timeout")
        before = cursor.fetchone()[0]
        cursor.execute("PRAGMA busy_timeout = 1000")
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"PRAGMA busy_timeout = {int(before)}")


def database_restore(*, database: Mapping[str, Any], path: Path, force: bool = False) -> BackupInfo:
    """Replace `database` with the backup at `path`, after checking it fits this Cairn."""
    engine = engine_of(database)
    info = _checked(engine, path)
    refuse_newer(info.migrations.items(), info.cairn_version)
    if engine == "sqlite":
        target = Path(database["NAME"])
        if not force and sqlite.sqlite_has_data(target):
            raise BackupRefused(f"{target} already holds data (--force replaces it)")
        sqlite.sqlite_restore(source=path, target=target)
    else:
        if not force and postgres.postgres_has_data(database):
            raise BackupRefused(
                f"database {database['NAME']} already holds data (--force replaces it)"
            )
        postgres.postgres_restore(database=database, source=path)
    return info


def _checked(engine: str, path: Path) -> BackupInfo:
    """Return what the backup at `path` holds, refusing one this engine cannot restore."""
    if engine == "sqlite":
        applied = sqlite.sqlite_checked(path)
        # The file's own django_migrations is the truth; the sidecar only adds the version.
        version = _sidecar_version(path)
        return BackupInfo(path, engine, version, latest_migrations(applied))
    postgres.postgres_check(path)
    data = sidecar_read(path)
    if data.get("engine") != engine:
        raise BackupRefused(f"{path} is a {data.get('engine')} backup, not a PostgreSQL one")
    return BackupInfo(path, engine, str(data.get("cairn_version")), data["migrations"])


def _sidecar_version(path: Path) -> str:
    """Return the Cairn version the sidecar names, or "unknown" without a usable sidecar."""
    try:
        return str(sidecar_read(path).get("cairn_version"))
    except (BackupRefused, BackupUnreadable):
        return "unknown"

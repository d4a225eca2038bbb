"""SQLite backups through the online backup API, consistent while Cairn keeps writing."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

from cairn.maintenance.metadata import BackupRefused, BackupUnreadable

# Tables `cairn migrate` fills by itself: rows there do not make a database "in use".
BOOKKEEPING = {"django_migrations", "django_content_type", "auth_permission"}


@contextlib.contextmanager
def opened(path: Path, *, readonly: bool = False) -> Iterator[sqlite3.Connection]:
    """Yield a connection to the SQLite file at `path`, closed afterwards."""
    try:
        if readonly:
            connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=20)
        else:
            connection = sqlite3.connect(path, timeout=20)
    except sqlite3.Error as error:
        raise BackupUnreadable(f"cannot open {path}: {error}") from None
    try:
        yield connection
    finally:
        connection.close()


def sqlite_backup(*, source: Path, target: Path) -> list[tuple[str, str]]:
    """Copy the live database `source` into `target`; return the migrations it holds."""
    partial = target.with_name(f".{target.name}.partial")
    try:
        with opened(source, readonly=True) as live, opened(partial) as copy:
            live.backup(copy)
            # A backup is one self-contained file, not a database with a write-ahead log.
            copy.execute("PRAGMA journal_mode=DELETE")
            applied = copy.execute("SELECT app, name FROM django_migrations").fetchall()
        os.replace(partial, target)
    except sqlite3.Error as error:
        raise BackupUnreadable(f"cannot back up {source}: {error}") from None
    finally:
        partial.unlink(missing_ok=True)
    return applied


def sqlite_checked(path: Path) -> list[tuple[str, str]]:
    """Return the migrations of the backup at `path` once it passes the integrity check."""
    if not path.is_file():
        raise BackupUnreadable(f"{path} is not a readable file")
    with opened(path, readonly=True) as backup:
        try:
            verdict = backup.execute("PRAGMA integrity_check").fetchone()[0]
        except sqlite3.DatabaseError as error:
            raise BackupUnreadable(f"{path} is not a SQLite database: {error}") from None
        if verdict != "ok":
            raise BackupRefused(f"{path} fails SQLite's integrity check: {verdict}")
        if not table_names(backup) & {"django_migrations"}:
            raise BackupRefused(f"{path} is not a Cairn backup: it has no django_migrations table")
        return backup.execute("SELECT app, name FROM django_migrations").fetchall()


def table_names(connection: sqlite3.Connection) -> set[str]:
    """Return the names of the tables in a SQLite database."""
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    )
    return {name for (name,) in rows}


def sqlite_has_data(path: Path) -> bool:
    """Return whether the database at `path` holds rows beyond what `migrate` writes."""
    if not path.exists():
        return False
    with opened(path, readonly=True) as target:
        try:
            for name in sorted(table_names(target) - BOOKKEEPING):
                quoted = name.replace('"', '""')
                if target.execute(f'SELECT 1 FROM "{quoted}" LIMIT 1').fetchone():  # noqa: S608
                    return True
        except sqlite3.DatabaseError as error:
            raise BackupUnreadable(f"cannot read {path}: {error}") from None
    return False


def sqlite_restore(*, source: Path, target: Path) -> None:
    """Replace the database at `target` with the backup at `source`, page by page."""
    try:
        with opened(source, readonly=True) as backup, opened(target) as database:
            backup.backup(database)
            verdict = database.execute("PRAGMA integrity_check").fetchone()[0]
    except sqlite3.Error as error:
        raise BackupUnreadable(f"cannot restore into {target}: {error}") from None
    if verdict != "ok":
        raise BackupRefused(f"{target} fails SQLite's integrity check after the restore")

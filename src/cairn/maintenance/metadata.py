"""A backup's metadata: Cairn's version and the latest migration of each app, in `PATH.json`."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from django.db.migrations.loader import MigrationLoader

import cairn

FORMAT = "cairn-backup"


class BackupRefused(Exception):
    """The backup or restore was refused; nothing was changed (exit status 1)."""

    returncode = 1


class BackupUnreadable(Exception):
    """A path could not be read or written (exit status 2)."""

    returncode = 2


def sidecar_path(path: Path) -> Path:
    """Return where the metadata of the backup at `path` is kept."""
    return path.with_name(path.name + ".json")


def latest_migrations(applied: Iterable[tuple[str, str]]) -> dict[str, str]:
    """Return the latest applied migration name of each app."""
    latest: dict[str, str] = {}
    for app, name in applied:
        latest[app] = max(latest.get(app, name), name)
    return dict(sorted(latest.items()))


def sidecar_write(*, path: Path, engine: str, migrations: dict[str, str]) -> dict[str, Any]:
    """Write the metadata next to the backup at `path` and return it."""
    data = {
        "format": FORMAT,
        "cairn_version": cairn.__version__,
        "engine": engine,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "migrations": migrations,
    }
    sidecar_path(path).write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    return data


def sidecar_read(path: Path) -> dict[str, Any]:
    """Return the metadata of the backup at `path`; refuse a missing or foreign one."""
    sidecar = sidecar_path(path)
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BackupRefused(f"{sidecar} is missing: it says which Cairn made the backup") from None
    except (OSError, ValueError) as error:
        raise BackupUnreadable(f"cannot read {sidecar}: {error}") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise BackupRefused(f"{sidecar} is not the metadata of a Cairn backup")
    if not isinstance(data.get("migrations"), dict):
        raise BackupRefused(f"{sidecar} lists no migrations")
    return data


def refuse_newer(migrations: Iterable[tuple[str, str]], version: str) -> None:
    """Refuse a backup with migrations this code does not have: a newer Cairn made it."""
    known = MigrationLoader(None, ignore_no_migrations=True).disk_migrations
    unknown = sorted(f"{app}.{name}" for app, name in migrations if (app, name) not in known)
    if unknown:
        raise BackupRefused(
            f"the backup was made by a newer Cairn ({version}; this is {cairn.__version__}): "
            f"its migrations {', '.join(unknown[:5])} are unknown here. Upgrade Cairn first."
        )

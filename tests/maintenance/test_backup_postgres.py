"""`cairn backup` and `cairn restore` on PostgreSQL: pg_dump, then pg_restore into a fresh database."""

from __future__ import annotations

import json
from collections.abc import Iterator
from io import StringIO
from pathlib import Path
from typing import Any

import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from psycopg import sql

from cairn.maintenance import postgres
from cairn.maintenance.metadata import BackupRefused
from cairn.maintenance.services import database_backup, database_restore
from cairn.okrs.models import Objective
from tests.maintenance.test_backup import demo_with_activity

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(connection.vendor != "postgresql", reason="DATABASE_URL is not PostgreSQL"),
]


@pytest.fixture
def fresh_database() -> Iterator[dict[str, Any]]:
    """Yield the settings of a new, empty database next to the test database; drop it after."""
    live = connection.settings_dict
    fresh = {**live, "NAME": f"{live['NAME']}_restored"}
    name = sql.Identifier(fresh["NAME"])
    with postgres.connect({**live, "NAME": "postgres"}) as admin:
        admin.autocommit = True
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {}").format(name))
        admin.execute(sql.SQL("CREATE DATABASE {}").format(name))
    yield fresh
    with postgres.connect({**live, "NAME": "postgres"}) as admin:
        admin.autocommit = True
        admin.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))


def every_table(database: dict[str, Any]) -> dict[str, list[str]]:
    """Return every table Django knows of, its rows sorted, read from `database`."""
    tables = connection.introspection.table_names()
    with postgres.connect(database) as reader:
        return {
            table: sorted(
                map(repr, reader.execute(sql.SQL("SELECT * FROM {}").format(sql.Identifier(table))))
            )
            for table in tables
        }


def test_it_dumps_and_restores_every_table_into_a_fresh_database(
    tmp_path: Path, fresh_database: dict[str, Any]
) -> None:
    demo_with_activity()
    target = tmp_path / "cairn.dump"
    call_command("backup", str(target), stdout=StringIO())
    assert target.read_bytes().startswith(b"PGDMP")
    database_restore(database=fresh_database, path=target)
    restored = every_table(fresh_database)
    live = every_table(connection.settings_dict)
    # The backup is recorded in the audit log after it was written: the one row it lacks.
    recorded = [row for row in live["audit_auditevent"] if "'backup_created'" in row]
    assert len(recorded) == 1
    live["audit_auditevent"].remove(recorded[0])
    assert restored == live
    assert restored["okrs_checkin"] and restored["okrs_keyresult"]


def test_it_refuses_to_restore_over_a_database_that_holds_data(world, tmp_path: Path) -> None:
    target = tmp_path / "cairn.dump"
    call_command("backup", str(target), stdout=StringIO())
    with pytest.raises(CommandError, match="already holds data") as refused:
        call_command("restore", str(target), stdout=StringIO())
    assert refused.value.returncode == 1


def test_it_refuses_a_dump_without_its_metadata(tmp_path: Path, fresh_database) -> None:
    target = tmp_path / "cairn.dump"
    call_command("backup", str(target), stdout=StringIO())
    (tmp_path / "cairn.dump.json").unlink()
    with pytest.raises(BackupRefused, match="cairn.dump.json is missing"):
        database_restore(database=fresh_database, path=target)


def test_it_reports_a_file_that_is_not_a_dump_as_unreadable(tmp_path: Path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a dump")
    with pytest.raises(CommandError, match="not a pg_dump custom-format file") as unreadable:
        call_command("restore", str(text), "--force", stdout=StringIO())
    assert unreadable.value.returncode == 2


def test_it_says_so_when_pg_dump_is_not_installed(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(CommandError, match="pg_dump was not found on PATH") as refused:
        call_command("backup", str(tmp_path / "cairn.dump"), stdout=StringIO())
    assert refused.value.returncode == 1
    assert not (tmp_path / "cairn.dump").exists()


def test_it_restores_over_the_live_database_with_force(world, tmp_path: Path) -> None:
    target = tmp_path / "cairn.dump"
    call_command("backup", str(target), stdout=StringIO())
    before = Objective.objects.count()
    Objective.objects.all().delete()
    call_command("restore", str(target), "--force", stdout=StringIO())
    assert Objective.objects.count() == before > 0


def test_it_refuses_a_dump_made_by_a_newer_cairn(tmp_path: Path, fresh_database) -> None:
    target = tmp_path / "cairn.dump"
    call_command("backup", str(target), stdout=StringIO())
    sidecar = tmp_path / "cairn.dump.json"
    metadata = json.loads(sidecar.read_text())
    metadata["migrations"]["okrs"] = "9999_from_the_future"
    sidecar.write_text(json.dumps(metadata))
    with pytest.raises(BackupRefused, match=r"newer Cairn.*okrs\.9999_from_the_future"):
        database_restore(database=fresh_database, path=target)
    with postgres.connect(fresh_database) as untouched:
        tables = untouched.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
        assert tables.fetchone() == (0,)


def test_it_refuses_clearly_when_the_database_cannot_be_reached(tmp_path: Path) -> None:
    gone = {**connection.settings_dict, "NAME": "cairn_no_such_database"}
    with pytest.raises(BackupRefused, match="cannot connect to database cairn_no_such_database"):
        database_backup(database=gone, path=tmp_path / "cairn.dump")
    assert not (tmp_path / "cairn.dump").exists()

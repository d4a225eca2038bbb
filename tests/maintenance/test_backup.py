"""`cairn backup` and `cairn restore`: demo data plus activity survives a round trip, table by table."""

from __future__ import annotations

import sqlite3
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from cairn.maintenance.services import database_restore
from cairn.okrs.models import CheckIn, KeyResult, KeyResultKind, Objective
from cairn.okrs.services.check_ins import check_in_record

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        connection.vendor != "sqlite", reason="the SQLite backup (PostgreSQL: test_backup_postgres)"
    ),
]


def demo_with_activity() -> None:
    """Load the demo and record a few check-ins on it, committed."""
    call_command("demo", stdout=StringIO())
    metrics = KeyResult.objects.filter(kind=KeyResultKind.METRIC, owner__isnull=False)
    open_ones = [kr for kr in metrics.order_by("id") if kr.objective.cycle.accepts_check_ins]
    for key_result in open_ones[:3]:
        assert key_result.owner is not None
        check_in_record(key_result=key_result, author=key_result.owner, value=key_result.start)


def every_table(path: Path) -> dict[str, list[str]]:
    """Return every table Django knows of, its rows sorted, read from the file at `path`."""
    tables = connection.introspection.table_names()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as database:
        return {
            table: sorted(map(repr, database.execute(f'SELECT * FROM "{table}"')))  # noqa: S608
            for table in tables
        }


def backup(path: Path, *args: str) -> None:
    call_command("backup", str(path), *args, stdout=StringIO())


def restore(path: Path, *args: str) -> None:
    call_command("restore", str(path), *args, stdout=StringIO())


def live_database() -> Path:
    return Path(connection.settings_dict["NAME"])


def test_it_backs_up_online_and_restores_every_table_into_an_empty_database(tmp_path) -> None:
    demo_with_activity()
    assert CheckIn.objects.count() >= 3
    target = tmp_path / "cairn.backup"
    key_result = KeyResult.objects.order_by("id").first()
    assert key_result is not None
    writer = sqlite3.connect(live_database(), timeout=1)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE okrs_keyresult SET title = 'uncommitted' WHERE id = ?", [key_result.pk])
    try:
        backup(target)  # while the writer holds its write transaction open
    finally:
        writer.rollback()
        writer.close()
    empty = tmp_path / "restored.sqlite3"
    database_restore(database={**connection.settings_dict, "NAME": str(empty)}, path=target)
    restored = every_table(empty)
    assert restored == every_table(live_database())
    assert restored["okrs_checkin"] and restored["okrs_keyresult"]
    assert "uncommitted" not in str(restored["okrs_keyresult"])


def test_it_records_the_version_and_latest_migrations_beside_the_backup(tmp_path) -> None:
    target = tmp_path / "cairn.backup"
    backup(target)
    sidecar = (tmp_path / "cairn.backup.json").read_text()
    assert '"cairn_version": "0.1.0"' in sidecar
    assert '"okrs": "0' in sidecar


def test_it_restores_over_the_live_database_with_force(world, tmp_path) -> None:
    target = tmp_path / "cairn.backup"
    backup(target)
    before = Objective.objects.count()
    Objective.objects.all().delete()
    restore(target, "--force")
    assert Objective.objects.count() == before > 0


def test_it_refuses_to_restore_over_a_database_that_holds_data(world, tmp_path) -> None:
    target = tmp_path / "cairn.backup"
    backup(target)
    Objective.objects.all().delete()
    with pytest.raises(CommandError, match="already holds data") as refused:
        restore(target)
    assert refused.value.returncode == 1
    assert Objective.objects.count() == 0


def test_it_refuses_a_database_file_that_is_not_a_cairn_backup(tmp_path) -> None:
    stranger = tmp_path / "other.sqlite3"
    with sqlite3.connect(stranger) as other:
        other.execute("CREATE TABLE notes (body TEXT)")
    with pytest.raises(CommandError, match="not a Cairn backup") as refused:
        restore(stranger)
    assert refused.value.returncode == 1


def test_it_refuses_a_backup_made_by_a_newer_cairn(tmp_path) -> None:
    target = tmp_path / "cairn.backup"
    backup(target)
    with sqlite3.connect(target) as newer:
        newer.execute(
            "INSERT INTO django_migrations (app, name, applied) "
            "VALUES ('okrs', '9999_from_the_future', '2030-01-01')"
        )
    with pytest.raises(CommandError, match=r"newer Cairn.*okrs\.9999_from_the_future") as refused:
        restore(target, "--force")
    assert refused.value.returncode == 1


def test_it_reports_a_file_that_is_not_a_database_as_unreadable(tmp_path) -> None:
    text = tmp_path / "notes.txt"
    text.write_text("not a database, " * 100)
    with pytest.raises(CommandError, match="not a SQLite database") as unreadable:
        restore(text, "--force")
    assert unreadable.value.returncode == 2


def test_it_reports_a_missing_backup_as_unreadable(tmp_path) -> None:
    with pytest.raises(CommandError, match="not a readable file") as unreadable:
        restore(tmp_path / "missing.backup")
    assert unreadable.value.returncode == 2


def test_it_refuses_to_overwrite_an_existing_backup_without_force(tmp_path) -> None:
    target = tmp_path / "cairn.backup"
    target.write_text("precious")
    with pytest.raises(CommandError, match="already exists") as refused:
        backup(target)
    assert refused.value.returncode == 1
    assert target.read_text() == "precious"
    backup(target, "--force")
    assert target.read_bytes().startswith(b"SQLite format 3")


def test_it_reports_a_backup_into_a_missing_directory_as_unreadable(tmp_path) -> None:
    with pytest.raises(CommandError, match="is not a directory") as unreadable:
        backup(tmp_path / "missing" / "cairn.backup")
    assert unreadable.value.returncode == 2


def test_it_reports_a_backup_onto_a_directory_as_unreadable(tmp_path) -> None:
    (tmp_path / "cairn.backup").mkdir()
    with pytest.raises(CommandError, match="cannot write") as unreadable:
        backup(tmp_path / "cairn.backup", "--force")
    assert unreadable.value.returncode == 2

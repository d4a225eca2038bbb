"""`cairn backup PATH`: a consistent copy of the database while Cairn runs (see docs/operations.md)."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connections

from cairn.maintenance.metadata import BackupRefused, BackupUnreadable
from cairn.maintenance.services import backup_record, database_backup


class Command(BaseCommand):
    help = (
        "Back up the database into PATH while Cairn keeps running: SQLite through its online "
        "backup API, PostgreSQL with pg_dump's custom format. PATH.json records Cairn's version "
        "and migrations. Exit status 1 when refused, 2 when PATH cannot be written."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="the backup file to write")
        parser.add_argument("--force", action="store_true", help="overwrite an existing PATH")
        parser.add_argument(
            "--database", default="default", help="the database alias (default: default)"
        )

    def handle(self, *args: object, **options: object) -> None:
        database = connections[str(options["database"])].settings_dict
        try:
            info = database_backup(
                database=database, path=Path(str(options["path"])), force=bool(options["force"])
            )
        except (BackupRefused, BackupUnreadable) as error:
            raise CommandError(str(error), returncode=error.returncode) from None
        backup_record(info, alias=str(options["database"]))
        self.stdout.write(
            f"Backed up the {info.engine} database into {info.path} "
            f"(Cairn {info.cairn_version}, {len(info.migrations)} apps' migrations recorded)"
        )

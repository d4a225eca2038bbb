"""`cairn restore PATH`: replace the database with a backup made by `cairn backup`."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connections

from cairn.maintenance.metadata import BackupRefused, BackupUnreadable
from cairn.maintenance.services import database_restore


class Command(BaseCommand):
    help = (
        "Restore a backup made by `cairn backup` into the database: stop Cairn first. Refuses "
        "(exit status 1) a database that already holds data unless --force, a file that is not "
        "a Cairn backup, and a backup made by a newer Cairn; exit status 2 when PATH is unreadable."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="the backup file to restore")
        parser.add_argument(
            "--force", action="store_true", help="replace a database that already holds data"
        )
        parser.add_argument(
            "--database", default="default", help="the database alias (default: default)"
        )

    def handle(self, *args: object, **options: object) -> None:
        alias = str(options["database"])
        database = connections[alias].settings_dict
        # Our own connection must not hold the file or the tables being replaced.
        connections[alias].close()
        try:
            info = database_restore(
                database=database, path=Path(str(options["path"])), force=bool(options["force"])
            )
        except (BackupRefused, BackupUnreadable) as error:
            raise CommandError(str(error), returncode=error.returncode) from None
        self.stdout.write(
            f"Restored {info.path} (made by Cairn {info.cairn_version}). "
            "Run `cairn migrate` if this Cairn is newer than the backup."
        )

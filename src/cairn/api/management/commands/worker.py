"""`cairn worker`: run queued background tasks and, about every minute, the periodic jobs."""

from __future__ import annotations

from argparse import ArgumentParser
from typing import Any

from django_tasks_db.management.commands.db_worker import Command as DbWorker

from cairn.notifications.schedule import Scheduler


class Command(DbWorker):
    help = (
        "Run Cairn's background tasks from the database queue (same options as db_worker) and "
        "the periodic jobs: check-in reminders, alerts, due deliveries and the sweep chores."
    )

    def add_arguments(self, parser: ArgumentParser) -> None:
        super().add_arguments(parser)
        parser.add_argument(
            "--no-schedule",
            action="store_true",
            help="Only run queued tasks; leave the periodic jobs to other workers or cron.",
        )

    def handle(self, *args: Any, **options: Any) -> None:
        scheduler = None if options.pop("no_schedule") else Scheduler()
        if scheduler is not None:
            scheduler.start()
        try:
            super().handle(*args, **options)
        finally:
            if scheduler is not None:
                scheduler.stop()

"""`cairn worker`: run queued background tasks (webhooks, reminders…) with django-tasks-db."""

from __future__ import annotations

from django_tasks_db.management.commands.db_worker import Command as DbWorker


class Command(DbWorker):
    help = "Run Cairn's background tasks from the database queue (same options as db_worker)."

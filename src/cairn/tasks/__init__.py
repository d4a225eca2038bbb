"""Background tasks for every feature: enqueue after commit, deferred when the backend can.

Define a task with `from django_tasks import task` and enqueue it with `cairn.tasks.enqueue`;
`cairn worker` runs the queued tasks (django-tasks-db by default, immediate in tests).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from django.db import transaction
from django_tasks.base import Task


def can_defer(task: Task) -> bool:
    """Return True when the task's backend can run it at a later time."""
    return bool(task.get_backend().supports_defer)


def enqueue_now(task: Task, *args: Any, run_after: datetime | None = None, **kwargs: Any) -> bool:
    """Queue the task now; return False when a deferred run is not supported (sweeps retry)."""
    if run_after is not None:
        if not can_defer(task):
            return False
        task = task.using(run_after=run_after)
    task.enqueue(*args, **kwargs)
    return True


def queues_in_database(task: Task) -> bool:
    """Return True when the task's queue is a table of Cairn's database (django-tasks-db)."""
    from django_tasks_db.backend import DatabaseBackend

    return isinstance(task.get_backend(), DatabaseBackend)


def enqueue(task: Task, *args: Any, run_after: datetime | None = None, **kwargs: Any) -> None:
    """Queue the task so that it runs only if the current transaction commits.

    A queue in the database takes the task's row inside the transaction: it commits (or rolls
    back) with the work that queued it, in the same commit, and no crash between the two can
    lose it. Other backends get the task once the transaction commits (at once outside one).
    """
    if transaction.get_connection().in_atomic_block and queues_in_database(task):
        enqueue_now(task, *args, run_after=run_after, **kwargs)
        return
    transaction.on_commit(lambda: enqueue_now(task, *args, run_after=run_after, **kwargs))

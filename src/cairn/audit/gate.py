"""The gate the audit triggers look at: open only inside the retention purge or an erasure.

PostgreSQL: a transaction-local setting `cairn.audit_gate`. SQLite has no such settings, so every
connection Cairn opens gets a function `cairn_audit_gate()` answering from the connection; a
client without it (the sqlite3 shell) fails the trigger's condition and is refused too.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, Literal

from django.db import connection
from django.db.backends.signals import connection_created
from django.dispatch import receiver

Gate = Literal["purge", "erase"]


@receiver(connection_created, dispatch_uid="cairn_audit_gate_function")
def _add_gate_function(sender: object, connection: object, **kwargs: object) -> None:
    if getattr(connection, "vendor", "") != "sqlite":
        return
    wrapper = connection
    raw = wrapper.connection  # type: ignore[attr-defined]
    raw.create_function("cairn_audit_gate", 0, lambda: getattr(wrapper, "cairn_audit_gate", ""))


@contextmanager
def audit_gate(kind: Gate) -> Iterator[None]:
    """Open the gate for the default connection's current transaction (call inside atomic())."""
    with audit_gate_for(connection, kind):
        yield


@contextmanager
def audit_gate_for(connection: Any, kind: Gate) -> Iterator[None]:
    """Open the gate for this connection's current transaction (call inside atomic())."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('cairn.audit_gate', %s, true)", [kind])
        yield  # on an error the transaction rolls back, and the local setting with it
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('cairn.audit_gate', '', true)")
        return
    connection.ensure_connection()
    connection.cairn_audit_gate = kind
    try:
        yield
    finally:
        connection.cairn_audit_gate = ""

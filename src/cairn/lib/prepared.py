"""A cursor for the check-in's hot statements that PostgreSQL plans once per connection."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

from django.db import connection


@contextmanager
def prepared_cursor() -> Iterator[Any]:
    """Yield a cursor whose statements PostgreSQL plans once per connection, not every time.

    For the few hand-written statements that run on every check-in (cairn.lib.joined): with
    Django's default client-side binding each one is parsed and planned afresh, which costs
    PostgreSQL several times what running it does. This cursor binds on the server, so psycopg
    prepares a statement the first time it runs on a connection (`prepare_threshold` 0; kept
    by CONN_MAX_AGE). It is Django's cursor otherwise (wrappers, query logging, time zones).
    `CAIRN_DATABASE_PREPARED=false` turns it off (the database options then have no
    `prepare_threshold`: for a pooler that cannot keep prepared statements, such as PgBouncer
    before 1.21 in transaction mode); SQLite gets a plain cursor.
    """
    options = connection.settings_dict.get("OPTIONS", {})
    if connection.vendor != "postgresql" or options.get("prepare_threshold") is None:
        with connection.cursor() as cursor:
            yield cursor
        return
    connection.close_if_health_check_failed()
    connection.ensure_connection()
    raw = connection.connection
    factory = raw.cursor_factory
    raw.cursor_factory = _logged_cursor() if connection.queries_logged else _server_binding()
    try:
        cursor = connection.cursor()
    finally:
        raw.cursor_factory = factory
    with cursor:
        yield cursor


@cache
def _server_binding() -> type:
    from django.db.backends.postgresql.base import ServerBindingCursor

    return ServerBindingCursor


@cache
def _logged_cursor() -> type:
    """Return the server-binding cursor for when Django logs queries (tests, DEBUG).

    Django logs a statement from psycopg's record of the last query, which psycopg does not keep
    for a prepared one: the log said None. This cursor records it after the statement ran."""

    class LoggedServerBindingCursor(_server_binding()):  # type: ignore[misc]
        def execute(self, query, params=None, **kwargs):  # noqa: ANN001, ANN201
            result = super().execute(query, params, **kwargs)
            if self._query is None:
                self._query = self._convert_query(query, params)
            return result

    return LoggedServerBindingCursor

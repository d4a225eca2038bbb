"""Batched inserts for imports and `cairn generate`: plain tuples, not model instances.

Building a Django model instance per row costs more than inserting it: an import of 10,000
objectives writes about 100,000 rows, `cairn generate --people 10000` 5.8 million. `Rows` inserts plain tuples:
multi-row VALUES … RETURNING on SQLite, COPY on PostgreSQL (with ids drawn from the table's
sequence first); every column a caller does not give gets the model field's default, as the
ORM would write it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from enum import Enum

from django.db import connection, models

# PostgreSQL takes up to 65,535 parameters a statement.
_MAX_PARAMS = 65_535
_MAX_ROWS = 1_000


class Rows:
    """Inserts rows of given columns (attnames) into a model's table; the rest get defaults."""

    def __init__(self, model: type[models.Model], columns: Sequence[str], now: datetime) -> None:
        meta = model._meta
        given = {f.attname: f for f in meta.concrete_fields}
        rest = [f for f in meta.concrete_fields if f.attname not in columns and not f.primary_key]
        fields = [given[name] for name in columns] + rest
        quote = connection.ops.quote_name
        self.table, self.pk = meta.db_table, meta.pk.column
        self.names = ", ".join(quote(f.column) for f in fields)
        self.into = f"INSERT INTO {quote(self.table)} ({self.names})"
        self.defaults = tuple(_default(field, now) for field in rest)
        self.marks = "(" + ", ".join(["%s"] * len(fields)) + ")"
        self.per_statement = max(1, min(_MAX_ROWS, _max_params() // len(fields)))

    def insert(self, rows: Sequence[tuple]) -> None:
        """Insert the rows (tuples in the order of the given columns)."""
        if connection.vendor == "postgresql":
            self._copy(self.names, [row + self.defaults for row in rows])
            return
        with connection.cursor() as cursor:
            for sql, params in self._statements(rows, returning=False):
                cursor.execute(sql, params)

    def insert_returning_ids(self, rows: Sequence[tuple]) -> list[int]:
        """Insert the rows and return their new primary keys, in order."""
        if connection.vendor == "postgresql":
            ids = self._next_ids(len(rows))
            pk = connection.ops.quote_name(self.pk)
            self._copy(
                f"{pk}, {self.names}",
                [(pk_value, *row, *self.defaults) for pk_value, row in zip(ids, rows, strict=True)],
            )
            return ids
        ids: list[int] = []
        with connection.cursor() as cursor:
            if not connection.features.can_return_rows_from_bulk_insert:  # SQLite before 3.35
                for row in rows:
                    cursor.execute(f"{self.into} VALUES {self.marks}", row + self.defaults)
                    ids.append(cursor.lastrowid)
                return ids
            for sql, params in self._statements(rows, returning=True):
                cursor.execute(sql, params)
                ids += [row[0] for row in cursor.fetchall()]
        return ids

    def _statements(self, rows: Sequence[tuple], returning: bool) -> Iterator[tuple[str, list]]:
        """Yield (sql, params) inserting the rows a batch at a time (multi-row VALUES)."""
        step, defaults = self.per_statement, self.defaults
        for start in range(0, len(rows), step):
            batch = rows[start : start + step]
            sql = f"{self.into} VALUES {', '.join([self.marks] * len(batch))}"
            params = [value for row in batch for value in row + defaults]
            yield (
                (f"{sql} RETURNING {connection.ops.quote_name(self.pk)}" if returning else sql),
                params,
            )

    def _next_ids(self, count: int) -> list[int]:
        """Return `count` new primary keys drawn from the table's sequence (PostgreSQL)."""
        if not count:
            return []
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                [connection.ops.quote_name(self.table), self.pk, count],
            )
            return [row[0] for row in cursor.fetchall()]

    def _copy(self, names: str, rows: list[tuple]) -> None:
        """Stream the rows into the table with COPY (PostgreSQL), in this transaction."""
        if not rows:
            return
        connection.ensure_connection()
        table = connection.ops.quote_name(self.table)
        with (
            connection.connection.cursor() as cursor,
            cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)


def _max_params() -> int:
    """Return how many parameters one statement may take on this database."""
    if connection.vendor == "sqlite":  # Django assumes 999; the library says what it takes
        connection.ensure_connection()
        try:
            return connection.connection.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
        except AttributeError:  # Python before 3.11
            pass
    return connection.features.max_query_params or _MAX_PARAMS


def _default(field: models.Field, now: datetime) -> object:
    """Return the value the ORM would store for a field left unset on a new row."""
    auto = getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    value = field.get_db_prep_save(now if auto else field.get_default(), connection)
    return value.value if isinstance(value, Enum) else value  # choices as their plain value


def update_rows(model: type[models.Model], columns: Sequence[str], rows: Iterable[tuple]) -> None:
    """Set the columns (attnames) of rows given as (value, …, primary key) tuples."""
    meta = model._meta
    quote = connection.ops.quote_name
    given = {f.attname: f.column for f in meta.concrete_fields}
    sets = ", ".join(f"{quote(given[name])} = %s" for name in columns)
    sql = f"UPDATE {quote(meta.db_table)} SET {sets} WHERE {quote(meta.pk.column)} = %s"
    with connection.cursor() as cursor:
        cursor.executemany(sql, list(rows))


def db_datetime(moment: datetime) -> object:
    """Return a datetime as the database driver takes it (naive UTC text on SQLite)."""
    return connection.ops.adapt_datetimefield_value(moment)


def analyze(*models_: type[models.Model]) -> None:
    """Refresh the query planner's statistics of these tables after a bulk write.

    Without them PostgreSQL plans as if the tables were empty (the home page then scanned
    5.3 M check-ins); SQLite's planner uses them too. Run inside the writing transaction.
    """
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for model in models_:
            cursor.execute(f"ANALYZE {quote(model._meta.db_table)}")


@contextmanager
def foreign_keys_checked_at_the_end(*models_: type[models.Model]) -> Iterator[None]:
    """Check these tables' foreign keys once, after a bulk write, instead of row by row.

    PostgreSQL checks each foreign key of each inserted row with a trigger (at COMMIT, since
    Django makes them deferrable): for millions of rows that is most of the time. Here the
    constraints are dropped and added back (in the same transaction, so nobody sees the table
    without them), and adding one back checks every row in one pass. The tables stay locked
    (ACCESS EXCLUSIVE: reads wait too) until the transaction ends: for benchmark databases. Elsewhere than PostgreSQL this does nothing.
    """
    if connection.vendor != "postgresql":
        yield
        return
    quote = connection.ops.quote_name
    dropped: list[tuple[str, str, str]] = []
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # run the checks pending so far
        for model in models_:
            table = model._meta.db_table
            cursor.execute(
                "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE conrelid = %s::regclass AND contype = 'f' ORDER BY conname",
                [quote(table)],
            )
            for name, definition in cursor.fetchall():
                cursor.execute(f"ALTER TABLE {quote(table)} DROP CONSTRAINT {quote(name)}")
                dropped.append((table, name, definition))
    yield
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
        for table, name, definition in dropped:
            cursor.execute(f"ALTER TABLE {quote(table)} ADD CONSTRAINT {quote(name)} {definition}")
        cursor.execute("SET CONSTRAINTS ALL DEFERRED")

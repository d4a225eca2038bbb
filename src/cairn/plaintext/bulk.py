"""Batched writes for plan_import: multi-row inserts and one roll-up for many objectives.

Building a Django model instance per row costs more than inserting it (as `cairn generate`
found): an import of 10,000 objectives writes about 100,000 rows. `Rows` inserts plain tuples:
multi-row VALUES … RETURNING on SQLite, COPY on PostgreSQL (with ids drawn from the table's
sequence first); every column a caller does not give gets the model field's default, as the
ORM would write it.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime
from enum import Enum

from django.db import connection, models

from cairn import engine
from cairn.okrs.models import KeyResult, Objective

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


def rollup_existing(objective_ids: set[int]) -> None:
    """Refresh the stored progress of these objectives and every objective above them.

    The batched form of services.rollup.rollup_from for many objectives: one query per level
    finds the objectives above, two more read their key results and aligned children, then
    each is computed after every one below it and the changed ones are stored.
    """
    rows: dict[int, tuple[int | None, bool, float]] = {}
    frontier = set(objective_ids)
    while frontier:
        found = Objective.objects.filter(pk__in=frontier).values_list(
            "id", "parent_objective_id", "count_aligned_children", "progress"
        )
        frontier = set()
        for pk, parent, count_children, progress in found:
            rows[pk] = (parent, count_children, progress)
            if parent is not None and parent not in rows:
                frontier.add(parent)
    if not rows:
        return
    key_results: dict[int, list[engine.Weighted]] = defaultdict(list)
    for objective_id, weight, progress in KeyResult.objects.filter(
        objective_id__in=rows
    ).values_list("objective_id", "weight", "progress"):
        key_results[objective_id].append(engine.Weighted(weight, progress))
    children: dict[int, list[tuple[int, float, float]]] = defaultdict(list)
    for pk, parent, weight, progress in Objective.objects.filter(
        parent_objective_id__in=rows
    ).values_list("id", "parent_objective_id", "weight", "progress"):
        children[parent].append((pk, weight, progress))
    computed: dict[int, float] = {}
    for pk in sorted(rows, key=lambda pk: -_depth(pk, rows)):
        computed[pk] = engine.objective_progress(
            key_results=key_results[pk],
            children=[engine.Weighted(w, computed.get(c, p)) for c, w, p in children[pk]],
            count_children=rows[pk][1],
        )
    changed = [(p, pk) for pk, p in computed.items() if p != rows[pk][2]]
    update_rows(Objective, ["progress"], changed)


def _depth(pk: int, rows: dict[int, tuple[int | None, bool, float]]) -> int:
    """Return how many of the rows lie above this one (stopping at a repeat)."""
    depth, seen, parent = 0, {pk}, rows[pk][0]
    while parent is not None and parent in rows and parent not in seen:
        seen.add(parent)
        depth, parent = depth + 1, rows[parent][0]
    return depth

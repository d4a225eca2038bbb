"""Batched writes for plan_import: multi-row inserts and one roll-up for many objectives.

Building a Django model instance per row costs more than inserting it (as `cairn generate`
found): an import of 10,000 objectives writes about 100,000 rows. `Rows` inserts plain tuples
with raw SQL that both SQLite and PostgreSQL run (multi-row VALUES … RETURNING for the ids);
every column a caller does not give gets the model field's default, as the ORM would write it.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Iterable, Sequence
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
        quote = connection.ops.quote_name
        names = [given[name].column for name in columns] + [f.column for f in rest]
        self.table, self.pk = quote(meta.db_table), quote(meta.pk.column)
        self.head = f"INSERT INTO {self.table} ({', '.join(quote(n) for n in names)}) VALUES "
        self.marks = "(" + ", ".join(["%s"] * len(names)) + ")"
        self.defaults = tuple(_default(field, now) for field in rest)
        self.per_statement = max(1, min(_MAX_ROWS, _max_params() // len(names)))

    def insert(self, rows: Sequence[tuple]) -> None:
        """Insert the rows (tuples in the order of the given columns)."""
        defaults, step = self.defaults, self.per_statement
        with connection.cursor() as cursor:
            for start in range(0, len(rows), step):
                batch = rows[start : start + step]
                params = [value for row in batch for value in row + defaults]
                cursor.execute(self.head + ", ".join([self.marks] * len(batch)), params)

    def insert_returning_ids(self, rows: Sequence[tuple]) -> list[int]:
        """Insert the rows and return their new primary keys, in order."""
        ids: list[int] = []
        defaults, step = self.defaults, self.per_statement
        with connection.cursor() as cursor:
            for start in range(0, len(rows), step):
                batch = rows[start : start + step]
                params = [value for row in batch for value in row + defaults]
                if connection.features.can_return_rows_from_bulk_insert:
                    marks = ", ".join([self.marks] * len(batch))
                    cursor.execute(f"{self.head}{marks} RETURNING {self.pk}", params)
                    ids += [row[0] for row in cursor.fetchall()]
                else:  # an SQLite before 3.35: one row at a time
                    width = len(params) // len(batch)
                    for at in range(0, len(params), width):
                        cursor.execute(self.head + self.marks, params[at : at + width])
                        ids.append(cursor.lastrowid)
        return ids


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

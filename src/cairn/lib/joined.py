"""A row and the rows it points to, read in one hand-written statement, as model instances.

Two look-ups run on every API write: the token (with its person, user and organisation) and
the key result a check-in is for (with its objective and cycle). Through the ORM, compiling
their `select_related` joins costs the app several times the CPU the database spends
answering them. `Joined` writes the SELECT list of a set of models once, and turns each row
into instances exactly as a queryset would (the backend's and the fields' converters applied,
so SQLite's text dates come back as datetimes), the related instances cached on the first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from django.db import connection, models


class Joined:
    """The columns of several models under table aliases, and the instances of a row of them.

    `parts` is a list of (model, alias, relation): the first model is the row wanted, each
    further one is cached on an earlier instance under `relation` ("parent.field", or "field"
    for the first), as `select_related` would."""

    def __init__(self, parts: Sequence[tuple[type[models.Model], str, str]]) -> None:
        self.parts = parts
        self._converters: dict[str, list[list[tuple[Any, Any]]]] = {}
        self._columns: dict[str, str] = {}

    def columns(self) -> str:
        """Return the SELECT list: every concrete column of every part, part by part."""
        found = self._columns.get(connection.vendor)
        if found is None:
            quote = connection.ops.quote_name
            found = self._columns[connection.vendor] = ", ".join(
                f"{alias}.{quote(field.column)}"
                for model, alias, _relation in self.parts
                for field in model._meta.concrete_fields
            )
        return found

    def _converters_for(self) -> list[list[tuple[Any, Any]]]:
        found = self._converters.get(connection.vendor)
        if found is None:
            found = []
            for model, alias, _relation in self.parts:
                for field in model._meta.concrete_fields:
                    column = field.get_col(alias)
                    found.append(
                        [
                            (converter, column)
                            for converter in connection.ops.get_db_converters(column)
                            + field.get_db_converters(connection)
                        ]
                    )
            self._converters[connection.vendor] = found
        return found

    def instances(self, row: Sequence[Any]) -> list[models.Model]:
        """Return one instance per part from a row read with `columns()`, related ones cached."""
        values = list(row)
        for index, converters in enumerate(self._converters_for()):
            for converter, column in converters:
                values[index] = converter(values[index], column, connection)
        made: list[models.Model] = []
        by_alias: dict[str, models.Model] = {}
        start = 0
        for model, alias, relation in self.parts:
            fields = model._meta.concrete_fields
            instance = model.from_db(
                connection.alias, [f.attname for f in fields], values[start : start + len(fields)]
            )
            start += len(fields)
            if made:
                owner_alias, _, name = relation.rpartition(".")
                owner = by_alias[owner_alias] if owner_alias else made[0]
                owner._meta.get_field(name).set_cached_value(owner, instance)
            made.append(instance)
            by_alias[alias] = instance
        return made

"""The roll-up's chain statement: what it reads, and how SQLite plans it."""

from __future__ import annotations

import pytest
from django.db import connection

from cairn.okrs.models import Objective
from cairn.okrs.services.rollup import _chain_sql
from tests.factories import ObjectiveFactory, PersonFactory

pytestmark = pytest.mark.django_db


def _chain(objective: Objective) -> list[int]:
    with connection.cursor() as cursor:
        cursor.execute(_chain_sql(connection.vendor == "postgresql"), [objective.pk])
        return [row[0] for row in cursor.fetchall()]


def _line(length: int) -> list[Objective]:
    person = PersonFactory()
    line = [ObjectiveFactory(organisation=person.organisation, owner=person)]
    for _ in range(length - 1):
        line.append(
            ObjectiveFactory(
                organisation=person.organisation, owner=person, parent_objective=line[-1]
            )
        )
    return line


def test_the_chain_is_the_objective_then_each_ancestor_in_order():
    line = _line(4)
    assert _chain(line[-1]) == [o.pk for o in reversed(line)]
    assert _chain(line[0]) == [line[0].pk]


def test_a_loop_in_the_alignment_ends_after_the_depth_limit():
    a, b = _line(2)
    Objective.objects.filter(pk=a.pk).update(parent_objective=b)  # a → b → a, behind the services
    rows = _chain(b)
    assert rows[:4] == [b.pk, a.pk, b.pk, a.pk]
    assert len(rows) == 101  # depth 0 to 100, then it stops


def test_a_missing_objective_has_no_chain():
    assert _chain(Objective(pk=10**9)) == []


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query planner")
def test_sqlite_follows_the_chain_by_primary_key_without_reading_every_objective():
    # With table statistics (ANALYZE; `cairn generate` runs it) SQLite 3.38+ planned the old
    # join step with a Bloom filter built over every objective: 15 ms a check-in at 112,000.
    _line(30)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
        cursor.execute("EXPLAIN QUERY PLAN " + _chain_sql(False), [1])
        plan = [row[3] for row in cursor.fetchall()]
    assert not [step for step in plan if "BLOOM" in step or step.startswith("SCAN o")], plan
    assert any("USING INTEGER PRIMARY KEY" in step for step in plan), plan

"""Stored progress: refreshed along the alignment chain on each write, or recomputed wholesale.

After any sequence of writes the stored progress equals a from-scratch recomputation, and
writes in different parts of an organisation run side by side:

- A write on one tree (a check-in, a key result or objective edit) takes the organisation's
  lock *shared* (`lock_tree_write`), locks the row it changes (the key result, or the
  objective), and `rollup_from` then locks every objective on the way up in one statement,
  child before parent, before recomputing them. Whoever locks a parent last recomputes it from
  every committed child plus its own change, so the stored value is exact; locks only ever go
  upward along one chain, in one order, so no two writers wait on each other in a circle. Two
  check-ins meet only on the objectives their chains share, for the rest of their (short)
  transactions.
- A write that reshapes or recomputes many trees (alignment, deletion, imports, cycle
  recompute, offboarding) takes the organisation's lock *exclusively* (`lock_organisation`):
  it waits for the tree writes in flight and keeps new ones out until it commits.

On PostgreSQL the organisation's lock is a transaction-level advisory lock. On SQLite each
write transaction is the only writer (BEGIN IMMEDIATE), so there is nothing to lock.
"""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connection, transaction

from cairn import engine
from cairn.lib.bulk import update_rows
from cairn.lib.prepared import prepared_cursor
from cairn.okrs.measures import raw_progress
from cairn.okrs.models import Cycle, KeyResult, Objective
from cairn.organisations.models import Organisation

BATCH = 2000
_LOCK_CLASS = 0x43414952  # "CAIR": the advisory lock space of progress writes (with an org id)


def lock_organisation(organisation_id: int) -> None:
    """Serialise this write with every progress write of the organisation (see the module)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s, %s)", [_LOCK_CLASS, organisation_id])
    else:
        list(Organisation.objects.select_for_update().filter(pk=organisation_id).values_list("pk"))


TREE_LOCK_SQL = "%s, %s"  # the arguments of the advisory lock, given by tree_lock_key


def tree_lock_key(organisation_id: int) -> list[int]:
    """Return the advisory lock's key for the organisation's progress writes."""
    return [_LOCK_CLASS, organisation_id]


def lock_tree_write(organisation_id: int) -> None:
    """Let this write run beside other tree writes, but not beside an organisation-wide one."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT pg_advisory_xact_lock_shared({TREE_LOCK_SQL})",
                tree_lock_key(organisation_id),
            )


def _weighted(rows: Iterable[tuple[float, float]]) -> tuple[engine.Weighted, ...]:
    return tuple(engine.Weighted(weight=w, progress=p) for w, p in rows)


def objective_computed_progress(objective: Objective) -> float:
    """Return the objective's progress recomputed from its KRs and aligned children."""
    key_results = _weighted(objective.key_results.values_list("weight", "progress"))
    children = _weighted(objective.aligned_objectives.values_list("weight", "progress"))
    return engine.objective_progress(
        key_results=key_results,
        children=children,
        count_children=objective.count_aligned_children,
    )


_MAX_DEPTH = 100  # an alignment chain longer than this is a loop (see engine.recompute_objectives)


def _chain_sql(lock: bool) -> str:
    """Return the statement that reads (and on PostgreSQL locks) an objective and its ancestors.

    The rows come child before parent; with FOR NO KEY UPDATE they are also locked in that
    order, because PostgreSQL locks rows after sorting them (see the module)."""
    table = Objective._meta.db_table
    # Each step looks the parent up by primary key in a scalar subquery, not a join: with
    # table statistics SQLite (3.38+) built a Bloom filter over every objective for the join's
    # step (15 ms at 112,000 objectives, on every check-in); the chain ends at a NULL parent.
    return f"""
        WITH RECURSIVE chain(id, depth) AS (
            SELECT CAST(%s AS bigint), 0
            UNION ALL
            SELECT (SELECT p.parent_objective_id FROM {table} p WHERE p.id = chain.id),
                   chain.depth + 1
            FROM chain
            WHERE chain.id IS NOT NULL AND chain.depth < {_MAX_DEPTH}
        )
        SELECT o.id, o.parent_objective_id, o.count_aligned_children, o.progress
        FROM chain JOIN {table} o ON o.id = chain.id
        ORDER BY chain.depth{" FOR NO KEY UPDATE OF o" if lock else ""}"""


def _parts_sql(count: int) -> str:
    """Return the statement that reads the key results and aligned children of `count` objectives,
    each in the order of the model (position, id), as recompute reads them."""
    ids = ", ".join(["%s"] * count)
    return f"""
        SELECT 0, objective_id, position, id, weight, progress
        FROM {KeyResult._meta.db_table} WHERE objective_id IN ({ids})
        UNION ALL
        SELECT 1, parent_objective_id, position, id, weight, progress
        FROM {Objective._meta.db_table} WHERE parent_objective_id IN ({ids})
        ORDER BY 1, 3, 4"""


def rollup_from(objective: Objective) -> None:
    """Refresh the stored progress of the objective and every objective above it.

    One statement locks the whole chain, child before parent (see the module); one reads the
    key results and aligned children of its objectives; one writes the objectives that changed.
    PostgreSQL plans them once per connection (cairn.lib.prepared).
    """
    with prepared_cursor() as cursor:
        cursor.execute(_chain_sql(connection.vendor == "postgresql"), [objective.pk])
        chain: dict[int, tuple[int | None, bool, float]] = {}
        for pk, parent_id, count_children, progress in cursor.fetchall():
            chain.setdefault(pk, (parent_id, count_children, progress))  # a loop ends here
        if not chain:
            return
        ids = list(chain)
        cursor.execute(_parts_sql(len(ids)), ids + ids)
        key_results: dict[int, list[engine.Weighted]] = {pk: [] for pk in ids}
        children: dict[int, list[tuple[int, float, float]]] = {pk: [] for pk in ids}
        for is_child, owner, _position, pk, weight, progress in cursor.fetchall():
            if is_child:
                children[owner].append((pk, weight, progress))
            else:
                key_results[owner].append(engine.Weighted(weight=weight, progress=progress))
        computed: dict[int, float] = {}
        changed: list[tuple[float, int]] = []
        for pk, (_parent_id, count_children, stored) in chain.items():  # child before parent
            progress = engine.objective_progress(
                key_results=key_results[pk],
                children=[engine.Weighted(w, computed.get(c, p)) for c, w, p in children[pk]],
                count_children=bool(count_children),
            )
            computed[pk] = progress
            if progress != stored:
                changed.append((progress, pk))
        if changed:
            cursor.executemany(
                f"UPDATE {Objective._meta.db_table} SET progress = %s WHERE id = %s", changed
            )
    objective.progress = computed[objective.pk]


def key_result_refresh(key_result: KeyResult) -> None:
    """Store the key result's progress from its current value, then roll it up."""
    key_result.progress = raw_progress(key_result)
    KeyResult.objects.filter(pk=key_result.pk).update(progress=key_result.progress)
    rollup_from(key_result.objective)


def _cycle_ids(cycle: Cycle) -> list[int]:
    """Return the cycle and every cycle nested in it."""
    ids, frontier = [cycle.pk], [cycle.pk]
    while frontier:
        frontier = list(Cycle.objects.filter(parent_id__in=frontier).values_list("pk", flat=True))
        ids.extend(i for i in frontier if i not in ids)
    return ids


def _recompute_key_results(key_results: Iterable[KeyResult]) -> dict[int, tuple[float, float]]:
    """Return {objective id: [(weight, progress)…]} after saving changed KR progress."""
    changed: list[KeyResult] = []
    by_objective: dict[int, list[tuple[float, float]]] = {}
    for kr in key_results:
        progress = raw_progress(kr)
        if progress != kr.progress:
            kr.progress = progress
            changed.append(kr)
        by_objective.setdefault(kr.objective_id, []).append((kr.weight, progress))
    update_rows(KeyResult, ["progress"], [(kr.progress, kr.pk) for kr in changed])
    return by_objective


@transaction.atomic
def cycle_recompute(*, cycle: Cycle) -> int:
    """Recompute all progress of a cycle (and cycles nested in it); return objectives changed."""
    lock_organisation(cycle.organisation_id)
    cycle_ids = _cycle_ids(cycle)
    key_results = KeyResult.objects.filter(objective__cycle_id__in=cycle_ids).only(
        "id", "objective_id", "kind", "start", "target", "current", "done", "weight", "progress"
    )
    by_objective = _recompute_key_results(key_results.iterator(chunk_size=BATCH))
    objectives = list(
        Objective.objects.filter(cycle_id__in=cycle_ids).only(
            "id", "parent_objective_id", "weight", "count_aligned_children", "progress"
        )
    )
    nodes = [
        engine.ObjectiveNode(
            id=o.pk,
            parent_id=o.parent_objective_id,
            weight=o.weight,
            count_children=o.count_aligned_children,
            key_results=_weighted(by_objective.get(o.pk, ())),
        )
        for o in objectives
    ]
    computed = engine.recompute_objectives(nodes)
    changed = [o for o in objectives if computed[o.pk] != o.progress]
    for o in changed:
        o.progress = computed[o.pk]
    # One prepared UPDATE per row (pipelined): bulk_update's CASE over thousands of ids took
    # longer to build and plan than to run.
    update_rows(Objective, ["progress"], [(o.progress, o.pk) for o in changed])
    _rollup_outside(objectives, {o.pk for o in objectives})
    return len(changed)


def _rollup_outside(objectives: list[Objective], inside: set[int]) -> None:
    """Refresh ancestors in enclosing cycles of objectives whose parent lies outside the set."""
    outside = {o.parent_objective_id for o in objectives} - inside - {None}
    for parent in Objective.objects.filter(pk__in=outside):
        rollup_from(parent)


@transaction.atomic
def organisation_recompute(*, organisation: Organisation) -> int:
    """Recompute every cycle of the organisation from scratch; return objectives changed."""
    roots = Cycle.objects.filter(organisation=organisation, parent__isnull=True)
    return sum(cycle_recompute(cycle=cycle) for cycle in roots)

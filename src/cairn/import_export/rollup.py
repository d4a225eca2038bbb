"""One roll-up for the many objectives an import touches (the batched services.rollup)."""

from __future__ import annotations

from collections import defaultdict

from cairn import engine
from cairn.lib.bulk import update_rows
from cairn.okrs.models import KeyResult, Objective


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

"""Roll-up of key result progress into objectives, objective trees and summaries.

Roll-up follows parent *objectives*: a node's `parent_id` is the objective it counts towards.
An objective aligned to a parent key result rolls up into that key result's objective only if
the caller maps it that way when building the nodes.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from cairn.engine.progress import clamp


@dataclass(frozen=True, slots=True)
class Weighted:
    """A weight and a progress (raw; roll-ups clamp it). Weight 0 = tracked but not counted."""

    weight: float
    progress: float

    def __post_init__(self) -> None:
        if not (math.isfinite(self.weight) and self.weight >= 0):
            raise ValueError(f"Weight must be a finite number of 0 or more, not {self.weight}.")


def weighted_mean(items: Iterable[Weighted]) -> float | None:
    """Return Σ w·clamp(p) / Σ w, or None when there are no items or the weights sum to 0."""
    total_weight = 0.0
    total = 0.0
    for item in items:
        total_weight += item.weight
        total += item.weight * clamp(item.progress)
    if total_weight == 0:
        return None
    return clamp(total / total_weight)


def objective_progress(
    *,
    key_results: Sequence[Weighted],
    children: Sequence[Weighted] = (),
    count_children: bool = False,
) -> float:
    """Return an objective's progress in [0, 1] from its key results and aligned children."""
    if count_children:
        combined = weighted_mean([*key_results, *children])
        return 0.0 if combined is None else combined
    own = weighted_mean(key_results)
    if own is not None:
        return own
    from_children = weighted_mean(children)
    return 0.0 if from_children is None else from_children


@dataclass(frozen=True, slots=True)
class ObjectiveNode:
    """One objective for tree recomputation; `parent_id` is the parent objective's id."""

    id: int
    parent_id: int | None
    weight: float
    count_children: bool
    key_results: tuple[Weighted, ...]


def _index(nodes: Iterable[ObjectiveNode]) -> dict[int, ObjectiveNode]:
    """Return the nodes by id, raising ValueError on a duplicate id."""
    by_id: dict[int, ObjectiveNode] = {}
    for node in nodes:
        if node.id in by_id:
            raise ValueError(f"Objective {node.id} appears twice.")
        by_id[node.id] = node
    return by_id


def _children_of(by_id: Mapping[int, ObjectiveNode]) -> dict[int, list[int]]:
    """Return the ids of each node's children that are present in `by_id`."""
    children: dict[int, list[int]] = {node_id: [] for node_id in by_id}
    for node in by_id.values():
        if node.parent_id is not None and node.parent_id in by_id:
            children[node.parent_id].append(node.id)
    return children


def recompute_objectives(nodes: Iterable[ObjectiveNode]) -> dict[int, float]:
    """Return the progress of every node, children before parents; ValueError on a cycle."""
    by_id = _index(nodes)
    children = _children_of(by_id)
    waiting = {node_id: len(kids) for node_id, kids in children.items()}
    ready = [node_id for node_id, count in waiting.items() if count == 0]
    progress: dict[int, float] = {}
    # Kahn's algorithm over child → parent edges: iterative, O(nodes + key results).
    while ready:
        node = by_id[ready.pop()]
        progress[node.id] = objective_progress(
            key_results=node.key_results,
            children=[Weighted(by_id[c].weight, progress[c]) for c in children[node.id]],
            count_children=node.count_children,
        )
        parent = node.parent_id
        if parent is not None and parent in waiting:
            waiting[parent] -= 1
            if waiting[parent] == 0:
                ready.append(parent)
    if len(progress) < len(by_id):
        looped = sorted(node_id for node_id in by_id if node_id not in progress)
        raise ValueError(f"Objectives are aligned in a loop (or above one): {looped[:10]}.")
    return progress


def ancestors(start_id: int, parent_of: Mapping[int, int | None]) -> list[int]:
    """Return the ancestors of `start_id`, nearest first, stopping before any repeat."""
    seen = {start_id}
    chain: list[int] = []
    parent = parent_of.get(start_id)
    while parent is not None and parent not in seen:
        chain.append(parent)
        seen.add(parent)
        parent = parent_of.get(parent)
    return chain


def summary(progresses: Iterable[float]) -> float:
    """Return the mean clamped progress (team or cycle summary), 0.0 when there is none."""
    values = [clamp(p) for p in progresses]
    return math.fsum(values) / len(values) if values else 0.0

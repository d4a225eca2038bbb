"""Rewinding an objective's or key result's fields to a past moment from recorded changes.

A change stores one field's old and new value as text (ids for people, teams and parents).
Undoing every change made after a moment, newest first, gives the fields as they stood then.
Pure Python: the callers load the rows and hand over plain values.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

FLOAT_FIELDS = frozenset({"weight", "start", "target"})
ID_FIELDS = frozenset({"owner", "team", "parent_objective_id", "parent_key_result_id"})
BOOL_FIELDS = frozenset({"count_aligned_children", "follows_initiatives"})
DATE_FIELDS = frozenset({"due_date"})


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One recorded change of a field: when (`at`, then `seq` for ties) and its old value."""

    at: datetime
    seq: int
    field: str
    old: str


def parse_field(field: str, text: str) -> object:
    """Return the typed value a change's text stands for ("" is None for numbers and ids)."""
    if field in BOOL_FIELDS:
        return text == "True"
    if field in FLOAT_FIELDS:
        return float(text) if text else None
    if field in ID_FIELDS:
        return int(text) if text else None
    if field in DATE_FIELDS:
        return date.fromisoformat(text) if text else None
    return text


def rewind(current: Mapping[str, object], changes: Iterable[FieldChange]) -> dict[str, object]:
    """Return `current` with every given change undone, newest first; unknown fields are kept."""
    state = dict(current)
    for change in sorted(changes, key=lambda c: (c.at, c.seq), reverse=True):
        if change.field not in state:
            continue
        try:
            state[change.field] = parse_field(change.field, change.old)
        except ValueError:  # a row written by hand or an older version: keep what is known
            continue
    return state

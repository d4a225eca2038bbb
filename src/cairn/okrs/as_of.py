"""Time travel: objectives and key results as they stood at a past moment.

Built from the append-only history in a constant number of queries: the objectives and key
results that exist now (created by then), every change recorded after the moment (undone in
Python by `cairn.engine.history.rewind`), and each key result's newest effective check-in at or
before it (one window-function query). Progress is recomputed with the engine and rolled up the
way `services.rollup` stores it; pace is evaluated at the moment itself.

What history cannot give back: a deleted objective or key result (its check-ins go with it) is
absent; alignment changed before ids were recorded, and fields never recorded, show today's
value. See docs/time_travel.md.
"""

from __future__ import annotations

import copy
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, tzinfo
from typing import TypeVar

from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn import engine
from cairn.engine.history import FieldChange, rewind
from cairn.okrs.measures import local_now, thresholds
from cairn.okrs.models import Change, CheckIn, Cycle, KeyResult, Objective
from cairn.organisations.models import Organisation

OBJECTIVE_FIELDS = (
    "title",
    "owner",
    "team",
    "kind",
    "visibility",
    "weight",
    "count_aligned_children",
    "parent_objective_id",
    "parent_key_result_id",
)
KEY_RESULT_FIELDS = ("title", "kind", "start", "target", "unit", "weight", "owner", "due_date")
_Row = TypeVar("_Row", Objective, KeyResult)


@dataclass
class KeyResultThen:
    """A key result as it stood: its fields, latest check-in, progress and pace at the moment."""

    id: int
    objective_id: int
    title: str
    kind: str
    start: float | None
    target: float | None
    unit: str
    weight: float
    owner_id: int | None
    due_date: date | None
    current: float | None = None
    done: bool = False
    confidence: int = 5
    last_check_in_at: datetime | None = None
    progress: float = 0.0
    expected: float = 0.0
    pace: str = ""

    @property
    def percent(self) -> int:
        return round(engine.clamp(self.progress) * 100)


@dataclass
class ObjectiveThen:
    """An objective as it stood, with its key results then and its rolled-up progress."""

    id: int
    cycle_id: int
    title: str
    owner_id: int | None
    team_id: int | None
    kind: str
    visibility: str
    weight: float
    count_aligned_children: bool
    parent_objective_id: int | None
    parent_key_result_id: int | None
    key_results: list[KeyResultThen] = field(default_factory=list)
    progress: float = 0.0
    pace: str = ""

    @property
    def percent(self) -> int:
        return round(engine.clamp(self.progress) * 100)


def _changes_after(
    objective_ids: QuerySet | list[int], at: datetime, *, key_results: bool = True
) -> dict[tuple, list[FieldChange]]:
    """Return the field changes recorded after `at`, by ("o", id) or ("k", id)."""
    rows = Change.objects.filter(objective_id__in=objective_ids, at__gt=at).exclude(field="")
    if not key_results:
        rows = rows.filter(key_result__isnull=True)
    rows = rows.values_list("objective_id", "key_result_id", "at", "id", "field", "old")
    found: dict[tuple, list[FieldChange]] = defaultdict(list)
    for objective_id, key_result_id, moment, seq, name, old in rows:
        key = ("k", key_result_id) if key_result_id else ("o", objective_id)
        found[key].append(FieldChange(at=moment, seq=seq, field=name, old=old))
    return found


def latest_check_ins(key_result_ids: QuerySet | Iterable[int], at: datetime) -> dict[int, tuple]:
    """Return {key result id: (value, done, confidence, checked_in_at)} of each key result's
    newest check-in at or before `at` that was not corrected.

    One query: per key result, a correlated look-up walks the (key_result, checked_in_at) index
    backwards from `at` and stops at the first uncorrected row; a window function over every
    check-in of the cycle read all of them (0.9 s for 100,000 on SQLite). "Not corrected" is a
    NOT EXISTS (an anti-join): as a left join PostgreSQL estimated each look-up seven times
    dearer, and above a few hundred key results compiled the query (JIT, 90 ms) first.
    """
    corrected = CheckIn.objects.filter(corrects=OuterRef("pk"))
    newest = (
        CheckIn.objects.filter(key_result_id=OuterRef("pk"), checked_in_at__lte=at)
        .filter(~Exists(corrected))
        .order_by("-checked_in_at", "-id")
        .values("pk")[:1]
    )
    chosen = (
        KeyResult.objects.filter(pk__in=key_result_ids).order_by().values(latest=Subquery(newest))
    )
    rows = CheckIn.objects.filter(pk__in=chosen).values_list(
        "key_result_id", "value", "done", "confidence", "checked_in_at"
    )
    return {row[0]: row[1:] for row in rows}


def _now(row: dict, names: tuple[str, ...]) -> dict[str, object]:
    """Return today's values under the names changes use ("owner" for the owner's id)."""
    return {name: row[column] for name, column in _COLUMNS[names]}


def _attname(name: str) -> str:
    return f"{name}_id" if name in ("owner", "team") else name


def _objective_then(row: dict, changes: list[FieldChange]) -> ObjectiveThen:
    then = rewind(_now(row, OBJECTIVE_FIELDS), changes) if changes else _now(row, OBJECTIVE_FIELDS)
    return ObjectiveThen(
        id=row["id"],
        cycle_id=row["cycle_id"],
        title=str(then["title"]),
        owner_id=then["owner"],  # type: ignore[arg-type]
        team_id=then["team"],  # type: ignore[arg-type]
        kind=str(then["kind"]),
        visibility=str(then["visibility"]),
        weight=float(then["weight"]),  # type: ignore[arg-type]
        count_aligned_children=bool(then["count_aligned_children"]),
        parent_objective_id=then["parent_objective_id"],  # type: ignore[arg-type]
        parent_key_result_id=then["parent_key_result_id"],  # type: ignore[arg-type]
    )


def _key_result_then(
    row: dict, changes: list[FieldChange], check_in: tuple | None
) -> KeyResultThen:
    now = _now(row, KEY_RESULT_FIELDS)
    then = rewind(now, changes) if changes else now
    result = KeyResultThen(
        id=row["id"],
        objective_id=row["objective_id"],
        title=str(then["title"]),
        kind=str(then["kind"]),
        start=then["start"],  # type: ignore[arg-type]
        target=then["target"],  # type: ignore[arg-type]
        unit=str(then["unit"]),
        weight=float(then["weight"]),  # type: ignore[arg-type]
        owner_id=then["owner"],  # type: ignore[arg-type]
        due_date=then["due_date"],  # type: ignore[arg-type]
    )
    if check_in is not None:
        result.current, done, result.confidence, result.last_check_in_at = check_in
        result.done = bool(done)
    state = engine.KeyResultState(
        kind=result.kind,
        start=result.start,
        target=result.target,
        current=result.current,
        done=result.done,
    )
    try:
        result.progress = engine.key_result_progress(state)
    except (ValueError, engine.InvalidKeyResult):  # a target rewound to nothing: no progress
        result.progress = 0.0
    return result


def _roll_up(objectives: dict[int, ObjectiveThen]) -> None:
    """Set each objective's progress from its key results and aligned children then."""
    nodes = [
        engine.ObjectiveNode(
            id=o.id,
            parent_id=o.parent_objective_id,
            weight=o.weight,
            count_children=o.count_aligned_children,
            key_results=tuple(engine.Weighted(kr.weight, kr.progress) for kr in o.key_results),
        )
        for o in objectives.values()
    ]
    try:
        computed = engine.recompute_objectives(nodes)
    except ValueError:  # a loop can only come from hand-edited history
        computed = {}
    for objective in objectives.values():
        objective.progress = computed.get(objective.id, 0.0)


def _pace(
    objectives: dict[int, ObjectiveThen],
    cycles: dict[int, Cycle],
    organisation: Organisation,
    at: datetime,
) -> None:
    """Set expected progress and pace status of every key result and objective at `at`."""
    local = local_now(organisation, at)
    limits = thresholds(organisation)
    expected: dict[tuple[date, date], float] = {}

    def status(progress: float, start: date, end: date) -> tuple[float, str]:
        if (start, end) not in expected:
            expected[start, end] = engine.expected_progress(at=local, start=start, end=end)
        share = expected[start, end]
        found = engine.pace_status(progress=progress, expected=share, thresholds=limits)
        return share, found.value

    for objective in objectives.values():
        cycle = cycles[objective.cycle_id]
        for kr in objective.key_results:
            end = max(kr.due_date or cycle.end, cycle.start)
            kr.expected, kr.pace = status(kr.progress, cycle.start, end)
        objective.pace = status(objective.progress, cycle.start, cycle.end)[1]


_COLUMNS = {
    names: tuple((name, _attname(name)) for name in names)
    for names in (OBJECTIVE_FIELDS, KEY_RESULT_FIELDS)
}
OBJECTIVE_COLUMNS = ("id", "cycle_id", *(_attname(name) for name in OBJECTIVE_FIELDS))
KEY_RESULT_COLUMNS = ("id", "objective_id", *(_attname(name) for name in KEY_RESULT_FIELDS))


def objectives_as_of(
    objectives: QuerySet[Objective], at: datetime, organisation: Organisation
) -> dict[int, ObjectiveThen]:
    """Return the given objectives that existed at `at`, by id, as they stood then.

    Roll-up counts only aligned children among `objectives`: pass a whole cycle (with the
    cycles nested in it, see `cycle_as_of`), or use `rebuild`, which loads what it needs.
    """
    then = _load(objectives, at)
    _finish(then, organisation, at)
    return then


def _load(objectives: QuerySet[Objective], at: datetime) -> dict[int, ObjectiveThen]:
    """Return the objectives that existed at `at` with their key results then (no roll-up).

    Rows are read as plain values: model instances cost more than the rebuild itself.
    """
    existing = objectives.filter(created_at__lte=at).order_by()
    rows = list(existing.order_by("position", "pk").values(*OBJECTIVE_COLUMNS))
    changes = _changes_after(existing.values("pk"), at)
    then = {row["id"]: _objective_then(row, changes.get(("o", row["id"]), [])) for row in rows}
    key_results = KeyResult.objects.filter(
        objective_id__in=existing.values("pk"), created_at__lte=at
    ).order_by()
    check_ins = latest_check_ins(key_results.values("pk"), at)
    for row in key_results.order_by("position", "pk").values(*KEY_RESULT_COLUMNS):
        state = _key_result_then(row, changes.get(("k", row["id"]), []), check_ins.get(row["id"]))
        then[row["objective_id"]].key_results.append(state)
    return then


def _finish(then: dict[int, ObjectiveThen], organisation: Organisation, at: datetime) -> None:
    _roll_up(then)
    cycles = Cycle.objects.filter(pk__in={o.cycle_id for o in then.values()})
    _pace(then, {c.pk: c for c in cycles}, organisation, at)


def _counts_children(objective: ObjectiveThen) -> bool:
    """Return True when the objective's progress depends on its aligned children."""
    return objective.count_aligned_children or not any(kr.weight for kr in objective.key_results)


def rebuild(
    ids: Iterable[int], at: datetime, organisation: Organisation
) -> dict[int, ObjectiveThen]:
    """Return the objectives with these ids as they stood at `at`, progress rolled up.

    Loads, level by level, only the aligned children a progress depends on (objectives that
    count their children, or have no weighted key results): a page of a large cycle costs what
    its objectives need, not the whole cycle. Objectives aligned then but moved away since are
    found through their recorded alignment changes. A few queries per level of such children.
    """
    scope = Objective.objects.filter(organisation=organisation)
    states: dict[int, ObjectiveThen] = {}
    frontier = _load(scope.filter(pk__in=list(ids)), at)
    while frontier:
        states.update(frontier)
        parents = {o.id for o in frontier.values() if _counts_children(o)}
        if not parents:
            break
        moved = Change.objects.filter(
            organisation=organisation,
            field="parent_objective_id",
            at__gt=at,
            old__in=[str(pk) for pk in parents],
        ).values("objective_id")
        candidates = scope.filter(Q(parent_objective_id__in=parents) | Q(pk__in=moved))
        loaded = _load(candidates, at)
        frontier = {
            pk: o
            for pk, o in loaded.items()
            if pk not in states and o.parent_objective_id in parents
        }
    _finish(states, organisation, at)
    return states


SKELETON_IDS_BOUND = 500


def skeleton(objectives: QuerySet[Objective], at: datetime) -> dict[int, ObjectiveThen]:
    """Return the objectives that existed at `at` with their own fields then: no key results,
    no progress (two queries; enough to order, count and draw a tree)."""
    existing = objectives.filter(created_at__lte=at).order_by()
    rows = list(existing.order_by("position", "pk").values(*OBJECTIVE_COLUMNS))
    # A few hundred ids are passed as read, not as a subquery: with the change table's
    # statistics stale (edits since the last ANALYZE) PostgreSQL ran that subquery once per
    # change row (94 ms for 500 changes and 200 objectives, against 1 ms by id). Thousands
    # stay a subquery: binding each id cost Django more (about 30 ms for 3,000).
    ids = [row["id"] for row in rows]
    changes = _changes_after(
        ids if len(ids) <= SKELETON_IDS_BOUND else existing.values("pk"), at, key_results=False
    )
    return {row["id"]: _objective_then(row, changes.get(("o", row["id"]), [])) for row in rows}


def cycle_ids(cycle: Cycle) -> list[int]:
    """Return the cycle and every cycle nested in it."""
    ids, frontier = [cycle.pk], [cycle.pk]
    while frontier:
        frontier = list(Cycle.objects.filter(parent_id__in=frontier).values_list("pk", flat=True))
        ids.extend(i for i in frontier if i not in ids)
    return ids


def cycle_as_of(cycle: Cycle, at: datetime) -> dict[int, ObjectiveThen]:
    """Return every objective of the cycle and its nested cycles as it stood at `at`."""
    objectives = Objective.objects.filter(cycle_id__in=cycle_ids(cycle))
    return objectives_as_of(objectives, at, cycle.organisation)


def parse_moment(raw: str, zone: tzinfo, *, now: datetime | None = None) -> datetime:
    """Return the moment `raw` names: YYYY-MM-DD is the end of that day in `zone`.

    An ISO date-time is also accepted (without an offset it is read in `zone`). Raises
    ValidationError (field "as_of") for text that is no date and for a moment in the future.
    """
    text = (raw or "").strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            moment = datetime.combine(day, time.max).replace(tzinfo=zone)
        else:
            moment = datetime.fromisoformat(text)
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=zone)
    except ValueError:
        raise ValidationError({"as_of": _("Enter a date as YYYY-MM-DD.")}) from None
    if moment.year < 2000:
        raise ValidationError({"as_of": _("Enter a date after the year 2000.")})
    if moment.date() > (now or timezone.now()).astimezone(zone).date():
        raise ValidationError({"as_of": _("That date is in the future: pick today or earlier.")})
    return moment


def overlay(instance: _Row, then: ObjectiveThen | KeyResultThen, at: datetime) -> _Row:
    """Return a copy of the stored row carrying the values it had then (never saved)."""
    copied = copy.copy(instance)
    copied._state = copy.copy(instance._state)
    # Related rows cached for today's owner or parent would contradict the ids of then.
    copied._state.fields_cache = {
        name: row
        for name, row in instance._state.fields_cache.items()
        if name not in ("owner", "team", "parent_objective", "parent_key_result")
    }
    copied.__dict__.update(_row_values(then))
    copied.as_of = at  # type: ignore[attr-defined]
    return copied


def _row_values(then: ObjectiveThen | KeyResultThen) -> dict[str, object]:
    values = {k: v for k, v in vars(then).items() if k not in ("key_results", "pace", "expected")}
    values.pop("id")
    return values

"""Time-travel pages: the board, an objective and the alignment map as they stood on a date.

Each page reads only what it shows: the slice of the cycle's objectives that existed then and the
person may see today, in the database's order of today's columns (only the objectives whose
ordering fields changed after the date are placed in Python), then rebuilds those objectives
(`cairn.okrs.as_of.rebuild`) in a constant number of queries.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import connection
from django.db.models import Count, F, Q, QuerySet
from django.db.models.functions import Collate
from django.http import QueryDict
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn.okrs.as_of import (
    KeyResultThen,
    ObjectiveThen,
    cycle_ids,
    parse_moment,
    rebuild,
    skeleton,
)
from cairn.okrs.models import Change, Cycle, KeyResult, Objective, Visibility
from cairn.okrs.permissions import Access
from cairn.organisations.models import Person, Team
from cairn.web.queries.board import PACE_CHOICES
from cairn.web.queries.common import visible_objectives

PAGE_SIZE = 100
PACE_LABELS = dict(PACE_CHOICES)
# Only these fields are worth a line in "what changed"; descriptions and weights stay quiet.
TOLD_FIELDS = ("title", "target", "start", "unit", "owner", "parent_objective", "parent_key_result")


@dataclass(frozen=True)
class Dates:
    """The dates a time-travel page shows: `then` and, when comparing, `compare`."""

    then: date
    at: datetime
    compare: date | None = None
    compare_at: datetime | None = None

    def query(self, **extra: object) -> str:
        """Return the query string that keeps these dates (and `extra`)."""
        pairs = {"as_of": self.then, "compare": self.compare or "", **extra}
        return urlencode({k: v for k, v in pairs.items() if v not in ("", None)})


def read_dates(params: QueryDict, person: Person) -> Dates:
    """Return the dates asked for; ValidationError names the bad field ("as_of" or "compare")."""
    zone = person.zone
    raw_then = params.get("as_of", "").strip()
    if len(raw_then) != 10:
        raise ValidationError({"as_of": _("Enter a date as YYYY-MM-DD.")})
    at = parse_moment(raw_then, zone)
    raw_compare = params.get("compare", "").strip()
    if not raw_compare:
        return Dates(then=at.date(), at=at)
    if len(raw_compare) != 10:
        raise ValidationError({"compare": _("Enter a date as YYYY-MM-DD.")})
    try:
        compare_at = parse_moment(raw_compare, zone)
    except ValidationError as error:
        raise ValidationError({"compare": error.message_dict["as_of"]}) from None
    if compare_at.date() == timezone.now().astimezone(zone).date():
        compare_at = timezone.now()  # "today" means now, not tonight
    return Dates(then=at.date(), at=at, compare=compare_at.date(), compare_at=compare_at)


def before_cycle(dates: Dates, cycle: Cycle) -> bool:
    """Return True when the date lies before the cycle's first day."""
    return dates.then < cycle.start


@dataclass
class Row:
    """One objective on a time-travel page: then, and at the compared date when there is one."""

    then: ObjectiveThen
    later: ObjectiveThen | None = None
    team: Team | None = None
    owner: Person | None = None
    changes: list[str] = field(default_factory=list)

    @property
    def delta(self) -> int | None:
        if self.later is None:
            return None
        return self.later.percent - self.then.percent

    @property
    def pace_label(self) -> str:
        return str(PACE_LABELS.get(self.then.pace, ""))


def _existing(access: Access, cycle: Cycle, at: datetime) -> QuerySet[Objective]:
    """Return the cycle's objectives that existed at `at` and the person may see today."""
    return (
        Objective.objects.filter(access.objective_filter())
        .filter(cycle=cycle, created_at__lte=at)
        .order_by()
    )


def _changed_after(cycle: Cycle, at: datetime, fields: tuple[str, ...]) -> set[int]:
    """Return the ids of the cycle's objectives with one of these fields changed after `at`
    (the only rows whose order or place then may differ from today's; few in practice)."""
    return set(
        Change.objects.filter(
            organisation_id=cycle.organisation_id,
            objective__cycle_id=cycle.pk,
            key_result__isnull=True,
            field__in=fields,
            at__gt=at,
        )
        .order_by()
        .values_list("objective_id", flat=True)
        .distinct()
    )


def page_of(
    read: Callable[[int, int], list[tuple]],
    count: Callable[[], int] | None,
    key: Callable[[tuple], tuple],
    moved: list[tuple[tuple, int]],
    start: int,
    size: int,
) -> tuple[list[int], int]:
    """Return the ids at [start, start + size) of the merge of a database order and `moved`,
    and the merge's length.

    `read(offset, limit)` returns rows (pk first) in the database's order of today's columns,
    which hold the values then for all but the `moved` rows ((key then, pk) pairs, read and
    keyed in Python); `count()` how many rows that order has (without it, the length returned
    only tells whether rows follow the page); `key(row)` a row's key in that same order.
    Only a window of `len(moved)` rows more than the page is read: a moved row before the
    window's first key lies before the page, one after its last key after it; in between
    its place is counted exactly.
    """
    moved = sorted(moved)
    shift = max(0, start - len(moved))
    want = start + size - shift
    rows = read(shift, want + 1)  # one more: is there anything after the window?
    window = [(key(row), row[0]) for row in rows[:want]]
    reached_end = len(rows) <= want
    if reached_end and (window or shift == 0):
        total = shift + len(window) + len(moved)
    elif count is not None:
        total = count() + len(moved)
    else:
        # Without a count: rows follow the window (more than the page), or the page lies past
        # the end (no more).
        total = start + size + 1 if window else start
    moved_keys = [k for k, _pk in moved]
    window_keys = [k for k, _pk in window]
    placed = [(shift + i + bisect_left(moved_keys, k), pk) for i, (k, pk) in enumerate(window)]
    for j, (k, pk) in enumerate(moved):
        below = bisect_left(window_keys, k)
        if below == 0 and shift > 0:
            continue  # before the page
        if below == len(window) and not reached_end:
            continue  # after the page
        placed.append((shift + below + j, pk))
    return [pk for index, pk in sorted(placed) if start <= index < start + size], total


def _rebuilt(ids: list[int], cycle: Cycle, dates: Dates) -> tuple[dict, dict]:
    """Return the objectives with these ids then, and at the compared date (or {})."""
    organisation = cycle.organisation
    then = rebuild(ids, dates.at, organisation)
    later = rebuild(ids, dates.compare_at, organisation) if dates.compare_at else {}
    return then, later


@dataclass
class BoardThen:
    cycle: Cycle
    dates: Dates
    rows: list[Row]
    count: int
    page: int
    has_more: bool


def board_then(access: Access, cycle: Cycle, dates: Dates, page: int = 1) -> BoardThen:
    """Return one page of the board as it stood: company-level objectives first, then team by
    team (by name), in each team by position, as the live board.

    Reads the page's slice in the database's order of today's team, position and id; only the
    objectives whose team changed after the date are placed by their team then (in Python).
    """
    teams = list(Team.objects.filter(organisation=cycle.organisation_id).order_by("name", "pk"))
    rank = {t.pk: i for i, t in enumerate(teams)}
    existing = _existing(access, cycle, dates.at)

    def key(row: tuple) -> tuple:
        pk, team_id, position = row
        team = -1 if team_id is None else rank.get(team_id, len(rank))
        return (team, position, pk)

    moved_ids = _changed_after(cycle, dates.at, ("team",))
    moved: list[tuple[tuple, int]] = []
    if moved_ids:
        rows = existing.filter(pk__in=moved_ids).values_list("pk", "position")
        positions = dict(rows)
        then = skeleton(existing.filter(pk__in=positions), dates.at)
        moved = [(key((pk, then[pk].team_id, positions[pk])), pk) for pk in then]
    stay = existing.exclude(pk__in=[pk for _key, pk in moved])
    by_team = stay.values_list("team_id").annotate(n=Count("pk")).order_by()
    sizes = dict(by_team.values_list("team_id", "n"))
    segments = _segments(sizes, [None, *rank])

    def read(offset: int, limit: int) -> list[tuple]:
        """Return rows [offset, offset + limit) in team order, reading only those teams."""
        chosen = [(team, first) for team, first, n in segments if first + n > offset]
        chosen = [(team, first) for team, first in chosen if first < offset + limit]
        if not chosen:
            return []
        ids = [team for team, _first in chosen if team is not None]
        in_teams = (
            Q(team_id__in=ids) | Q(team__isnull=True)
            if chosen[0][0] is None
            else Q(team_id__in=ids)
        )
        skip = offset - chosen[0][1]
        rows = stay.filter(in_teams).order_by(
            F("team__name").asc(nulls_first=True), "team_id", "position", "pk"
        )
        return list(rows.values_list("pk", "team_id", "position")[skip : skip + limit])

    start = (page - 1) * PAGE_SIZE
    ids, count = page_of(read, lambda: sum(sizes.values()), key, moved, start, PAGE_SIZE)
    then, later = _rebuilt(ids, cycle, dates)
    rows = _rows([then[pk] for pk in ids], later, {t.pk: t for t in teams})
    return BoardThen(cycle, dates, rows, count, page, count > start + PAGE_SIZE)


def _segments(sizes: dict, order: list) -> list[tuple[object, int, int]]:
    """Return (team, index of its first row, rows) for each team with rows, in board order."""
    found, first = [], 0
    for team in order:
        if sizes.get(team):
            found.append((team, first, sizes[team]))
            first += sizes[team]
    return found


def _rows(
    objectives: list[ObjectiveThen], later: dict[int, ObjectiveThen], teams: dict[int, Team]
) -> list[Row]:
    owner_ids = {o.owner_id for o in objectives} | {
        later[o.id].owner_id for o in objectives if o.id in later
    }
    people = Person.objects.filter(pk__in=owner_ids - {None}).select_related("user")
    owners = {p.pk: p for p in people}
    rows = []
    for o in objectives:
        row = Row(then=o, later=later.get(o.id), team=teams.get(o.team_id or 0))
        row.owner = owners.get(o.owner_id or 0)
        if row.later is not None and row.later.title != o.title:
            row.changes.append(f"“{o.title}” → “{row.later.title}”")
        rows.append(row)
    return rows


@dataclass
class KeyResultPair:
    then: KeyResultThen
    later: KeyResultThen | None

    @property
    def delta(self) -> int | None:
        return None if self.later is None else self.later.percent - self.then.percent

    @property
    def pace_label(self) -> str:
        return str(PACE_LABELS.get(self.then.pace, ""))


@dataclass
class ObjectiveThenPage:
    objective: Objective
    dates: Dates
    row: Row
    key_results: list[KeyResultPair]
    added_later: list[KeyResultThen]
    parent: ObjectiveThen | None
    parent_title: str
    children: list[ObjectiveThen]
    changes: list[Change]


def objective_then(access: Access, objective: Objective, dates: Dates) -> ObjectiveThenPage | None:
    """Return the objective page as it stood, or None when the objective did not exist yet.

    Reads the objective, the children aligned under it then (today's children and those whose
    alignment changed since) and its parent then: never the rest of the cycle.
    """
    if objective.created_at > dates.at:
        return None
    cycle = objective.cycle
    own_krs = list(KeyResult.objects.filter(objective=objective).values_list("pk", flat=True))
    moved = Change.objects.filter(
        Q(field="parent_objective_id", old=str(objective.pk))
        | Q(field="parent_key_result_id", old__in=[str(pk) for pk in own_krs]),
        organisation_id=objective.organisation_id,
        at__gt=dates.at,
    ).values_list("objective_id", flat=True)
    # A list, not a subquery: with it the planner walks the two parent indexes and the key.
    moved = list(moved)
    candidates = _existing(access, cycle, dates.at).filter(
        Q(parent_objective_id=objective.pk) | Q(parent_key_result_id__in=own_krs) | Q(pk__in=moved)
    )
    child_ids = [
        o.id
        for o in skeleton(candidates, dates.at).values()
        if o.parent_objective_id == objective.pk or o.parent_key_result_id in own_krs
    ]
    then, later = _rebuilt([objective.pk, *child_ids], cycle, dates)
    state = then[objective.pk]
    team = Team.objects.filter(pk=state.team_id).first() if state.team_id else None
    row = _rows([state], later, {team.pk: team} if team else {})[0]
    later_krs = {kr.id: kr for kr in row.later.key_results} if row.later else {}
    pairs = [KeyResultPair(kr, later_krs.get(kr.id)) for kr in state.key_results]
    known = {kr.id for kr in state.key_results}
    kr_ids = known | set(later_krs)
    children = [then[pk] for pk in child_ids if pk in then]
    parent, parent_title = _parent(access, state, cycle, dates.at)
    return ObjectiveThenPage(
        objective=objective,
        dates=dates,
        row=row,
        key_results=pairs,
        added_later=[kr for kr in later_krs.values() if kr.id not in known],
        parent=parent,
        parent_title=parent_title,
        children=sorted(children, key=lambda o: o.title),
        changes=_changes_between(objective, kr_ids, dates) if dates.compare_at else [],
    )


def _parent(
    access: Access, state: ObjectiveThen, cycle: Cycle, at: datetime
) -> tuple[ObjectiveThen | None, str]:
    """Return the parent objective then (when in this cycle or one nested in it, and existing
    then) and its title, if visible."""
    parent_id = state.parent_objective_id
    if state.parent_key_result_id:
        parent_id = (
            KeyResult.objects.filter(pk=state.parent_key_result_id)
            .values_list("objective_id", flat=True)
            .first()
        )
    if parent_id is None:
        return None, ""
    # Parents in an enclosing cycle are not rebuilt: their title is today's.
    title = visible_objectives(access).filter(pk=parent_id).values_list("title", flat=True).first()
    if title is None:
        return None, ""
    nearby = Objective.objects.filter(pk=parent_id, cycle_id__in=cycle_ids(cycle))
    found = skeleton(nearby, at).get(parent_id)
    return found, found.title if found else title


def _changes_between(objective: Objective, kr_ids: set[int], dates: Dates) -> list[Change]:
    """Return the readable changes of the objective and its key results between the dates."""
    assert dates.compare_at is not None
    low, high = sorted((dates.at, dates.compare_at))
    return list(
        Change.objects.filter(objective=objective, at__gt=low, at__lte=high)
        .exclude(field__in=Change.ID_ONLY_FIELDS)
        .select_related("actor__user", "key_result")
        .order_by("at", "id")[:50]
    )


@dataclass
class MapNode:
    objective: ObjectiveThen
    children: list[MapNode]


MAP_ROOTS = 50
MAP_DEPTH = 3
MAP_NODES = 150  # a page of the tree then; rendering more took longer than rebuilding it


def map_then(
    access: Access, cycle: Cycle, dates: Dates, page: int = 1
) -> tuple[list[MapNode], bool]:
    """Return a page of the alignment tree as it stood (roots by title then, children to
    MAP_DEPTH levels, at most MAP_NODES nodes), each node's progress and pace rebuilt.

    Roots are the objectives with no parent then among the visible objectives of the cycle
    that existed then. The database orders and slices today's titles and alignment; only the
    objectives whose title or alignment changed after the date are placed in Python, by their
    values then.
    """
    at = dates.at
    universe = _existing(access, cycle, at)
    moved_ids = _changed_after(cycle, at, ("title", *ALIGNMENT_FIELDS))
    moved = skeleton(universe.filter(pk__in=moved_ids), at) if moved_ids else {}
    up = _parents_then(universe, moved)
    stay = universe.exclude(pk__in=list(moved))
    ordered = _roots_today(access, cycle, at, stay)
    moved_roots = [((o.title, o.id), o.id) for o in moved.values() if up[o.id] is None]
    start = (page - 1) * MAP_ROOTS
    roots, count = page_of(
        lambda offset, limit: list(ordered[offset : offset + limit]),
        None,
        lambda row: (row[1], row[0]),
        moved_roots,
        start,
        MAP_ROOTS,
    )
    below: dict[int, list[int]] = {}
    level = roots
    for _depth in range(1, MAP_DEPTH):
        if not level:
            break
        kr_owner = dict(
            KeyResult.objects.filter(objective_id__in=level).values_list("pk", "objective_id")
        )
        # The ids through each parent index first: with the universe's conditions beside them
        # (or the two ORed) SQLite scanned the whole cycle (or every objective) instead.
        under = list(
            Objective.objects.filter(parent_objective_id__in=level).values_list("pk", flat=True)
        )
        level_krs = KeyResult.objects.filter(objective_id__in=level).values("pk")
        by_kr = Objective.objects.filter(parent_key_result_id__in=level_krs)
        under += by_kr.values_list("pk", flat=True)
        aligned = stay.filter(pk__in=under).values_list(
            "pk", "title", "parent_objective_id", "parent_key_result_id"
        )
        kids = [(title, pk, own or kr_owner[via_kr]) for pk, title, own, via_kr in aligned]
        shown = set(level)
        kids += [(o.title, o.id, up[o.id]) for o in moved.values() if up[o.id] in shown]
        for _title, pk, parent in sorted(kids):
            below.setdefault(parent, []).append(pk)
        level = [pk for _title, pk, _parent in kids]
    budget = [MAP_NODES]

    def grow(pk: int, depth: int) -> tuple[int, list]:
        budget[0] -= 1
        kids = below.get(pk, []) if depth < MAP_DEPTH else []
        return pk, [grow(k, depth + 1) for k in kids if budget[0] > 0]

    tree = [grow(pk, 1) for pk in roots]
    states = rebuild(list(_tree_ids(tree)), at, cycle.organisation)
    return _nodes(tree, states), count > start + MAP_ROOTS


ALIGNMENT_FIELDS = ("parent_objective_id", "parent_key_result_id")


def _roots_today(access: Access, cycle: Cycle, at: datetime, stay: QuerySet[Objective]) -> QuerySet:
    """Return (pk, title) of the objectives of `stay` with no parent today in the universe (the
    cycle's objectives that existed at `at` and the person may see), by title (code points) and
    id.

    Reads what the page needs, not the cycle: the objectives with no parent come in title order
    from a partial index (`objective_cycle_root_title`), so the database stops after the page;
    the others are roots only when their parent lies outside the universe, and those parents
    are few and found directly: the cycle's objectives created after the date or hidden from
    the person, and the objectives of the cycles overlapping this one (a parent's cycle encloses
    its child's). An anti-join of every aligned objective against the universe read all 28,000
    objectives of a large cycle (150 ms).
    """
    title = Collate(F("title"), "C") if connection.vendor == "postgresql" else F("title")
    organisation_id = cycle.organisation_id
    in_cycle = Objective.objects.filter(organisation_id=organisation_id, cycle=cycle).order_by()
    outside = in_cycle.filter(created_at__gt=at).values_list("pk")
    if not access.is_admin:
        # "IN (the other values)", not "<> public": only the former is read through the index.
        restricted = [value for value in Visibility.values if value != Visibility.PUBLIC]
        hidden = in_cycle.filter(visibility__in=restricted).exclude(access.objective_filter())
        outside = outside.union(hidden.values_list("pk"))
    outside_ids = [pk for (pk,) in outside]
    parts = [stay.filter(parent_objective__isnull=True, parent_key_result__isnull=True)]
    if outside_ids:
        outside_krs = KeyResult.objects.filter(objective_id__in=outside_ids).values_list("pk")
        parts.append(
            stay.filter(
                Q(parent_objective_id__in=outside_ids)
                | Q(parent_key_result_id__in=[pk for (pk,) in outside_krs])
            )
        )
    overlapping = list(
        Cycle.objects.filter(organisation_id=organisation_id, start__lte=cycle.end)
        .filter(end__gte=cycle.start)
        .exclude(pk=cycle.pk)
        .values_list("pk", flat=True)
    )
    if overlapping:
        parts.append(stay.filter(parent_objective__cycle_id__in=overlapping))
        parts.append(stay.filter(parent_key_result__objective__cycle_id__in=overlapping))
    parts = [
        part.annotate(sort_title=title).values_list("pk", "title", "sort_title") for part in parts
    ]
    if len(parts) == 1:
        return parts[0].order_by("sort_title", "pk")
    return parts[0].union(*parts[1:], all=True).order_by("sort_title", "pk")


def _parents_then(
    universe: QuerySet[Objective], objectives: dict[int, ObjectiveThen]
) -> dict[int, int | None]:
    """Return each objective's parent objective then, when that one is in `universe` (else
    None): aligned to an objective, or to a key result of one."""
    kr_ids = {o.parent_key_result_id for o in objectives.values() if o.parent_key_result_id}
    kr_owner = dict(
        KeyResult.objects.filter(pk__in=kr_ids).values_list("pk", "objective_id") if kr_ids else []
    )
    wanted = {
        o.id: o.parent_objective_id or kr_owner.get(o.parent_key_result_id or 0)
        for o in objectives.values()
    }
    parents = {pk for pk in wanted.values() if pk}
    present = (
        set(universe.filter(pk__in=parents).values_list("pk", flat=True)) if parents else set()
    )
    return {pk: parent if parent in present else None for pk, parent in wanted.items()}


def _tree_ids(tree: list[tuple[int, list]]) -> Iterator[int]:
    for pk, children in tree:
        yield pk
        yield from _tree_ids(children)


def _nodes(tree: list[tuple[int, list]], states: dict[int, ObjectiveThen]) -> list[MapNode]:
    return [MapNode(states[pk], _nodes(children, states)) for pk, children in tree]

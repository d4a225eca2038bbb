"""Time-travel pages: the board, an objective and the alignment map as they stood on a date.

Every page rebuilds the whole cycle (with its nested cycles) once per date in a constant number
of queries (`cairn.okrs.as_of`), then keeps what the person may see today.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urlencode

from django.core.exceptions import ValidationError
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
from cairn.okrs.models import Change, Cycle, KeyResult, Objective
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


def _visible_ids(access: Access, cycle: Cycle) -> set[int]:
    return set(
        visible_objectives(access).filter(cycle=cycle).order_by().values_list("pk", flat=True)
    )


def _rebuilt(ids: list[int], cycle: Cycle, dates: Dates) -> tuple[dict, dict]:
    """Return the objectives with these ids then, and at the compared date (or {})."""
    organisation = cycle.organisation
    then = rebuild(ids, dates.at, organisation)
    later = rebuild(ids, dates.compare_at, organisation) if dates.compare_at else {}
    return then, later


def _skeleton(cycle: Cycle, at: datetime) -> dict[int, ObjectiveThen]:
    return skeleton(Objective.objects.filter(cycle_id__in=cycle_ids(cycle)), at)


@dataclass
class BoardThen:
    cycle: Cycle
    dates: Dates
    rows: list[Row]
    count: int
    page: int
    has_more: bool


def board_then(access: Access, cycle: Cycle, dates: Dates, page: int = 1) -> BoardThen:
    """Return one page of the board as it stood (company-level first, then by team name)."""
    outline = _skeleton(cycle, dates.at)
    visible = _visible_ids(access, cycle)
    teams = {t.pk: t for t in Team.objects.filter(organisation=cycle.organisation_id)}
    shown = [o for o in outline.values() if o.id in visible and o.cycle_id == cycle.pk]

    def order(o: ObjectiveThen) -> tuple:
        team = teams.get(o.team_id) if o.team_id else None
        return (team is not None, team.name if team else "", o.team_id or 0, o.id)

    shown.sort(key=order)
    start = (page - 1) * PAGE_SIZE
    ids = [o.id for o in shown[start : start + PAGE_SIZE]]
    then, later = _rebuilt(ids, cycle, dates)
    rows = _rows([then[pk] for pk in ids], later, teams)
    return BoardThen(cycle, dates, rows, len(shown), page, len(shown) > start + PAGE_SIZE)


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
    """Return the objective page as it stood, or None when the objective did not exist yet."""
    outline = _skeleton(objective.cycle, dates.at)
    if objective.pk not in outline:
        return None
    visible = _visible_ids(access, objective.cycle)
    own_krs = set(KeyResult.objects.filter(objective=objective).values_list("pk", flat=True))
    child_ids = [
        o.id
        for o in outline.values()
        if o.id in visible
        and (o.parent_objective_id == objective.pk or o.parent_key_result_id in own_krs)
    ]
    then, later = _rebuilt([objective.pk, *child_ids], objective.cycle, dates)
    state = then[objective.pk]
    teams = {t.pk: t for t in Team.objects.filter(organisation=objective.organisation_id)}
    row = _rows([state], later, teams)[0]
    later_krs = {kr.id: kr for kr in row.later.key_results} if row.later else {}
    pairs = [KeyResultPair(kr, later_krs.get(kr.id)) for kr in state.key_results]
    known = {kr.id for kr in state.key_results}
    kr_ids = known | set(later_krs)
    children = [then[pk] for pk in child_ids if pk in then]
    parent, parent_title = _parent(access, state, outline)
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
    access: Access, state: ObjectiveThen, then: dict[int, ObjectiveThen]
) -> tuple[ObjectiveThen | None, str]:
    """Return the parent objective then (when in this cycle) and its title, if visible."""
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
    found = then.get(parent_id)
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
    """Return a page of the alignment tree as it stood (roots, children to MAP_DEPTH levels,
    at most MAP_NODES nodes), each node's progress and pace rebuilt."""
    outline = _skeleton(cycle, dates.at)
    visible = _visible_ids(access, cycle)
    in_cycles = Objective.objects.filter(cycle_id__in=cycle_ids(cycle))
    kr_owner = dict(
        KeyResult.objects.filter(pk__in=in_cycles.values("parent_key_result_id")).values_list(
            "pk", "objective_id"
        )
    )
    below: dict[int | None, list[ObjectiveThen]] = {}
    for o in sorted(outline.values(), key=lambda o: (o.title, o.id)):
        if o.id not in visible:
            continue
        parent = o.parent_objective_id or kr_owner.get(o.parent_key_result_id or 0)
        parent = parent if parent in visible and parent in outline else None
        below.setdefault(parent, []).append(o)
    roots = [o for o in below.get(None, []) if o.cycle_id == cycle.pk]
    start = (page - 1) * MAP_ROOTS
    budget = [MAP_NODES]

    def grow(o: ObjectiveThen, depth: int) -> MapNode:
        budget[0] -= 1
        kids = below.get(o.id, []) if depth < MAP_DEPTH else []
        return MapNode(o, [grow(k, depth + 1) for k in kids if budget[0] > 0])

    nodes = [grow(o, 1) for o in roots[start : start + MAP_ROOTS]]
    states = rebuild(list(_ids(nodes)), dates.at, cycle.organisation)
    _refresh(nodes, states)
    return nodes, len(roots) > start + MAP_ROOTS


def _ids(nodes: list[MapNode]) -> Iterator[int]:
    for node in nodes:
        yield node.objective.id
        yield from _ids(node.children)


def _refresh(nodes: list[MapNode], states: dict[int, ObjectiveThen]) -> None:
    """Put the rebuilt objective (progress, pace) into each node of the tree."""
    for node in nodes:
        node.objective = states.get(node.objective.id, node.objective)
        _refresh(node.children, states)

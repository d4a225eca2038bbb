"""The company, team and person dashboards: their scope, heat-map rows and figures.

Rows come from `cairn.dashboards.selectors` (SQL aggregates), figures from
`cairn.dashboards.figures` (pure). The number of queries does not depend on the data.

With `at` (time travel, `?as_of=`), the figures come from the stored day
(`cairn.dashboards.days`) when `at` is the end of a day that has one; otherwise the objectives
in scope are rebuilt as they stood at that moment by `cairn.okrs.as_of` and their key results
become `figures.KeyResultFact`s: the same figures, computed from what was true then (see
docs/dashboards.md, "As of a past date"). `compare` puts two such dashboards side by side.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn.dashboards import figures, snapshots
from cairn.dashboards import selectors as rows
from cairn.okrs.models import Cycle, KeyResult, Objective
from cairn.okrs.permissions import Access
from cairn.organisations.models import Organisation, Person, Team

LIST_LIMIT = 10  # at-risk key results and unaligned objectives on the page
EXPORT_LIMIT = 1000  # … in a download


@dataclass
class Heat:
    """The heat map's rows: which team each team rolls up to, and the row labels."""

    scope: rows.Scope
    row_of: dict[int | None, int | None]
    labels: dict[int | None, str]
    by_team: bool = True  # False for a person: rows are the teams of their objectives


@dataclass
class Dashboard:
    title: str
    cycle: Cycle | None
    teams: list[figures.TeamRow] = field(default_factory=list)
    total: figures.TeamRow = field(default_factory=lambda: figures.TeamRow(None, ""))
    paces: dict[str, int] = field(default_factory=dict)
    weeks: list[figures.WeekConfidence] = field(default_factory=list)
    discipline: list[figures.DisciplineRow] = field(default_factory=list)
    at_risk: list[KeyResult] = field(default_factory=list)
    unaligned: list[Objective] = field(default_factory=list)
    unaligned_count: int = 0
    grades: list[figures.GradeRow] = field(default_factory=list)
    stored_at: datetime | None = None  # pace figures from the sweep's rows of this moment
    stored_day: date | None = None  # as of a date: the figures of the stored day
    stored_zone: str = ""  # … at the end of that day in this time zone
    stored_same_moment: bool = True  # False: the reader's day ends at another moment


@dataclass
class Comparison:
    """Two dashboards of one scope side by side: `later` is the second date's."""

    later: Dashboard
    teams: list[figures.TeamChange]
    total: figures.TeamChange
    paces: list[tuple[str, int, int, int]]
    entered: list[KeyResult]  # on the later at-risk list, not on the earlier one
    left: list[KeyResult]  # on the earlier at-risk list, not on the later one


def compare(then: Dashboard, later: Dashboard) -> Comparison:
    """Return what moved between two dashboards of the same scope (pure)."""
    before = {kr.pk for kr in then.at_risk}
    after = {kr.pk for kr in later.at_risk}
    return Comparison(
        later=later,
        teams=figures.compare_rows(then.teams, later.teams),
        total=figures.TeamChange(None, "", then.total, later.total),
        paces=figures.compare_paces(then.paces, later.paces),
        entered=[kr for kr in later.at_risk if kr.pk not in before],
        left=[kr for kr in then.at_risk if kr.pk not in after],
    )


def _team_tree(organisation: Organisation) -> tuple[dict[int, int | None], dict[int, str]]:
    """Return {team: parent} and {team: name} in one query."""
    parents: dict[int, int | None] = {}
    names: dict[int, str] = {}
    for pk, parent, name in Team.objects.filter(organisation=organisation).values_list(
        "id", "parent_id", "name"
    ):
        parents[pk], names[pk] = parent, name
    return parents, names


def _roll_up(parents: dict[int, int | None], row_ids: set[int]) -> dict[int | None, int | None]:
    """Return {team: its nearest ancestor-or-self among row_ids}; teams outside are left out."""
    found: dict[int | None, int | None] = {}
    for team in parents:
        current: int | None = team
        seen = set()
        while current is not None and current not in row_ids and current not in seen:
            seen.add(current)
            current = parents.get(current)
        if current is not None and current in row_ids:
            found[team] = current
    return found


def _labels(row_ids: list[int], names: dict[int, str], own: int | None) -> dict[int | None, str]:
    labels: dict[int | None, str] = {}
    for pk in row_ids:
        name = names.get(pk, "")
        labels[pk] = _("%(team)s (own objectives)") % {"team": name} if pk == own else name
    return labels


def _children(parents: dict[int, int | None], of: int, names: dict[int, str]) -> list[int]:
    return sorted((t for t, p in parents.items() if p == of), key=lambda t: (names[t], t))


def company_heat(organisation: Organisation) -> Heat:
    """Return the company's heat map: one row per top team (below a single root), rolled up."""
    parents, names = _team_tree(organisation)
    roots = sorted((t for t, p in parents.items() if p is None), key=lambda t: (names[t], t))
    own = roots[0] if len(roots) == 1 else None
    row_ids = [own, *_children(parents, own, names)] if own is not None else roots
    row_of = _roll_up(parents, set(row_ids))
    row_of[None] = None
    labels: dict[int | None, str] = {None: _("Company level (no team)")}
    labels.update(_labels(row_ids, names, own))
    return Heat(rows.Scope(), row_of, labels)


def team_heat(team: Team) -> Heat:
    """Return a team's heat map: the team's own objectives, then each team below it."""
    parents, names = _team_tree(team.organisation)
    row_ids = [team.pk, *_children(parents, team.pk, names)]
    row_of = _roll_up(parents, set(row_ids))
    subtree = frozenset(t for t, row in row_of.items() if t is not None)
    return Heat(rows.Scope(team_ids=subtree), row_of, _labels(row_ids, names, team.pk))


def person_heat(person: Person) -> Heat:
    """Return a person's heat map: one row per team of the objectives they own key results on."""
    parents, names = _team_tree(person.organisation)
    row_of: dict[int | None, int | None] = {t: t for t in parents}
    row_of[None] = None
    labels: dict[int | None, str] = {None: _("Company level (no team)")}
    labels.update(sorted(names.items(), key=lambda item: (item[1], item[0])))
    return Heat(rows.Scope(person_id=person.pk), row_of, labels, by_team=False)


PARTS = frozenset({"pace", "at_risk", "unaligned", "grades", "confidence"})
PAGE_PARTS = PARTS - {"confidence"}  # the trend loads on its own (`?part=confidence`)


def dashboard(
    access: Access,
    heat: Heat,
    title: str,
    cycle: Cycle | None,
    parts: frozenset[str] = PARTS,
    now: datetime | None = None,
    limit: int = LIST_LIMIT,
    at: datetime | None = None,
) -> Dashboard:
    """Return the chosen parts of a dashboard over the cycle, for what the reader may see.

    With `at`, every figure is the one the dashboard showed at that moment (as far as the
    history tells; see `dashboards_then.add_then`).
    """
    now = at or now or timezone.now()
    board = Dashboard(title=title, cycle=cycle)
    if "grades" in parts:
        board.grades = _grades(access, heat.scope, cycle, at)
    if cycle is None:
        return board
    if at is not None:
        from cairn.web.queries.dashboards_then import add_then

        add_then(board, access, heat, cycle, parts, at, limit)
        return board
    stored_at = (
        _stored(heat.scope, cycle, now) if parts & {"pace", "at_risk", "confidence"} else None
    )
    stored = stored_at is not None
    if parts & {"pace", "at_risk"}:
        board.stored_at = stored_at
    if "confidence" in parts:
        counts = None
        if stored:
            counts = key_results_per_team(rows.stored_pace_groups(access, heat.scope, cycle, now))
        _add_weeks(board, access, heat, cycle, now, counts=counts, live=True)
    if "unaligned" in parts:
        unaligned = rows.unaligned(access, heat.scope, cycle)
        board.unaligned = list(unaligned[:limit])
        board.unaligned_count = unaligned.count()
    if parts & {"pace", "at_risk"}:
        if stored:
            _add_stored_pace(board, access, heat, cycle, parts, now, limit)
        else:
            _add_pace(board, access, heat, cycle, parts, now, limit)
    return board


def _stored(scope: rows.Scope, cycle: Cycle, now: datetime) -> datetime | None:
    """Return when the sweep's pace rows were written if they stand for the cycle (one query).

    A person's dashboard (few key results, rows not stored by owner) always counts live.
    """
    if scope.person_id is not None:
        return None
    snapshot = rows.snapshots_of([cycle]).get(cycle.pk)
    if snapshots.fresh(snapshot, cycle, now, settings.CAIRN_DASHBOARD_SNAPSHOT_MINUTES):
        return snapshot.paces_at  # type: ignore[union-attr]
    return None


def _add_stored_pace(
    board: Dashboard,
    access: Access,
    heat: Heat,
    cycle: Cycle,
    parts: frozenset[str],
    now: datetime,
    limit: int,
) -> None:
    """Add the heat map, the pace distribution and the at-risk list from the stored rows."""
    if "pace" in parts:
        groups = rows.stored_pace_groups(access, heat.scope, cycle, now)
        _set_pace(board, groups, heat)
    if "at_risk" in parts:
        board.at_risk = rows.stored_at_risk(access, heat.scope, cycle, limit)


def _add_weeks(
    board: Dashboard,
    access: Access,
    heat: Heat,
    cycle: Cycle,
    now: datetime,
    counts: dict[int | None, int] | None = None,
    live: bool = False,
) -> None:
    """Add the weekly confidence and the weekly check-in discipline by team.

    `counts` (key results per team) is given when time travelling (those that existed then)
    or from the stored pace rows; `live` is False for a past moment.
    """
    starts = rows.week_starts(cycle, access.person.organisation, now)
    groups = rows.stored_check_in_weeks(access, heat.scope, cycle, starts, now, live=live)
    board.weeks = figures.confidence_trend(groups, [moment.date() for moment in starts])
    if counts is None:
        counts = rows.key_result_counts(rows.key_results_in(access, heat.scope, cycle))
    labels = heat.labels if heat.by_team else {k: v for k, v in heat.labels.items() if k in counts}
    board.discipline = figures.discipline_rows(groups, counts, heat.row_of, labels, len(starts))


def _add_pace(
    board: Dashboard,
    access: Access,
    heat: Heat,
    cycle: Cycle,
    parts: frozenset[str],
    now: datetime,
    limit: int,
) -> None:
    """Add the heat map, the pace distribution and the at-risk list (one pace expression)."""
    key_results = rows.key_results_in(access, heat.scope, cycle)
    organisation = access.person.organisation
    pace = rows.pace_case(cycle, rows.due_dates(key_results), now, organisation)
    if "pace" in parts:
        groups = rows.pace_groups(key_results, pace, now)
        _set_pace(board, groups, heat)
    if "at_risk" in parts:
        board.at_risk = rows.at_risk(key_results, pace, limit)


def _set_pace(board: Dashboard, groups: list[figures.PaceGroup], heat: Heat) -> None:
    """Set the heat map's rows, their total and the pace distribution from pace groups."""
    board.teams = _team_rows(groups, heat)
    board.total = figures.totals(board.teams)
    board.paces = figures.pace_distribution(groups)


def key_results_per_team(groups: list[figures.PaceGroup]) -> dict[int | None, int]:
    """Return the key results per team of pace groups (the discipline's denominators)."""
    counts: dict[int | None, int] = {}
    for group in groups:
        counts[group.team_id] = counts.get(group.team_id, 0) + group.count
    return counts


def _team_rows(groups: list[figures.PaceGroup], heat: Heat) -> list[figures.TeamRow]:
    if heat.by_team:
        found = figures.team_rows(groups, heat.row_of, heat.labels)
        return [row for row in found if row.key is not None or row.count]  # no empty top row
    present = {g.team_id for g in groups}
    labels = {k: v for k, v in heat.labels.items() if k in present}
    return figures.team_rows(groups, heat.row_of, labels)


def _grades(
    access: Access, scope: rows.Scope, cycle: Cycle | None, at: datetime | None = None
) -> list[figures.GradeRow]:
    graded = rows.graded_cycles(access.person.organisation_id, cycle)
    if at is not None:  # no record of when a cycle was graded: only those ended by then
        day = at.astimezone(access.person.zone).date()
        graded = [c for c in graded if c.end < day]
    stored: list[Cycle] = []
    if graded and scope.person_id is None:  # closed cycles' grades are stored once
        found = rows.snapshots_of(graded)
        stored = [c for c in graded if c.pk in found and found[c.pk].grades_at is not None]
    counted = [c for c in graded if c not in stored]
    groups = rows.stored_grade_groups(access, scope, stored) + rows.grade_groups(
        access, scope, counted
    )
    return figures.grade_rows(groups, {c.pk: c.name for c in graded})

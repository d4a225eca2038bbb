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
from datetime import date, datetime, timedelta

from django.conf import settings
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn.dashboards import days, figures, snapshots
from cairn.dashboards import selectors as rows
from cairn.dashboards.models import PaceDay
from cairn.okrs.as_of import KeyResultThen, ObjectiveThen, objectives_as_of, rebuild, skeleton
from cairn.okrs.models import Change, Cycle, KeyResult, Objective
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
    history tells; see `_add_then`).
    """
    now = at or now or timezone.now()
    board = Dashboard(title=title, cycle=cycle)
    if "grades" in parts:
        board.grades = _grades(access, heat.scope, cycle, at)
    if cycle is None:
        return board
    if at is not None:
        _add_then(board, access, heat, cycle, parts, at, limit)
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
            counts = {}
            for group in rows.stored_pace_groups(access, heat.scope, cycle, now):
                counts[group.team_id] = counts.get(group.team_id, 0) + group.count
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
        board.teams = _team_rows(groups, heat)
        board.total = figures.totals(board.teams)
        board.paces = figures.pace_distribution(groups)
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
        board.teams = _team_rows(groups, heat)
        board.total = figures.totals(board.teams)
        board.paces = figures.pace_distribution(groups)
    if "at_risk" in parts:
        board.at_risk = rows.at_risk(key_results, pace, limit)


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


# Time travel ----------------------------------------------------------------------------


def _in_scope_then(scope: rows.Scope, objective: ObjectiveThen) -> bool:
    """Return True when the objective, as it stood, is in the dashboard's scope."""
    if scope.team_ids is not None:
        return objective.team_id in scope.team_ids
    return True


def _moved_after(cycle: Cycle, at: datetime, fields: tuple[str, ...], key_results: bool) -> Q:
    """Return the cycle's objectives (or key results') with one of the fields changed after `at`."""
    changed = Change.objects.filter(
        organisation_id=cycle.organisation_id,
        objective__cycle_id=cycle.pk,
        key_result__isnull=not key_results,
        field__in=fields,
        at__gt=at,
    ).values("objective_id")
    return Q(pk__in=changed)


def _scope_then(
    access: Access, scope: rows.Scope, cycle: Cycle, at: datetime
) -> list[ObjectiveThen]:
    """Rebuild only the objectives that may be in scope at `at` and the reader may see today.

    A team's: those in its subtree today or whose team changed since; a person's: those with
    a key result they own today or whose key results changed owner since. Then kept by their
    values of then.
    """
    objectives = Objective.objects.filter(access.objective_filter()).filter(cycle_id=cycle.pk)
    if scope.team_ids is not None:
        objectives = objectives.filter(
            Q(team_id__in=sorted(scope.team_ids)) | _moved_after(cycle, at, ("team",), False)
        )
    elif scope.person_id is not None:
        owned = KeyResult.objects.filter(owner_id=scope.person_id).values("objective_id")
        objectives = objectives.filter(Q(pk__in=owned) | _moved_after(cycle, at, ("owner",), True))
    if scope.team_ids is not None or scope.person_id is not None:
        # The ids first: nested in the rebuild's newest-check-in look-up, the ORed subqueries
        # made PostgreSQL walk the whole cycle's key results (3 s at 10,000 people).
        objectives = Objective.objects.filter(pk__in=list(objectives.values_list("pk", flat=True)))
    then = objectives_as_of(objectives, at, access.person.organisation)
    return [o for o in then.values() if _in_scope_then(scope, o)]


def _facts(pairs: list[tuple[ObjectiveThen, KeyResultThen]], at: datetime) -> list:
    since = at - timedelta(days=rows.DISCIPLINE_DAYS)
    return [
        figures.KeyResultFact(
            team_id=o.team_id,
            pace=kr.pace,
            progress=kr.progress,
            confidence=kr.confidence,
            checked_in_recently=kr.last_check_in_at is not None and kr.last_check_in_at >= since,
        )
        for o, kr in pairs
    ]


def _risky_order(pair: tuple[ObjectiveThen, KeyResultThen]) -> tuple:
    kr = pair[1]
    return (kr.pace != "off_track", kr.confidence, kr.progress, kr.id)


def _add_pace_then(
    board: Dashboard, heat: Heat, groups: list[figures.PaceGroup], parts: frozenset[str]
) -> dict[int | None, int]:
    """Add the heat map and pace distribution; return the key results per team (discipline)."""
    if "pace" in parts:
        board.teams = _team_rows(groups, heat)
        board.total = figures.totals(board.teams)
        board.paces = figures.pace_distribution(groups)
    counts: dict[int | None, int] = {}
    for group in groups:
        counts[group.team_id] = counts.get(group.team_id, 0) + group.count
    return counts


def _add_then(
    board: Dashboard,
    access: Access,
    heat: Heat,
    cycle: Cycle,
    parts: frozenset[str],
    at: datetime,
    limit: int,
) -> None:
    """Add the chosen parts as they stood at `at`.

    From the stored day (`cairn.dashboards.days`) when `at` is the end of a day that has one
    (not for a person: the rows are not stored by owner), else from the objectives in scope
    rebuilt at that moment. Visibility is today's (what the reader may open now); team, owner
    and alignment are those of then. The confidence trend and discipline count check-ins made
    by `at` only.
    """
    scope = heat.scope
    organisation = access.person.organisation
    marker = None
    counts: dict[int | None, int] = {}
    if scope.person_id is None and parts & {"pace", "at_risk", "confidence"}:
        marker = days.stored_day(cycle, organisation, at)
    rebuilt: list[tuple[ObjectiveThen, KeyResultThen]] | None = None

    def pairs() -> list[tuple[ObjectiveThen, KeyResultThen]]:
        nonlocal rebuilt
        if rebuilt is None:
            rebuilt = [
                (o, kr)
                for o in _scope_then(access, scope, cycle, at)
                for kr in o.key_results
                if scope.person_id is None or kr.owner_id == scope.person_id
            ]
        return rebuilt

    if marker is not None:
        board.stored_day = marker.day
        board.stored_zone = organisation.time_zone
        board.stored_same_moment = days.day_end(marker.day, organisation) == at
        counts = _stored_then(board, access, heat, cycle, parts, at, limit, marker)
        if "at_risk" in parts and limit > days.AT_RISK_PER_BUCKET:  # a download: exact list
            risky = sorted((p for p in pairs() if p[1].pace in rows.RISKY), key=_risky_order)
            board.at_risk = _key_results_then(risky[:limit])
    elif parts & {"pace", "at_risk", "confidence"}:
        counts = _add_pace_then(board, heat, figures.group_facts(_facts(pairs(), at)), parts)
        if "at_risk" in parts:
            risky = sorted((p for p in pairs() if p[1].pace in rows.RISKY), key=_risky_order)
            board.at_risk = _key_results_then(risky[:limit])
    if "unaligned" in parts:
        _add_unaligned_then(board, access, scope, cycle, at, limit)
    if "confidence" in parts:
        _add_weeks(board, access, heat, cycle, at, counts=counts)


def _stored_then(
    board: Dashboard,
    access: Access,
    heat: Heat,
    cycle: Cycle,
    parts: frozenset[str],
    at: datetime,
    limit: int,
    marker: PaceDay,
) -> dict[int | None, int]:
    """Add pace figures and the at-risk list from the stored day; return key results per team.

    What a non-admin sees only as owner or through sharing is rebuilt (those few objectives).
    """
    scope = heat.scope
    organisation = access.person.organisation
    groups = days.day_pace_groups(access, scope.team_ids, marker)
    own: list[tuple[ObjectiveThen, KeyResultThen]] = []
    if not access.is_admin:
        objectives = (
            Objective.objects.filter(access.objective_filter())
            .filter(~rows._counted_visible(access))
            .filter(cycle_id=cycle.pk)
        )
        then = objectives_as_of(objectives, at, organisation)
        own = [(o, kr) for o in then.values() if _in_scope_then(scope, o) for kr in o.key_results]
        groups += figures.group_facts(_facts(own, at))
    counts = _add_pace_then(board, heat, groups, parts)
    if "at_risk" in parts and limit <= days.AT_RISK_PER_BUCKET:
        stored = days.day_at_risk(access, scope.team_ids, marker, limit)
        mine = [
            ((0 if kr.pace == "off_track" else 1, kr.confidence, kr.progress, kr.id, o.id), o)
            for o, kr in own
            if kr.pace in rows.RISKY
        ]
        chosen = sorted([row for row, _team in stored] + [row for row, _o in mine])[:limit]
        wanted = {row[4] for row in chosen}
        listed = objectives_as_of(Objective.objects.filter(pk__in=wanted), at, organisation)
        by_kr = {kr.id: (o, kr) for o in listed.values() for kr in o.key_results}
        board.at_risk = _key_results_then([by_kr[row[3]] for row in chosen if row[3] in by_kr])
    return counts


def _add_unaligned_then(
    board: Dashboard, access: Access, scope: rows.Scope, cycle: Cycle, at: datetime, limit: int
) -> None:
    """Add the team objectives aligned to nothing then, in scope then, visible today.

    Only objectives unaligned today or whose team, owner or alignment changed since can be:
    their fields then come from `skeleton` (no key results), progress for the listed ones.
    """
    fields = ("team", "owner", "parent_objective_id", "parent_key_result_id")
    alone_now = Q(team__isnull=False, parent_objective__isnull=True,
                  parent_key_result__isnull=True) & scope.objectives()  # fmt: skip
    candidates = (
        Objective.objects.filter(access.objective_filter())
        .filter(cycle_id=cycle.pk)
        .filter(alone_now | _moved_after(cycle, at, fields, False))
    )
    alone = [
        o
        for o in skeleton(candidates, at).values()
        if o.team_id is not None
        and o.parent_objective_id is None
        and o.parent_key_result_id is None
        and _in_scope_then(scope, o)
        and (scope.person_id is None or o.owner_id == scope.person_id)
    ]
    board.unaligned_count = len(alone)
    board.unaligned = _objectives_then(alone, limit, at, access.person.organisation)


def _people_and_teams(
    owner_ids: set[int | None], team_ids: set[int | None]
) -> tuple[dict[int, Person], dict[int, Team]]:
    """Return the owners and teams of then, by id (two queries)."""
    people = Person.objects.filter(pk__in=[i for i in owner_ids if i]).select_related("user")
    teams = Team.objects.filter(pk__in=[i for i in team_ids if i])
    return {p.pk: p for p in people}, {t.pk: t for t in teams}


def _key_results_then(pairs: list[tuple[ObjectiveThen, KeyResultThen]]) -> list[KeyResult]:
    """Return unsaved key results carrying their values of then, for the at-risk list."""
    if not pairs:
        return []
    people, teams = _people_and_teams(
        {kr.owner_id for _o, kr in pairs}, {o.team_id for o, _k in pairs}
    )
    stored = KeyResult.objects.filter(pk__in=[kr.id for _o, kr in pairs]).select_related(
        "objective"
    )
    by_id = {kr.pk: kr for kr in stored}
    found = []
    for o, then in pairs:
        kr = by_id[then.id]
        kr.title, kr.progress, kr.confidence = then.title, then.progress, then.confidence
        kr.pace = then.pace  # type: ignore[attr-defined]
        kr.owner = people.get(then.owner_id) if then.owner_id else None  # type: ignore[assignment]
        kr.objective.title = o.title
        kr.objective.team = teams.get(o.team_id) if o.team_id else None
        found.append(kr)
    return found


def _objectives_then(
    objectives: list[ObjectiveThen], limit: int, at: datetime, organisation: Organisation
) -> list[Objective]:
    """Return the first `limit` objectives (by team name, title) as unsaved rows of then.

    Their progress is rolled up at `at` (`rebuild`: the listed objectives and the aligned
    children their progress depends on).
    """
    people, teams = _people_and_teams(
        {o.owner_id for o in objectives}, {o.team_id for o in objectives}
    )

    def order(o: ObjectiveThen) -> tuple:
        team = teams.get(o.team_id) if o.team_id else None
        return (team.name if team else "", o.title, o.id)

    chosen = sorted(objectives, key=order)[:limit]
    progress = rebuild([o.id for o in chosen], at, organisation)
    by_id = Objective.objects.in_bulk([o.id for o in chosen])
    found = []
    for then in chosen:
        row = by_id[then.id]
        row.title = then.title
        row.progress = progress[then.id].progress if then.id in progress else 0.0
        row.team = teams.get(then.team_id) if then.team_id else None
        row.owner = people.get(then.owner_id) if then.owner_id else None  # type: ignore[assignment]
        found.append(row)
    return found

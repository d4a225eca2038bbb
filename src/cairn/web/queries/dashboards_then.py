"""The dashboards as they stood at a past moment (`?as_of=`): from a stored day or a rebuild.

`add_then` fills a `Dashboard` with the figures of then: from the stored day
(`cairn.dashboards.days`) when the moment is the end of a day that has one, otherwise from the
objectives in scope rebuilt at that moment by `cairn.okrs.as_of` (see docs/dashboards.md, "As
of a past date").
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.db.models import Q

from cairn.dashboards import days, figures
from cairn.dashboards import selectors as rows
from cairn.dashboards.models import PaceDay
from cairn.okrs.as_of import KeyResultThen, ObjectiveThen, objectives_as_of, rebuild, skeleton
from cairn.okrs.models import Change, Cycle, KeyResult, Objective
from cairn.okrs.permissions import Access
from cairn.organisations.models import Organisation, Person, Team
from cairn.web.queries.dashboards import (
    Dashboard,
    Heat,
    _add_weeks,
    _set_pace,
    key_results_per_team,
)


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
        _set_pace(board, groups, heat)
    return key_results_per_team(groups)


def add_then(
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
            board.at_risk = _at_risk_then(pairs(), limit)
    elif parts & {"pace", "at_risk", "confidence"}:
        counts = _add_pace_then(board, heat, figures.group_facts(_facts(pairs(), at)), parts)
        if "at_risk" in parts:
            board.at_risk = _at_risk_then(pairs(), limit)
    if "unaligned" in parts:
        _add_unaligned_then(board, access, scope, cycle, at, limit)
    if "confidence" in parts:
        _add_weeks(board, access, heat, cycle, at, counts=counts)


def _at_risk_then(pairs: list[tuple[ObjectiveThen, KeyResultThen]], limit: int) -> list[KeyResult]:
    """Return the first `limit` key results at risk or off track then, riskiest first."""
    risky = sorted((p for p in pairs if p[1].pace in rows.RISKY), key=_risky_order)
    return _key_results_then(risky[:limit])


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
    # Teams for the order (few), people for the listed rows only (thousands may be candidates).
    teams = Team.objects.in_bulk({o.team_id for o in objectives if o.team_id})

    def order(o: ObjectiveThen) -> tuple:
        team = teams.get(o.team_id) if o.team_id else None
        return (team.name if team else "", o.title, o.id)

    chosen = sorted(objectives, key=order)[:limit]
    people, _teams = _people_and_teams({o.owner_id for o in chosen}, set())
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

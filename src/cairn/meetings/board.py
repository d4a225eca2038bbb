"""The meeting board: each member's key results with this week's check-in, as Plans / Progress / Problems.

The rule, per key result of the team's current cycle that a member owns:
- **Problems**: its pace is off track or at risk, or this week's check-in has blockers (the same
  test as the `check_in.blockers` alert: the blockers text is not blank), or this week's
  confidence is lower than the check-in before it.
- **Progress**: not a problem, and this week's check-in moved it (a different value than the
  check-in before it, or the start value; or a milestone marked done).
- **Plans**: the rest: no check-in this week yet, or a check-in that did not move it.

"This week's check-in" is the key result's latest check-in when it is recent enough that the
check-in page no longer lists the key result as due (`cairn.okrs.selectors.is_due`).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import Q

from cairn.okrs.models import CheckIn, Cycle, KeyResult, Objective, Visibility
from cairn.okrs.permissions import may_see, reaches, shared_pairs
from cairn.okrs.selectors import is_due
from cairn.organisations.models import Person, Team, TeamMembership

PROBLEM_PACES = frozenset({"off_track", "at_risk"})


@dataclass
class Row:
    """One key result in the meeting, with this week's check-in and its changes."""

    key_result: KeyResult
    check_in: CheckIn | None
    previous: CheckIn | None
    group: str = "plans"

    @property
    def value_change(self) -> float | None:
        if self.check_in is None or self.check_in.value is None:
            return None
        before = self.previous.value if self.previous else self.key_result.start
        return None if before is None else self.check_in.value - before

    @property
    def confidence_change(self) -> int | None:
        if self.check_in is None or self.previous is None:
            return None
        return self.check_in.confidence - self.previous.confidence

    @property
    def blockers(self) -> str:
        return self.check_in.blockers.strip() if self.check_in else ""

    @property
    def moved(self) -> bool:
        if self.check_in is None:
            return False
        if self.check_in.done and not (self.previous and self.previous.done):
            return True
        change = self.value_change
        return change is not None and abs(change) > 1e-9


@dataclass
class MemberBoard:
    """A member's key results, grouped, and whether they checked in on each this week."""

    person: Person
    is_lead: bool
    problems: list[Row] = field(default_factory=list)
    progress: list[Row] = field(default_factory=list)
    plans: list[Row] = field(default_factory=list)

    @property
    def rows(self) -> list[Row]:
        return [*self.problems, *self.progress, *self.plans]

    @property
    def not_checked_in(self) -> list[Row]:
        return [row for row in self.rows if row.check_in is None]


def group_of(row: Row) -> str:
    """Return "problems", "progress" or "plans" by the rule in this module's docstring."""
    change = row.confidence_change
    if (
        row.key_result.pace_status in PROBLEM_PACES
        or row.blockers
        or (change is not None and change < 0)
    ):
        return "problems"
    return "progress" if row.moved else "plans"


def team_channel_filter(team: Team) -> Q:
    """Return the objectives everyone in a team's chat channel may see."""
    return Q(organisation_id=team.organisation_id) & (
        Q(visibility=Visibility.PUBLIC)
        | Q(visibility=Visibility.TEAM, team__isnull=True)
        | Q(visibility=Visibility.TEAM, team=team)
    )


def _memberships(team: Team) -> list[TeamMembership]:
    return list(
        team.memberships.filter(person__is_active=True)
        .select_related("person__user", "person__organisation")
        .order_by("-is_lead", "person__user__first_name", "person__user__last_name", "pk")
    )


def _check_ins(key_results: list[KeyResult], now: datetime) -> dict[int, list[CheckIn]]:
    """Return each key result's effective check-ins, newest first (one query)."""
    found: dict[int, list[CheckIn]] = defaultdict(list)
    rows = CheckIn.objects.filter(
        key_result__in=[kr.pk for kr in key_results],
        correction__isnull=True,
        checked_in_at__lte=now,
    ).order_by("key_result_id", "-checked_in_at", "-id")
    for check_in in rows:
        found[check_in.key_result_id].append(check_in)
    return found


def _row(key_result: KeyResult, history: list[CheckIn], now: datetime) -> Row:
    latest = history[0] if history else None
    this_week = None
    if latest is not None:
        probe = KeyResult(last_check_in_at=latest.checked_in_at)
        this_week = None if is_due(probe, key_result.organisation, now) else latest
    previous_at = 1 if this_week is not None else 0
    previous = history[previous_at] if len(history) > previous_at else None
    row = Row(key_result, this_week, previous)
    row.group = group_of(row)
    return row


def meeting_board(team: Team, cycle: Cycle | None, visible: Q, now: datetime) -> list[MemberBoard]:
    """Return each active member's board for the cycle, limited to the `visible` objectives."""
    boards = {m.person_id: MemberBoard(m.person, m.is_lead) for m in _memberships(team)}
    if cycle is None or not boards:
        return list(boards.values())
    key_results = list(
        KeyResult.objects.filter(
            organisation_id=team.organisation_id,
            objective__cycle=cycle,
            owner_id__in=list(boards),
            objective__in=Objective.objects.filter(visible).values("pk"),
        )
        .select_related("objective", "organisation")
        .order_by("objective_id", "position", "pk")
    )
    history = _check_ins(key_results, now)
    for key_result in key_results:
        row = _row(key_result, history.get(key_result.pk, []), now)
        getattr(boards[key_result.owner_id], row.group).append(row)
    return list(boards.values())


def meeting_boards(
    teams: list[Team], cycles: dict[int, Cycle | None], now: datetime
) -> dict[int, list[MemberBoard]]:
    """Return each team's boards for its organisation's cycle (`cycles`, by organisation), every
    key result its members own, for many teams in 3 queries (the agenda; `limited` cuts each
    reader's view). The same rows and order as `meeting_board` with no visibility limit."""
    boards: dict[int, dict[int, MemberBoard]] = {team.pk: {} for team in teams}
    memberships = (
        TeamMembership.objects.filter(team__in=teams, person__is_active=True)
        .select_related("person__user", "person__organisation")
        .order_by("-is_lead", "person__user__first_name", "person__user__last_name", "pk")
    )
    for membership in memberships:
        boards[membership.team_id][membership.person_id] = MemberBoard(
            membership.person, membership.is_lead
        )
    owners = {person_id for team_boards in boards.values() for person_id in team_boards}
    key_results = list(
        KeyResult.objects.filter(
            objective__cycle_id__in=[c.pk for c in cycles.values() if c], owner_id__in=owners
        )
        .select_related("objective", "organisation")
        .order_by("objective_id", "position", "pk")
    )
    history = _check_ins(key_results, now)
    owned: dict[int, list[KeyResult]] = defaultdict(list)
    for key_result in key_results:
        owned[key_result.owner_id].append(key_result)
    for team in teams:
        cycle = cycles.get(team.organisation_id)
        for person_id, board in boards[team.pk].items():
            for key_result in owned[person_id]:
                if cycle is None or key_result.objective.cycle_id != cycle.pk:
                    continue
                row = _row(key_result, history.get(key_result.pk, []), now)
                getattr(board, row.group).append(row)
    return {team_id: list(team_boards.values()) for team_id, team_boards in boards.items()}


def limited(boards: list[MemberBoard], objective_ids: set[int]) -> list[MemberBoard]:
    """Return copies of the boards keeping only the key results of the given objectives."""

    def keep(rows: list[Row]) -> list[Row]:
        return [row for row in rows if row.key_result.objective_id in objective_ids]

    return [
        MemberBoard(b.person, b.is_lead, keep(b.problems), keep(b.progress), keep(b.plans))
        for b in boards
    ]


def visible_to(people: list[Person], objectives: list[Objective]) -> dict[int, set[int]]:
    """Return, per person, the ids of the objectives they may see (`Access.objective_filter`'s
    rule), for many people in a few queries (`reaches`, `shared_pairs`)."""
    reach = reaches(people)
    shared = shared_pairs(people, [o.pk for o in objectives])
    return {
        person.pk: {o.pk for o in objectives if may_see(person, reach[person.pk], o, shared)}
        for person in people
    }


def key_result_rows(key_results: list[KeyResult], now: datetime) -> list[Row]:
    """Return each key result's row (this week's check-in, changes, group), in the given order."""
    history = _check_ins(key_results, now)
    return [_row(key_result, history.get(key_result.pk, []), now) for key_result in key_results]

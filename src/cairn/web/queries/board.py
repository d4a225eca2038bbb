"""The cycle board: every visible objective of a cycle as a tree of teams and owners."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cairn.lib.ids import parse_id
from cairn.okrs.models import Cycle, KeyResult, Objective, ObjectiveKind
from cairn.okrs.permissions import Access
from cairn.organisations import selectors as org_selectors
from cairn.organisations.models import Person, Team
from cairn.web.queries.common import (
    ObjectiveView,
    objective_views,
    search_text,
    summarised_objective_views,
    visible_objectives,
)

PACE_CHOICES = (
    ("on_track", _("On track")),
    ("at_risk", _("At risk")),
    ("off_track", _("Off track")),
    ("too_early", _("Too early")),
)
PACE_STATUSES = tuple(value for value, _label in PACE_CHOICES)
# A board shows at most this many objectives; past that, people narrow it with filters.
SHOWN = 300
# Pace and staleness are computed in Python, so those filters look at this many candidates.
CANDIDATES = 3000


@dataclass(frozen=True)
class BoardFilters:
    team: int | None = None
    owner: int | None = None
    status: str = ""
    kind: str = ""
    stale: bool = False
    q: str = ""

    @classmethod
    def from_query(cls, params: Mapping[str, str]) -> BoardFilters:
        """Return filters read from GET parameters; unknown values are ignored."""
        status = params.get("status", "")
        kind = params.get("kind", "")
        return cls(
            team=parse_id(params.get("team")),
            owner=parse_id(params.get("owner")),
            status=status if status in PACE_STATUSES else "",
            kind=kind if kind in ObjectiveKind.values else "",
            stale=params.get("stale") in ("1", "on", "true"),
            q=search_text(params.get("q"), max_length=200),
        )

    @property
    def active(self) -> bool:
        return any((self.team, self.owner, self.status, self.kind, self.stale, self.q))


@dataclass
class OwnerGroup:
    owner: Person | None
    objectives: list[ObjectiveView] = field(default_factory=list)


@dataclass
class TeamSection:
    team: Team | None
    depth: int
    groups: list[OwnerGroup] = field(default_factory=list)

    @property
    def heading_level(self) -> int:
        return min(self.depth + 2, 6)

    @property
    def count(self) -> int:
        return sum(len(g.objectives) for g in self.groups)


@dataclass
class Board:
    cycle: Cycle
    sections: list[TeamSection]
    teams: list[Team]
    owners: list[Person]
    count: int
    truncated: bool = False


def _filtered(access: Access, cycle: Cycle, filters: BoardFilters, teams: list[Team]):
    """Return the visible objectives of the cycle narrowed by the database-side filters."""
    objectives = visible_objectives(access).filter(cycle=cycle)
    if filters.team:
        parents = {t.pk: t.parent_id for t in teams}
        objectives = objectives.filter(
            team_id__in=org_selectors.team_descendant_ids(parents, [filters.team])
        )
    if filters.owner:
        objectives = objectives.filter(owner_id=filters.owner)
    if filters.kind:
        objectives = objectives.filter(kind=filters.kind)
    if filters.q:
        matching_kr = KeyResult.objects.filter(objective=OuterRef("pk"), title__icontains=filters.q)
        objectives = objectives.filter(Q(title__icontains=filters.q) | Exists(matching_kr))
    return objectives


def _keep(view: ObjectiveView, filters: BoardFilters) -> bool:
    if filters.status and view.pace != filters.status:
        return False
    return not (filters.stale and not view.stale)


def team_order(teams: list[Team]) -> list[tuple[Team, int]]:
    """Return the teams depth-first (company → departments → teams) with their depth."""
    children: dict[int | None, list[Team]] = defaultdict(list)
    known = {t.pk for t in teams}
    for team in teams:
        children[team.parent_id if team.parent_id in known else None].append(team)
    ordered: list[tuple[Team, int]] = []
    stack = [(t, 0) for t in reversed(children[None])]
    while stack:
        team, depth = stack.pop()
        ordered.append((team, depth))
        stack.extend((c, depth + 1) for c in reversed(children[team.pk]))
    return ordered


def _group(views: list[ObjectiveView]) -> list[OwnerGroup]:
    groups: dict[int | None, OwnerGroup] = {}
    for view in views:
        owner = view.objective.owner
        key = owner.pk if owner else None
        groups.setdefault(key, OwnerGroup(owner)).objectives.append(view)
    return sorted(groups.values(), key=lambda g: (g.owner is None, g.owner.name if g.owner else ""))


def _sections(views: list[ObjectiveView], teams: list[Team]) -> list[TeamSection]:
    """Return a section per team holding objectives, plus the teams above them for context."""
    by_team: dict[int | None, list[ObjectiveView]] = defaultdict(list)
    for view in views:
        by_team[view.objective.team_id].append(view)
    parents = {t.pk: t.parent_id for t in teams}
    shown = set()
    for team_id in by_team:
        if team_id is not None:
            shown.add(team_id)
            shown.update(org_selectors.team_ancestor_ids(parents, team_id))
    sections = [TeamSection(None, 0, _group(by_team[None]))] if by_team[None] else []
    for team, depth in team_order(teams):
        if team.pk in shown:
            sections.append(TeamSection(team, depth, _group(by_team[team.pk])))
    return sections


OWNER_CHOICES = 200


def _owners(cycle: Cycle, views: list) -> list[Person]:
    """Return the owners to offer in the filter: all of the cycle's, or the shown ones when many.

    A select of every owner in a large organisation (11,000 options) took half a second to render.
    """
    # Distinct owner ids first, at most one more than offered (an index-only scan that stops
    # early): DISTINCT over whole person rows sorted all 28,000 of a large cycle on disk.
    owner_ids = list(
        Objective.objects.filter(cycle=cycle, owner__isnull=False)
        .order_by()
        .values_list("owner_id", flat=True)
        .distinct()[: OWNER_CHOICES + 1]
    )
    if len(owner_ids) <= OWNER_CHOICES:
        everyone = Person.objects.filter(pk__in=owner_ids).select_related("user")
        return sorted(everyone, key=lambda person: (person.name, person.pk))
    shown = {v.objective.owner for v in views if v.objective.owner is not None}
    return sorted(shown, key=lambda person: (person.name, person.pk))


def cycle_board(access: Access, cycle: Cycle, filters: BoardFilters) -> Board:
    """Return the board of a cycle: sections per team (company first), owners within each."""
    organisation = access.person.organisation
    teams = list(Team.objects.filter(organisation=organisation).order_by("name"))
    python_filters = bool(filters.status or filters.stale)
    limit = CANDIDATES if python_filters else SHOWN
    objectives = _filtered(access, cycle, filters, teams).order_by("position", "pk")[: limit + 1]
    views = summarised_objective_views(objectives, organisation, cycle, timezone.now())
    truncated = len(views) > limit
    views = [v for v in views[:limit] if _keep(v, filters)]
    truncated = truncated or len(views) > SHOWN
    views = views[:SHOWN]
    owners = _owners(cycle, views)
    return Board(cycle, _sections(views, teams), teams, owners, len(views), truncated)


def board_key_results(access: Access, cycle: Cycle, objective_id: int) -> ObjectiveView | None:
    """Return one visible objective of the cycle with its key results, or None."""
    objectives = visible_objectives(access).filter(cycle=cycle, pk=objective_id)
    views = objective_views(objectives, access.person.organisation, {cycle.pk: cycle})
    return views[0] if views else None

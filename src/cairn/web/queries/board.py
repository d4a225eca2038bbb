"""The cycle board: every visible objective of a cycle as rows of a tree-table, a page at a time."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from urllib.parse import urlencode

from django.db.models import Count, Exists, F, Max, OuterRef, Q, QuerySet, Subquery
from django.utils import timezone
from django.utils.timesince import timesince
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cairn.lib.ids import parse_id
from cairn.okrs.models import Cycle, KeyResult, Objective, ObjectiveKind
from cairn.okrs.permissions import Access
from cairn.organisations import selectors as org_selectors
from cairn.organisations.models import Person, Team
from cairn.web.queries.common import (
    KeyResultView,
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
# Rows per page: a page of the board is about 60 KB of HTML; "Show more" loads the next one.
PAGE_SIZE = 100
# Pace and staleness are computed in Python, so those filters look at this many candidates.
CANDIDATES = 3000
# Pages past this are refused as bad input (offsets that deep are a scraper, not a person).
LAST_PAGE = 1000
CONFIDENCE_LABELS = {"low": _("Low"), "mid": _("Medium"), "high": _("High")}


@dataclass(frozen=True)
class BoardFilters:
    team: int | None = None
    owner: int | None = None
    status: str = ""
    kind: str = ""
    stale: bool = False
    q: str = ""
    page: int = 1

    @classmethod
    def from_query(cls, params: Mapping[str, str]) -> BoardFilters:
        """Return filters read from GET parameters; unknown values are ignored."""
        status = params.get("status", "")
        kind = params.get("kind", "")
        page = parse_id(params.get("page")) or 1
        return cls(
            team=parse_id(params.get("team")),
            owner=parse_id(params.get("owner")),
            status=status if status in PACE_STATUSES else "",
            kind=kind if kind in ObjectiveKind.values else "",
            stale=params.get("stale") in ("1", "on", "true"),
            q=search_text(params.get("q"), max_length=200),
            page=min(page, LAST_PAGE),
        )

    @property
    def active(self) -> bool:
        return any((self.team, self.owner, self.status, self.kind, self.stale, self.q))

    def query(self, page: int | None = None) -> str:
        """Return these filters as a query string (without "?"), for another page if given."""
        pairs = {
            "q": self.q,
            "team": self.team or "",
            "owner": self.owner or "",
            "status": self.status,
            "kind": self.kind,
            "stale": "1" if self.stale else "",
            "page": page if page and page > 1 else "",
        }
        return urlencode({key: value for key, value in pairs.items() if value})


@dataclass
class BoardRow:
    """One objective of the board, with the team heading to print above it when it changes."""

    view: ObjectiveView
    last_check_in: datetime | None
    last_check_in_label: str
    confidence_label: str
    heading: bool = False


@dataclass
class Board:
    cycle: Cycle
    rows: list[BoardRow]
    teams: list[Team]
    count: int
    filters: BoardFilters
    has_more: bool = False
    count_capped: bool = False
    shown_before: int = 0

    @property
    def next_query(self) -> str:
        return self.filters.query(self.filters.page + 1)

    @property
    def shown_until(self) -> int:
        return self.shown_before + len(self.rows)

    @property
    def last_team(self) -> str:
        """Return the last row's team for the next page's link ("company" when it has none)."""
        if not self.rows:
            return ""
        return str(self.rows[-1].view.objective.team_id or "company")


def _filtered(access: Access, cycle: Cycle, filters: BoardFilters, teams: list[Team]) -> QuerySet:
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


def relative_time(moment: datetime | None, now: datetime) -> str:
    """Return "3 days ago" (one unit, the largest), or "" without a moment."""
    if moment is None:
        return ""
    if now - moment < timedelta(minutes=1):
        return gettext("just now")
    return gettext("%(time)s ago") % {"time": timesince(moment, now, depth=1)}


def confidence_label(view: ObjectiveView | KeyResultView) -> str:
    """Return the confidence band in words ("Medium"), or "" when nobody rated it."""
    band = view.confidence_band
    return str(CONFIDENCE_LABELS[band]) if band else ""


OWNER_CHOICES = 200


def board_owners(cycle: Cycle, rows: list[BoardRow]) -> list[Person]:
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
    shown = {r.view.objective.owner for r in rows if r.view.objective.owner is not None}
    return sorted(shown, key=lambda person: (person.name, person.pk))


# The team of the row before a page: none yet (the first page), or a team id, or None (company).
START = "start"


def previous_team(raw: str | None) -> int | str | None:
    """Return the team of the last row already shown, from a "Show more" link's parameter."""
    if raw == "company":
        return None
    return parse_id(raw) or START


def _rows(views: list[ObjectiveView], now: datetime, previous: int | str | None) -> list[BoardRow]:
    """Return board rows, marking where a new team starts (company-level objectives first)."""
    rows = []
    for view in views:
        last = getattr(view.objective, "last_check_in", None)
        team_id = view.objective.team_id
        rows.append(
            BoardRow(
                view=view,
                last_check_in=last,
                last_check_in_label=relative_time(last, now),
                confidence_label=confidence_label(view),
                heading=team_id != previous,
            )
        )
        previous = team_id
    return rows


def board_rows(views: list[ObjectiveView], now: datetime) -> list[BoardRow]:
    """Return the views as board rows (last check-in and confidence in words), no team headings."""
    return [replace(row, heading=False) for row in _rows(views, now, START)]


def _views(access: Access, cycle: Cycle, ids: list[int], now: datetime) -> list[ObjectiveView]:
    """Return the objectives with those ids, in that order, with their KR summaries."""
    objectives = with_last_check_in(visible_objectives(access).filter(pk__in=ids))
    views = summarised_objective_views(objectives, access.person.organisation, cycle, now)
    order = {pk: index for index, pk in enumerate(ids)}
    return sorted(views, key=lambda view: order[view.objective.pk])


def _page_of_views(
    ordered: QuerySet,
    access: Access,
    cycle: Cycle,
    filters: BoardFilters,
    now: datetime,
    teams: list[Team],
) -> tuple[list[ObjectiveView], int, bool, bool]:
    """Return (views of the page, how many match, whether more follow, whether the count is capped).

    The page's ids come first, sorted on the ordering columns alone: sorting rows that carry the
    key-result summaries made SQLite compute them for every objective of the cycle.
    """
    ids = ordered.values_list("pk", flat=True)
    start = (filters.page - 1) * PAGE_SIZE
    if filters.status or filters.stale:
        candidates = list(ids[: CANDIDATES + 1])
        capped = len(candidates) > CANDIDATES
        views = _views(access, cycle, candidates[:CANDIDATES], now)
        kept = [v for v in views if _keep(v, filters)]
        page = kept[start : start + PAGE_SIZE]
        return page, len(kept), len(kept) > start + PAGE_SIZE, capped
    page_ids, count = _page_ids(ordered, teams, start)
    views = _views(access, cycle, page_ids, now)
    return views, count, count > start + PAGE_SIZE, False


def _page_ids(ordered: QuerySet, teams: list[Team], start: int) -> tuple[list[int], int]:
    """Return the ids of the page starting at `start` and how many rows the board has.

    Counts the rows per team first (one grouped query), then reads the page from only the
    teams it spans: sorting the whole cycle by team name to keep 100 rows read and joined all
    28,000 objectives of a large cycle (60 ms on PostgreSQL), and counting them was a second
    pass over them.
    """
    by_team = ordered.order_by().values_list("team_id").annotate(n=Count("pk"))
    sizes = dict(by_team.values_list("team_id", "n"))
    order = [None, *(team.pk for team in teams)]
    order += sorted(set(sizes) - set(order))  # not expected: a team of another organisation
    segments, first = [], 0
    for team_id in order:
        if sizes.get(team_id):
            segments.append((team_id, first, sizes[team_id]))
            first += sizes[team_id]
    spanned = [(team, at) for team, at, n in segments if at + n > start and at < start + PAGE_SIZE]
    if not spanned:
        return [], first
    team_ids = [team for team, _at in spanned if team is not None]
    within = Q(team_id__in=team_ids)
    if spanned[0][0] is None:
        within |= Q(team__isnull=True)
    skip = start - spanned[0][1]
    rows = ordered.filter(within).values_list("pk", flat=True)[skip : skip + PAGE_SIZE]
    return list(rows), first


def with_last_check_in(objectives: QuerySet) -> QuerySet:
    """Return the objectives annotated with their key results' latest check-in (`last_check_in`)."""
    latest = (
        KeyResult.objects.filter(objective=OuterRef("pk"))
        .order_by()
        .values("objective")
        .annotate(at=Max("last_check_in_at"))
        .values("at")
    )
    return objectives.annotate(last_check_in=Subquery(latest))


def cycle_board(
    access: Access, cycle: Cycle, filters: BoardFilters, *, after: int | str | None = START
) -> Board:
    """Return one page of the board: company-level objectives first, then team by team."""
    organisation = access.person.organisation
    # In the rows' order: by name, then id (as "team__name, team_id" below), by the database.
    teams = list(Team.objects.filter(organisation=organisation).order_by("name", "pk"))
    ordering = (F("team__name").asc(nulls_first=True), "team_id", "position", "pk")
    ordered = _filtered(access, cycle, filters, teams).order_by(*ordering)
    now = timezone.now()
    views, count, has_more, capped = _page_of_views(ordered, access, cycle, filters, now, teams)
    rows = _rows(views, now, after)
    return Board(
        cycle=cycle,
        rows=rows,
        teams=teams,
        count=count,
        filters=filters,
        has_more=has_more,
        count_capped=capped,
        shown_before=(filters.page - 1) * PAGE_SIZE,
    )


@dataclass
class KeyResultRow:
    view: KeyResultView
    last_check_in_label: str
    confidence_label: str


@dataclass
class ObjectiveKeyResults:
    view: ObjectiveView
    rows: list[KeyResultRow] = field(default_factory=list)


def board_key_results(
    access: Access, cycle: Cycle, objective_id: int
) -> ObjectiveKeyResults | None:
    """Return one visible objective of the cycle with its key results as rows, or None."""
    objectives = visible_objectives(access).filter(cycle=cycle, pk=objective_id)
    now = timezone.now()
    views = objective_views(objectives, access.person.organisation, {cycle.pk: cycle}, now)
    if not views:
        return None
    rows = [
        KeyResultRow(
            view=kr,
            last_check_in_label=relative_time(kr.key_result.last_check_in_at, now),
            confidence_label=confidence_label(kr),
        )
        for kr in views[0].key_results
    ]
    return ObjectiveKeyResults(views[0], rows)

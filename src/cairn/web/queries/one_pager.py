"""The one-pager and the presentation: a cycle's (or a team's) visible OKRs with two small charts.

The charts cover every visible objective; the list of objectives stops at OBJECTIVE_LIMIT (company
level objectives first, then team by team) and says how many more there are, so a cycle of
thousands of objectives still prints in a few pages and renders in constant queries.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn import engine
from cairn.okrs.models import Cycle, KeyResult, KeyResultKind
from cairn.okrs.permissions import Access
from cairn.organisations.models import Team
from cairn.web.queries.common import (
    PACE_LABELS,
    KeyResultView,
    ObjectiveView,
    PaceClock,
    confidence_band,
    objective_views,
    visible_objectives,
)
from cairn.web.templatetags.cairn_tags import number

# Objectives listed (with their key results); the charts still count all of them.
OBJECTIVE_LIMIT = 100
# Bars in the "progress by team" chart; the rest are summed up in one line.
TEAM_LIMIT = 12
# WeasyPrint draws inline SVG without the page's style sheets, so chart colours are attributes:
# the light scheme's pace tokens (--color-ok, --color-risk, --color-off, --color-neutral).
PACE_COLOURS = {
    "on_track": "#2f855a",
    "at_risk": "#b7791f",
    "off_track": "#c53030",
    "too_early": "#6b7280",
}
TRACK_COLOUR = "#e6e9ef"  # --color-neutral-bg: the empty part of a bar
TEAM_COLOUR = "#2f5fb3"  # --color-primary: the team progress bars


@dataclass
class PaceSlice:
    """One pace status in the distribution bar: how many, and where its segment sits (0–100)."""

    status: str
    label: str
    count: int
    x: float
    width: float
    colour: str


@dataclass
class TeamBar:
    name: str
    percent: int
    objective_count: int

    @property
    def bar(self) -> int:
        return max(0, min(100, self.percent))


@dataclass
class KeyResultLine:
    """A key result as printed: value in its unit, bar colour, confidence once checked in."""

    view: KeyResultView
    value: str
    colour: str
    confidence: int | None


@dataclass
class ObjectiveLine:
    """An objective as printed, with its key results in their order."""

    view: ObjectiveView
    key_results: list[KeyResultLine]
    colour: str
    confidence: int | None

    @property
    def confidence_band(self) -> str:
        return confidence_band(self.confidence)


@dataclass
class Group:
    """Objectives of one team (or the company level) in the listed order."""

    name: str
    team_id: int | None
    objectives: list[ObjectiveLine] = field(default_factory=list)


@dataclass
class OnePager:
    cycle: Cycle
    team: Team | None
    groups: list[Group]
    total: int
    summary: int
    pace: list[PaceSlice]
    teams: list[TeamBar]
    teams_hidden: int
    generated_at: datetime

    @property
    def shown(self) -> int:
        return sum(len(group.objectives) for group in self.groups)

    @property
    def hidden(self) -> int:
        return self.total - self.shown

    @property
    def objectives(self) -> list[ObjectiveLine]:
        return [line for group in self.groups for line in group.objectives]

    @property
    def on_track(self) -> int:
        return next(s.count for s in self.pace if s.status == "on_track")

    @property
    def track_colour(self) -> str:
        return TRACK_COLOUR

    @property
    def team_colour(self) -> str:
        return TEAM_COLOUR


def key_result_value(key_result: KeyResult) -> str:
    """Return where a key result stands in its unit: "42 / 100 %", or "Done" for a milestone."""
    if key_result.kind == KeyResultKind.MILESTONE:
        return _("Done") if key_result.done else _("Not done yet")
    current = key_result.current if key_result.current is not None else key_result.start
    unit = f" {key_result.unit}" if key_result.unit else ""
    return f"{number(current)} / {number(key_result.target)}{unit}"


def _pace_slices(statuses: list[str]) -> list[PaceSlice]:
    counts = {status: statuses.count(status) for status in PACE_COLOURS}
    total = len(statuses) or 1
    slices, x = [], 0.0
    for status, count in counts.items():
        width = 100 * count / total
        slices.append(
            PaceSlice(status, str(PACE_LABELS[status]), count, x, width, PACE_COLOURS[status])
        )
        x += width
    return slices


def _summary(rows: list[tuple]) -> int:
    """Return the mean progress (%) of the rows' top-level objectives (no parent among them)."""
    ids = {row[0] for row in rows}
    return round(engine.summary(row[1] for row in rows if row[4] not in ids) * 100)


def _team_bars(rows: list[tuple]) -> list[TeamBar]:
    by_team: dict[str, list[tuple]] = defaultdict(list)
    for row in rows:
        by_team[row[3] or _("Company")].append(row)
    return [
        TeamBar(name, _summary(team_rows), len(team_rows)) for name, team_rows in by_team.items()
    ]


def _key_result_line(view: KeyResultView) -> KeyResultLine:
    key_result = view.key_result
    # Before the first check-in confidence is the default guess, not anybody's rating.
    rated = key_result.confidence if key_result.last_check_in_at else None
    return KeyResultLine(view, key_result_value(key_result), PACE_COLOURS[view.pace], rated)


def _objective_line(view: ObjectiveView) -> ObjectiveLine:
    ordered = sorted(view.key_results, key=lambda kr: (kr.key_result.position, kr.key_result.pk))
    lines = [_key_result_line(kr) for kr in ordered]
    ratings = [line.confidence for line in lines if line.confidence is not None]
    return ObjectiveLine(view, lines, PACE_COLOURS[view.pace], min(ratings) if ratings else None)


def _groups(views: list[ObjectiveView]) -> list[Group]:
    groups: list[Group] = []
    for view in views:
        team = view.objective.team
        name = team.name if team else _("Company")
        if not groups or groups[-1].team_id != view.objective.team_id:
            groups.append(Group(name, view.objective.team_id))
        groups[-1].objectives.append(_objective_line(view))
    return groups


def one_pager(access: Access, cycle: Cycle, team: Team | None = None) -> OnePager:
    """Return the cycle's visible objectives (the team's only, if given) with charts and summary."""
    organisation = access.person.organisation
    objectives = visible_objectives(access).filter(cycle=cycle)
    if team is not None:
        objectives = objectives.filter(team=team)
    ordering = (F("team__name").asc(nulls_first=True), "team_id", "position", "pk")
    objectives = objectives.order_by(*ordering)
    # One light query for the charts and totals: id, progress, team id and name, parent.
    rows = list(
        objectives.values_list("pk", "progress", "team_id", "team__name", "parent_objective_id")
    )
    now = timezone.now()
    clock = PaceClock(organisation, now)
    statuses = [clock.status(row[1], cycle.start, cycle.end).value for row in rows]
    shown_ids = [row[0] for row in rows[:OBJECTIVE_LIMIT]]
    listed = objectives.filter(pk__in=shown_ids) if rows else objectives.none()
    views = objective_views(listed, organisation, {cycle.pk: cycle}, now)
    bars = _team_bars(rows)
    return OnePager(
        cycle=cycle,
        team=team,
        groups=_groups(views),
        total=len(rows),
        summary=_summary(rows),
        pace=_pace_slices(statuses),
        teams=bars[:TEAM_LIMIT],
        teams_hidden=max(0, len(bars) - TEAM_LIMIT),
        generated_at=now,
    )

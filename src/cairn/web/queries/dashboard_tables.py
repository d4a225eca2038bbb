"""Each dashboard table as a `Table` to download (`?format=csv&table=at_risk`)."""

from __future__ import annotations

from collections.abc import Callable

from django.utils.translation import gettext as _

from cairn.dashboards.figures import PACES
from cairn.dashboards.tables import Cell, Table
from cairn.web.queries.as_of import Dates
from cairn.web.queries.dashboards import Comparison, Dashboard
from cairn.web.templatetags.cairn_tags import PACE_LABELS


def _ratio(value: float | None, places: int = 3) -> float | None:
    return None if value is None else round(value, places)


def teams(board: Dashboard) -> Table:
    header = [_("Team"), _("Key results")]
    header += [str(PACE_LABELS[p]) for p in PACES]
    header += [_("Average progress"), _("Average confidence"), _("Checked in within 7 days")]
    body: list[list[Cell]] = []
    for row in board.teams:
        body.append([
            row.label, row.count, *(row.paces[p] for p in PACES),
            _ratio(row.progress), _ratio(row.confidence, 1), _ratio(row.discipline),
        ])  # fmt: skip
    return Table("teams", header, body)


def paces(board: Dashboard) -> Table:
    total = sum(board.paces.values())
    body: list[list[Cell]] = [
        [str(PACE_LABELS[p]), n, _ratio(n / total if total else None)]
        for p, n in board.paces.items()
    ]
    return Table("paces", [_("Pace"), _("Key results"), _("Share")], body)


def confidence(board: Dashboard) -> Table:
    body: list[list[Cell]] = [
        [week.starts.isoformat(), week.check_ins, _ratio(week.average, 2)] for week in board.weeks
    ]
    return Table("confidence", [_("Week starting"), _("Check-ins"), _("Average confidence")], body)


def discipline(board: Dashboard) -> Table:
    header = [_("Team"), _("Key results"), *(week.starts.isoformat() for week in board.weeks)]
    body: list[list[Cell]] = [
        [row.label, row.key_results, *(_ratio(share) for share in row.shares)]
        for row in board.discipline
    ]
    return Table("discipline", header, body)


def at_risk(board: Dashboard) -> Table:
    header = [_("Key result"), _("Objective"), _("Team"), _("Owner"), _("Pace"), _("Progress"),
              _("Confidence")]  # fmt: skip
    body: list[list[Cell]] = []
    for kr in board.at_risk:
        team = kr.objective.team.name if kr.objective.team else ""
        owner = kr.owner.name if kr.owner else ""
        body.append([kr.title, kr.objective.title, team, owner,
                     str(PACE_LABELS[kr.pace]), round(kr.progress, 3), kr.confidence])  # fmt: skip
    return Table("at_risk", header, body)


def unaligned(board: Dashboard) -> Table:
    body: list[list[Cell]] = [
        [o.title, o.team.name if o.team else "", o.owner.name if o.owner else "",
         round(o.progress, 3)]
        for o in board.unaligned
    ]  # fmt: skip
    return Table("unaligned", [_("Objective"), _("Team"), _("Owner"), _("Progress")], body)


def grades(board: Dashboard) -> Table:
    header = [_("Cycle"), _("Kind"), _("Red (0.0–0.3)"), _("Yellow (0.4–0.6)"),
              _("Green (0.7–1.0)"), _("Objectives")]  # fmt: skip
    body: list[list[Cell]] = [
        [row.cycle, row.kind, row.bands["red"], row.bands["yellow"], row.bands["green"], row.count]
        for row in board.grades
    ]
    return Table("grades", header, body)


TABLES: dict[str, Callable[[Dashboard], Table]] = {
    "teams": teams,
    "paces": paces,
    "confidence": confidence,
    "discipline": discipline,
    "at_risk": at_risk,
    "unaligned": unaligned,
    "grades": grades,
}

# The dashboard part each table needs (see queries.dashboards.PARTS).
TABLE_PARTS = {
    "teams": "pace",
    "paces": "pace",
    "confidence": "confidence",
    "discipline": "confidence",
    "at_risk": "at_risk",
    "unaligned": "unaligned",
    "grades": "grades",
}


# Comparing two dates (`?as_of=A&compare=B`): the same tables with both dates' figures.


def _dated(label: str, day: object) -> str:
    return f"{label} ({day})"


def teams_compared(comparison: Comparison, dates: Dates) -> Table:
    a, b = dates.then.isoformat(), (dates.compare.isoformat() if dates.compare else "")
    header = [_("Team")]
    for label in [_("Key results"), *(str(PACE_LABELS[p]) for p in PACES), _("Average progress")]:
        header += [_dated(label, a), _dated(label, b)]
    header.append(_("Progress change (points)"))
    body: list[list[Cell]] = []
    for row in comparison.teams:
        line: list[Cell] = [row.label, row.then.count, row.later.count]
        for _pace, then, later, _delta in row.cells:
            line += [then, later]
        line += [_ratio(row.then.progress), _ratio(row.later.progress), row.progress_points]
        body.append(line)
    return Table("teams", header, body)


def paces_compared(comparison: Comparison, dates: Dates) -> Table:
    a, b = dates.then.isoformat(), (dates.compare.isoformat() if dates.compare else "")
    header = [_("Pace"), _dated(_("Key results"), a), _dated(_("Key results"), b), _("Change")]
    body: list[list[Cell]] = [
        [str(PACE_LABELS[p]), then, later, delta] for p, then, later, delta in comparison.paces
    ]
    return Table("paces", header, body)


def at_risk_compared(comparison: Comparison, dates: Dates) -> Table:
    header = [_("Change"), _("Key result"), _("Objective"), _("Team"), _("Owner"), _("Pace"),
              _("Progress"), _("Confidence")]  # fmt: skip
    body: list[list[Cell]] = []
    for change, rows in (
        (_("Entered the list"), comparison.entered),
        (_("Left the list"), comparison.left),
    ):
        for kr in rows:
            team = kr.objective.team.name if kr.objective.team else ""
            owner = kr.owner.name if kr.owner else ""
            body.append([str(change), kr.title, kr.objective.title, team, owner,
                         str(PACE_LABELS[kr.pace]), round(kr.progress, 3), kr.confidence])  # fmt: skip
    return Table("at_risk", header, body)


# The tables that show both dates when comparing; the others show the first date.
COMPARE_TABLES: dict[str, Callable[[Comparison, Dates], Table]] = {
    "teams": teams_compared,
    "paces": paces_compared,
    "at_risk": at_risk_compared,
}

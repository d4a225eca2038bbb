"""Spreadsheets into a cycle: plan_import with every problem named by its row.

The reading itself is pure (cairn.text.tabular); this module adds what needs the database:
the all-or-nothing write, and a cheap check of owners and teams for the preview.
"""

from __future__ import annotations

import re
from dataclasses import replace

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from cairn.import_export.import_records import Origin
from cairn.import_export.services import ImportResult, plan_import
from cairn.okrs.models import Cycle
from cairn.organisations.models import Organisation, Person, Team
from cairn.text.plan import PlanObjective
from cairn.text.sheet_files import Problem
from cairn.text.tabular import SheetPlan


def spreadsheet_import(
    *,
    actor: Person,
    cycle: Cycle,
    read: SheetPlan,
    origin: Origin | None = None,
    force: bool = False,
) -> ImportResult:
    """Write a read sheet's plan into the cycle and return what was written; all or nothing.

    Raises ValidationError listing every problem ("row 7, column target: …", "row 9: key
    result 'X': …") when the sheet has problems or any part cannot be written, and
    PermissionDenied for a cycle of another organisation. `origin` and `force` are
    plan_import's (AlreadyImported when the sheet was imported into the cycle before).
    """
    if read.problems:
        raise ValidationError([str(p) for p in read.problems])
    try:
        return plan_import(
            actor=actor,
            cycle=cycle,
            plan=replace(read.plan, cycle=cycle.name),
            lines=read.lines,
            origin=origin,
            force=force,
        )
    except ValidationError as error:
        raise ValidationError(rows_for_lines(error.messages)) from None


def rows_for_lines(messages: list[str]) -> list[str]:
    """Return plan_import's messages with their "line N: " written as "row N: "."""
    line = re.escape(_("line %(line)d: ")).replace(re.escape("%(line)d"), r"(\d+)")
    return [
        re.sub(f"^{line}", lambda m: _("row %(row)d: ") % {"row": int(m[1])}, message)
        for message in messages
    ]


def reference_problems(*, organisation: Organisation, read: SheetPlan) -> list[Problem]:
    """Return the rows naming an owner or team the organisation does not have (two queries).

    The import itself checks these too; this lets a preview show them before anything is tried.
    """
    owners, teams = {}, {}
    for entry in read.entries:
        if entry.item is not None and entry.item.owner:
            owners.setdefault(entry.item.owner, []).append(entry.row)
        if isinstance(entry.item, PlanObjective) and entry.item.team:
            teams.setdefault(entry.item.team, []).append(entry.row)
    emails = set(owners) | {email.lower() for email in owners}
    known = {
        email.lower()
        for email in Person.objects.filter(
            organisation=organisation, user__email__in=emails
        ).values_list("user__email", flat=True)
    }
    named = set(
        Team.objects.filter(organisation=organisation, name__in=list(teams)).values_list(
            "name", flat=True
        )
    )
    problems = [
        Problem(row, "owner", _("no one with the email %(email)s here") % {"email": email})
        for email, rows in owners.items()
        if email.lower() not in known
        for row in rows
    ]
    problems += [
        Problem(row, "team", _("no team named %(team)s") % {"team": team})
        for team, rows in teams.items()
        if team not in named
        for row in rows
    ]
    return sorted(problems, key=lambda p: (p.row or 0, p.column or ""))

"""Importing people from CSV (email, name, team, manager, role): validate all, then invite all."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn.accounts.models import Invitation
from cairn.accounts.services import invitation_create
from cairn.organisations.models import Organisation, Person, Role, Team
from cairn.text.upload_limits import (
    DEFAULT,
    MB,
    Refused,
    check_csv_text,
    check_record,
    over_bytes,
)

COLUMNS = ("email", "name", "team", "manager", "role")
# the upload limits of spreadsheets (cairn.text.upload_limits), with the people form's 1 MB
LIMITS = replace(DEFAULT, max_bytes=MB, max_rows=5000)


@dataclass
class ImportRow:
    line: int
    email: str
    first_name: str
    last_name: str
    team_name: str
    manager_email: str
    role: str
    team: Team | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass
class ImportPreview:
    rows: list[ImportRow]
    errors: list[str]

    @property
    def valid(self) -> bool:
        return bool(self.rows) and not self.errors and not any(r.errors for r in self.rows)

    @property
    def error_count(self) -> int:
        return len(self.errors) + sum(1 for r in self.rows if r.errors)


def _split_name(name: str) -> tuple[str, str]:
    first, _sep, last = name.strip().partition(" ")
    return first[:150], last.strip()[:150]


def _read(text: str) -> tuple[list[ImportRow], list[str]]:
    """Return the CSV's rows and any file-level errors (missing columns, over a limit).

    The limits are checked record by record, so a hostile file stops at its first excess.
    """
    if over_bytes(len(text), LIMITS):
        return [], [_("The file is larger than 1 MB.")]
    records = csv.reader(io.StringIO(text.strip()))
    try:
        check_csv_text(text, ",", LIMITS)
        header = [h.strip().lower() for h in _checked(next(records, []), 1)]
        if "email" not in header:
            return [], [_("The first row must name the columns: email, name, team, manager, role.")]
        rows = [_row(records.line_num, header, cells) for cells in _records(records)]
    except Refused as refused:
        return [], [_("The file cannot be imported: %(reason)s.") % {"reason": refused}]
    except csv.Error as error:
        reason = str(error)
        if "field larger than field limit" in reason:  # csv's own cap, above max_cell
            reason = _("a cell holds more than %(n)s characters") % {"n": f"{LIMITS.max_cell:,}"}
        return [], [_("The CSV cannot be read: %(reason)s.") % {"reason": reason}]
    if not rows:
        return [], [_("The file has no people in it.")]
    return rows, []


def _checked(cells: list[str], number: int) -> list[str]:
    """Return a record within the limits (Refused otherwise), its cells cut to max_columns."""
    if number > LIMITS.max_rows + 1 and any(c.strip() for c in cells):
        raise Refused(_("import at most %(n)d people at a time") % {"n": LIMITS.max_rows})
    check_record(number, cells, LIMITS)
    return cells[: LIMITS.max_columns]


def _records(records: Iterator[list[str]]) -> Iterator[list[str]]:
    """Return the non-blank records after the header, each checked against the limits."""
    for number, cells in enumerate(records, start=2):
        cells = _checked(cells, number)
        if any(c.strip() for c in cells):
            yield cells


def _row(line: int, header: list[str], cells: list[str]) -> ImportRow:
    """Return one person's row from a record under the header."""
    value = dict.fromkeys(COLUMNS, "")
    value.update(
        (name, cell.strip()) for name, cell in zip(header, cells, strict=False) if name in COLUMNS
    )
    first, last = _split_name(value["name"])
    return ImportRow(
        line=line,
        email=value["email"].lower(),
        first_name=first,
        last_name=last,
        team_name=value["team"],
        manager_email=value["manager"].lower(),
        role=value["role"].lower() or Role.MEMBER,
    )


def _check_row(row: ImportRow, seen: set[str], existing: set[str], teams: dict[str, Team]) -> None:
    try:
        validate_email(row.email)
    except ValidationError:
        row.errors.append(_("“%(email)s” is not a valid email address.") % {"email": row.email})
    if row.email in seen:
        row.errors.append(_("This email appears twice in the file."))
    elif row.email in existing:
        row.errors.append(_("This person is already in the organisation."))
    seen.add(row.email)
    if row.role not in Role.values:
        row.errors.append(_("Role must be admin, member or viewer."))
    if row.team_name:
        row.team = teams.get(row.team_name.lower())
        if row.team is None:
            row.errors.append(_("No team is called “%(team)s”.") % {"team": row.team_name})


def _check_managers(rows: list[ImportRow], existing: set[str]) -> None:
    in_file = {r.email for r in rows}
    for row in rows:
        if not row.manager_email:
            continue
        if row.manager_email == row.email:
            row.errors.append(_("A person cannot be their own manager."))
        elif row.manager_email not in in_file and row.manager_email not in existing:
            row.errors.append(
                _("The manager %(email)s is not in the file, the organisation or its invitations.")
                % {"email": row.manager_email}
            )


def _check_manager_loops(rows: list[ImportRow]) -> None:
    manager_of = {r.email: r.manager_email for r in rows if r.manager_email}
    for row in rows:
        seen = {row.email}
        current = manager_of.get(row.email)
        while current and current not in seen:
            seen.add(current)
            current = manager_of.get(current)
        if current == row.email and row.manager_email != row.email:
            row.errors.append(_("The managers in the file form a loop."))


def people_import_preview(*, organisation: Organisation, text: str) -> ImportPreview:
    """Return every row of the CSV with its problems; nothing is written."""
    rows, errors = _read(text)
    existing = set(
        Person.objects.filter(organisation=organisation).values_list("user__email", flat=True)
    )
    teams: dict[str, Team] = {}
    for team in Team.objects.filter(organisation=organisation):
        teams.setdefault(team.slug.lower(), team)
        teams[team.name.lower()] = team
    seen: set[str] = set()
    for row in rows:
        _check_row(row, seen, existing, teams)
    invited = Invitation.objects.filter(
        organisation=organisation, accepted_at__isnull=True, expires_at__gt=timezone.now()
    ).values_list("email", flat=True)
    _check_managers(rows, existing | set(invited))
    _check_manager_loops(rows)
    return ImportPreview(rows, errors)


@transaction.atomic
def people_import_apply(
    *, organisation: Organisation, actor: Person, text: str
) -> list[Invitation]:
    """Invite everyone in the CSV, or no one if any row is bad; return the invitations.

    Every row becomes an invitation, whether the address has an account or not, so the result
    never tells the admin which addresses are known; names, team and manager wait on the
    invitation until the person accepts.
    """
    if actor.organisation_id != organisation.pk or actor.role != Role.ADMIN:
        raise PermissionDenied(_("Only admins manage people and teams."))
    preview = people_import_preview(organisation=organisation, text=text)
    if not preview.valid:
        raise ValidationError(
            _("Nothing was imported: %(n)d rows have problems.") % {"n": preview.error_count}
        )
    return [
        invitation_create(
            organisation=organisation,
            actor=actor,
            email=row.email,
            role=row.role,
            first_name=row.first_name,
            last_name=row.last_name,
            manager_email=row.manager_email,
            team=row.team,
        )[0]
        for row in preview.rows
    ]

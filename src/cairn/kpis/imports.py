"""CSV upload of KPI values: every row is checked first; all rows are recorded, or none."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime, time

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from cairn.kpis.models import Kpi, KpiValue, ValueSource
from cairn.kpis.permissions import can_edit_kpi
from cairn.kpis.services import FUTURE_SLACK, kpi_value_record
from cairn.okrs.permissions import Access
from cairn.okrs.services.common import number
from cairn.organisations.models import Person

MAX_ROWS = 10_000
MAX_ERRORS = 50  # beyond this the list stops helping
COLUMNS = ("kpi", "date", "value")


@dataclass(frozen=True)
class Row:
    kpi: Kpi
    at: datetime
    value: float
    note: str


def _header(reader: csv.reader) -> dict[str, int]:  # type: ignore[valid-type]
    """Return {column name: index}, or raise when a required column is missing."""
    first = next(reader, None)
    if first is None:
        raise ValidationError(_("The file is empty."))
    names = {name.strip().lower(): index for index, name in enumerate(first)}
    missing = [column for column in COLUMNS if column not in names]
    if missing:
        raise ValidationError(
            _("Row 1: the header needs the columns kpi, date and value (missing: %(missing)s).")
            % {"missing": ", ".join(missing)}
        )
    return names


def _moment(raw: str, person: Person) -> datetime:
    """Return a date (midnight in the organisation's time zone) or an ISO date and time."""
    raw = raw.strip()
    try:
        parsed = datetime.fromisoformat(raw)
    except ValueError:
        raise ValueError(_("“%(date)s” is not a date (use YYYY-MM-DD).") % {"date": raw}) from None
    if len(raw) <= 10:
        parsed = datetime.combine(date.fromisoformat(raw), time())
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed, person.organisation.zone)
    if parsed > timezone.now() + FUTURE_SLACK:
        raise ValueError(_("%(date)s is in the future.") % {"date": raw})
    return parsed


def _kpi(raw: str, by_id: dict[str, Kpi], by_name: dict[str, Kpi], access: Access) -> Kpi:
    kpi = by_id.get(raw.strip()) or by_name.get(raw.strip().casefold())
    if kpi is None:
        raise ValueError(_("no KPI is called “%(kpi)s”.") % {"kpi": raw.strip()})
    if kpi.archived:
        raise ValueError(_("the KPI “%(kpi)s” is archived.") % {"kpi": kpi.name})
    if not can_edit_kpi(access, kpi):
        raise ValueError(_("you cannot record values of “%(kpi)s”.") % {"kpi": kpi.name})
    return kpi


def _row(cells: list[str], names: dict[str, int], lookups, person: Person) -> Row:
    def cell(column: str) -> str:
        index = names.get(column)
        return cells[index] if index is not None and index < len(cells) else ""

    kpi = _kpi(cell("kpi"), *lookups, Access(person))
    at = _moment(cell("date"), person)
    try:
        value = number("value", cell("value"))
    except ValidationError:
        raise ValueError(_("“%(value)s” is not a number.") % {"value": cell("value")}) from None
    assert value is not None
    return Row(kpi, at, value, cell("note").strip()[:5000])


def parse(content: str, person: Person) -> list[Row]:
    """Return the file's rows checked, or raise ValidationError listing each bad row."""
    reader = csv.reader(io.StringIO(content))
    names = _header(reader)
    kpis = list(Kpi.objects.filter(organisation_id=person.organisation_id).select_related("team"))
    lookups = ({str(k.pk): k for k in kpis}, {k.name.casefold(): k for k in kpis})
    rows, errors = [], []
    for number_, cells in enumerate(reader, start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(rows) + len(errors) >= MAX_ROWS:
            raise ValidationError(_("At most %(n)d rows at once.") % {"n": MAX_ROWS})
        try:
            rows.append(_row(cells, names, lookups, person))
        except ValueError as exc:
            errors.append(_("Row %(row)d: %(error)s") % {"row": number_, "error": exc})
    if errors:
        raise ValidationError(errors[:MAX_ERRORS])
    if not rows:
        raise ValidationError(_("The file has no values."))
    return rows


@transaction.atomic
def kpi_values_import(*, actor: Person, content: str) -> list[KpiValue]:
    """Record every row of a CSV (kpi name or id, date, value[, note]) oldest first; return them.

    Nothing is written when any row is wrong: the ValidationError lists "Row N: …" messages.
    """
    if not Access(actor).can_write:
        raise PermissionDenied(_("You cannot record KPI values."))
    rows = sorted(parse(content, actor), key=lambda row: row.at)
    return [
        kpi_value_record(
            kpi=row.kpi,
            value=row.value,
            recorded_at=row.at,
            actor=actor,
            source=ValueSource.IMPORT,
            note=row.note,
        )
        for row in rows
    ]

"""Importing OKR text into a cycle, shared by `cairn import` and the API.

document_import raises ValidationError listing every problem with its line and writes nothing
when anything is wrong (plan_import is all or nothing); spreadsheets are written by
cairn.import_export.spreadsheets.spreadsheet_import.
"""

from __future__ import annotations

import csv

from django.core.exceptions import ValidationError

from cairn.import_export.import_records import Origin
from cairn.import_export.services import ImportResult, document_lines, plan_import
from cairn.okrs.models import Cycle
from cairn.organisations.models import Person
from cairn.text import tabular
from cairn.text.document import TEXT, ParsedDocument
from cairn.text.upload_limits import DEFAULT


def document_import(
    *,
    actor: Person,
    cycle: Cycle,
    document: ParsedDocument,
    origin: Origin | None = None,
    force: bool = False,
) -> ImportResult:
    """Write a parsed text or Markdown document into the cycle; return what was written.

    Raises ValidationError with "line N: …" for each problem met while reading, else each
    one plan_import finds; PermissionDenied for a cycle of another organisation. Key results
    of a free-form text in which the parser read no measure become milestones and are listed
    in the result's `milestones`. `origin` and `force` are plan_import's (AlreadyImported).
    """
    if document.problems:
        raise ValidationError([f"line {p.line}: {p.message}" for p in document.problems])
    result = plan_import(
        actor=actor,
        cycle=cycle,
        plan=document.to_plan(cycle.name),
        lines=document_lines(document),
        origin=origin,
        force=force,
    )
    if document.format == TEXT:  # the parser found no measure in these
        result.milestones += [
            kr.title for o in document.objectives for kr in o.key_results
            if not (kr.parsed.measurable and kr.parsed.direction)
        ]  # fmt: skip
    return result


def looks_like_sheet(text: str) -> bool:
    """Return True when the text's first line is a spreadsheet header naming the id, parent_id,
    level and title columns (as `cairn export --format csv` writes), so it should be read as CSV;
    also when it has more cells than a sheet may, so the reply names that limit.
    """
    first = text.removeprefix("\ufeff").split("\n", 1)[0].rstrip("\r")
    delimiter = max((",", ";", "\t"), key=first.count)
    try:
        cells = next(csv.reader([first], delimiter=delimiter), [])
    except csv.Error:
        return False
    if len(cells) > DEFAULT.max_columns:  # no prose line has that many; the sheet's cap says so
        return True
    names = {tabular.normalise(cell) for cell in cells}
    names = {tabular.ALIASES.get(name, name) for name in names}
    return set(tabular.REQUIRED) <= names

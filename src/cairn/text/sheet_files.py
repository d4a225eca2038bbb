"""Spreadsheet files read into cells: CSV and XLSX within the upload limits, never raising.

A file that cannot be read (over a limit, binary, not a workbook) comes back as a Sheet whose
`problems` say why; `tabular` then reads the cells as a plan.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from cairn.text.formula_cells import restore
from cairn.text.plan import CSV_COLUMNS, format_number
from cairn.text.upload_limits import (
    DEFAULT,
    Limits,
    Refused,
    check_archive,
    check_csv_text,
    check_record,
    last_row_with_value,
    over_bytes,
)

Cell = str | int | float | bool | None


@dataclass(frozen=True)
class Problem:
    """Something that stops a sheet from being imported: where it is and what is wrong."""

    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [f"row {self.row}"] if self.row is not None else []
        where += [f"column {self.column}"] if self.column else []
        return f"{', '.join(where)}: {self.message}" if where else self.message

    def as_dict(self) -> dict:
        """Return {"row", "column", "message"} for JSON."""
        return {"row": self.row, "column": self.column, "message": self.message}


@dataclass(frozen=True)
class Sheet:
    """A spreadsheet as read: the header and the non-blank rows with their numbers.

    Cells are text, numbers, booleans or None. `problems` is set when the file itself could
    not be read (then there are no rows).
    """

    header: tuple[Cell, ...] = ()
    rows: tuple[tuple[int, tuple[Cell, ...]], ...] = ()
    problems: tuple[Problem, ...] = ()

    def as_dict(self) -> dict:
        """Return the header and rows as JSON-serialisable data."""
        return {"header": list(self.header), "rows": [[n, list(c)] for n, c in self.rows]}

    @classmethod
    def from_dict(cls, data: Mapping) -> Sheet:
        """Return the sheet stored by as_dict (KeyError/TypeError/ValueError when malformed)."""
        rows = tuple((int(n), tuple(as_cell(c) for c in cells)) for n, cells in data["rows"])
        return cls(header=tuple(as_cell(c) for c in data["header"]), rows=rows)


def as_cell(value: object) -> Cell:
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"not a cell value: {value!r}")


# Reading files ------------------------------------------------------------------------------


def _file_problem(message: str) -> Sheet:
    return Sheet(problems=(Problem(None, None, message),))


def read_file(name: str, data: bytes, *, limits: Limits = DEFAULT) -> Sheet:
    """Return the sheet in a .csv, .tsv, .txt or .xlsx file, chosen by the name's extension."""
    suffix = name.lower().rpartition(".")[2]
    if suffix not in ("xlsx", "csv", "tsv", "txt"):
        return _file_problem("choose a .csv or .xlsx file")
    too_big = over_bytes(len(data), limits)
    if too_big:
        return _file_problem(too_big)
    if suffix == "xlsx":
        return read_xlsx(data, limits=limits)
    text = decode(data)
    if text is None:
        return _file_problem(
            "the file is not text in UTF-8 or Windows-1252: save it as 'CSV UTF-8'"
        )
    return read_csv(text, limits=limits)


def decode(data: bytes) -> str | None:
    """Return the text of a CSV file: UTF-8 (with or without BOM), else Windows-1252."""
    for encoding in ("utf-8-sig", "cp1252"):  # Excel's "CSV (Comma delimited)" is cp1252
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return None


def read_csv(text: str, *, limits: Limits = DEFAULT) -> Sheet:
    """Return the sheet in CSV text; the delimiter (, ; or tab) is the header's commonest."""
    text = text.removeprefix("\ufeff")
    too_big = over_bytes(len(text), limits)  # characters: at least as many bytes
    if too_big:
        return _file_problem(too_big)
    if "\x00" in text:
        return _file_problem("this is not a CSV file: it holds binary data")
    first = text.split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    try:
        check_csv_text(text, delimiter, limits)
    except Refused as refused:
        return _file_problem(str(refused))
    records = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    numbered = enumerate(records, start=1)
    try:
        return _sheet(numbered, limits)
    except csv.Error as error:
        if "field larger than field limit" in str(error):  # csv's own cap, above max_cell
            return _file_problem(
                f"line {records.line_num}: a cell holds more than {limits.max_cell:,} characters"
            )
        return _file_problem(f"the CSV cannot be read: {error}")


def read_xlsx(data: bytes, *, limits: Limits = DEFAULT) -> Sheet:
    """Return the first worksheet of an XLSX workbook, with cached values of formulas.

    The ZIP and the worksheet are checked against the limits before openpyxl reads a row;
    openpyxl reads XML through defusedxml, so entity declarations are refused twice.
    """
    import openpyxl  # imported here: only spreadsheet users pay for it

    not_xlsx = "the file is not an Excel workbook (.xlsx) that can be read"
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            check_archive(archive, limits)
    except Refused as refused:
        return _file_problem(str(refused))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError):
        return _file_problem(not_xlsx)
    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            return _worksheet(workbook, limits)
        finally:
            workbook.close()
    except Refused as refused:
        return _file_problem(str(refused))
    except Exception:  # openpyxl fails in many ways on damaged files; all mean "unreadable"
        return _file_problem(not_xlsx)


def _worksheet(workbook: Any, limits: Limits) -> Sheet:
    """Return the workbook's first worksheet, its XML checked first (Refused over a limit)."""
    worksheet = workbook.worksheets[0]
    last = last_row_with_value(worksheet._get_source(), limits)  # openpyxl 3.1's own opener
    if not last:
        return _sheet((), limits)
    # the stated dimensions may be absurd (A1:XFD1048576): only the checked extent is read
    cells = worksheet.iter_rows(max_row=last, max_col=limits.max_columns)
    rows = ((n, _trimmed([_xlsx_value(c) for c in row])) for n, row in enumerate(cells, 1))
    return _sheet(rows, limits)


def _trimmed(cells: list[Cell]) -> list[Cell]:
    """Return the cells without the empty ones openpyxl pads a row with up to max_col."""
    end = len(cells)
    while end and cells[end - 1] is None:
        end -= 1
    return cells[:end]


def _xlsx_value(cell: object) -> Cell:
    """Return a cell's value as text or a number; percentages as Excel shows them ("40%")."""
    value = getattr(cell, "value", None)
    if isinstance(value, bool) or value is None or isinstance(value, str):
        return value
    if isinstance(value, int | float):
        if "%" in (getattr(cell, "number_format", None) or "") and math.isfinite(value):
            return format_number(float(Decimal(repr(value)) * 100)) + "%"
        return value
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date().isoformat()
    if isinstance(value, dt.date | dt.time | dt.datetime):
        return value.isoformat()
    return str(value)


def _sheet(records: Iterable[tuple[int, Sequence[Cell]]], limits: Limits) -> Sheet:
    """Return the header and non-blank rows of numbered records, or the problem with them.

    Text cells come back as they were before the export neutralised formulas (formula_cells).
    """
    header: tuple[Cell, ...] | None = None
    rows = []
    for number, cells in records:
        try:
            check_record(number, cells, limits)
        except Refused as refused:
            return _file_problem(str(refused))
        kept = tuple(restore(c) if isinstance(c, str) else c for c in cells[: limits.max_columns])
        if header is None:
            header = kept
        elif any(cell_text(c) for c in kept):
            rows.append((number, kept))
    if not header or not any(cell_text(c) for c in header):
        return _file_problem(
            "the sheet is empty: its first row must name the columns " + ", ".join(CSV_COLUMNS)
        )
    return Sheet(header=header, rows=tuple(rows))


def cell_text(value: object) -> str:
    """Return a cell as stripped text: numbers as written by the export ("40000", "2.5")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return format_number(value) if math.isfinite(value) else str(value)
    return str(value).strip()

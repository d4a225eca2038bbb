"""Dashboard tables as rows of cells, and those rows as CSV or XLSX downloads.

Text cells a spreadsheet would run as a formula (= + - @ tab CR) get a leading "'"
(`cairn.text.formula_cells`); numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass

from cairn.text.formula_cells import neutralise

Cell = str | int | float | None


@dataclass(frozen=True)
class Table:
    """A named table: its header and rows, ready to download."""

    name: str
    header: Sequence[str]
    rows: Sequence[Sequence[Cell]]


def _cell(value: Cell) -> Cell:
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    return value


def write_csv(table: Table) -> str:
    """Return the table as CSV text with a header row; formula-like text neutralised."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([_cell(name) for name in table.header])
    for row in table.rows:
        writer.writerow([_cell(value) for value in row])
    return out.getvalue()


def write_xlsx(table: Table) -> bytes:
    """Return the table as an XLSX workbook: bold frozen header, text always as text."""
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(table.name[:31])
    sheet.freeze_panes = "A2"
    header = []
    for name in table.header:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    for row in table.rows:
        cells: list[object] = []
        for value in row:
            if isinstance(value, int | float):
                cells.append(value)
                continue
            # neutralised last, so a dropped control character cannot uncover a leading "="
            cell = WriteOnlyCell(
                sheet, value=neutralise(ILLEGAL_CHARACTERS_RE.sub("", value or ""))
            )
            cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()

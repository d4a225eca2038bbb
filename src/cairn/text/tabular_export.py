"""Plans written as spreadsheets: the XLSX export and the CSV/XLSX import templates.

The rows are those of `cairn export --format csv` (plan.csv_rows), so whatever is written
here reads back through cairn.text.tabular as the same plan.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence

from cairn.text.formula_cells import neutralise, neutralise_row
from cairn.text.plan import CSV_COLUMNS as COLUMNS
from cairn.text.plan import NUMBER_COLUMNS, Plan, PlanKeyResult, PlanObjective, csv_rows

TEMPLATE = Plan(
    objectives=(
        PlanObjective(
            "Make onboarding effortless for new customers",
            key_results=(
                PlanKeyResult(
                    "Cut time to first value from 14 days to 3 days",
                    type="decrease",
                    start=14,
                    target=3,
                    unit="days",
                    initiatives=("Guided setup wizard",),
                ),
            ),
        ),
    )
)
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def sheet_rows(plan: Plan) -> list[dict[str, object]]:
    """Return the rows of a plan with every key filled in, as `cairn export --format csv`."""
    return csv_rows(plan.with_keys())


def write_csv(rows: Iterable[Mapping[str, object]]) -> str:
    """Return rows keyed by COLUMNS as CSV text with a header row; formula-like text neutralised."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(neutralise_row(row, NUMBER_COLUMNS) for row in rows)
    return out.getvalue()


def export_xlsx(plan: Plan) -> bytes:
    """Return the plan as an XLSX workbook with the same columns and rows as the CSV export."""
    return write_xlsx(sheet_rows(plan))


def template_csv() -> str:
    """Return the CSV template: the header and an example objective, key result, initiative."""
    return write_csv(csv_rows(TEMPLATE))


def template_xlsx() -> bytes:
    """Return the XLSX template, the same rows as template_csv."""
    return write_xlsx(csv_rows(TEMPLATE))


def write_xlsx(rows: Sequence[Mapping[str, object]]) -> bytes:
    """Return an XLSX workbook of rows keyed by COLUMNS: bold frozen header, numbers as numbers.

    Text cells are always text, and text a spreadsheet would run as a formula once edited or
    saved as CSV gets a leading "'" as in the CSV export; characters XML cannot hold (control
    characters other than tab and newline) are dropped.
    """
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("OKRs")
    sheet.freeze_panes = "A2"
    widths = [len(name) for name in COLUMNS]
    for i, name in enumerate(COLUMNS):
        texts = (len(str(row.get(name, ""))) for row in rows[:1000])
        widths[i] = min(max(widths[i], *texts, 0) + 2, 60)
        sheet.column_dimensions[get_column_letter(i + 1)].width = widths[i]
    header = []
    for name in COLUMNS:
        cell = WriteOnlyCell(sheet, value=name)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    numbers = set(NUMBER_COLUMNS)
    for row in rows:
        cells = []
        for name in COLUMNS:
            value = row.get(name, "")
            if name in numbers and value not in ("", None):
                number = float(str(value))
                cells.append(int(number) if number.is_integer() and abs(number) < 1e15 else number)
                continue
            # neutralised last, so a dropped control character cannot uncover a leading "="
            text = neutralise(ILLEGAL_CHARACTERS_RE.sub("", str(value or "")))
            cell = WriteOnlyCell(sheet, value=text)
            cell.data_type = "s"
            cells.append(cell)
        sheet.append(cells)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()

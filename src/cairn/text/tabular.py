"""OKRs in spreadsheets: CSV and XLSX rows read as a Plan (tabular_export writes them).

One row per objective, key result or initiative, linked by `id` and `parent_id`. The columns
are plan.CSV_COLUMNS, exactly what `cairn export --format csv` writes, so an export reads back
as the same plan. Reading never raises on bad input: every problem comes back with its row
(the header is row 1) and column; problems with the whole file come back without.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import math
import re
import zipfile
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any

from cairn.text.cell_numbers import parse_number
from cairn.text.formula_cells import restore
from cairn.text.key_result_parser import parse_key_result
from cairn.text.plan import (
    CSV_COLUMNS,
    KR_TYPES,
    OBJECTIVE_KINDS,
    VISIBILITIES,
    Plan,
    PlanKeyResult,
    PlanObjective,
    format_number,
)
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

COLUMNS = CSV_COLUMNS
REQUIRED = ("id", "parent_id", "level", "title")
ALIASES = {"parent": "parent_id"}
OBJECTIVE, KEY_RESULT, INITIATIVE = "objective", "key_result", "initiative"
LEVELS = {
    "objective": OBJECTIVE, "o": OBJECTIVE, "obj": OBJECTIVE,
    "key_result": KEY_RESULT, "kr": KEY_RESULT, "keyresult": KEY_RESULT,
    "initiative": INITIATIVE, "i": INITIATIVE,
}  # fmt: skip
LABELS = {OBJECTIVE: "an objective", KEY_RESULT: "a key result", INITIATIVE: "an initiative"}
APPLIES = {
    OBJECTIVE: {*REQUIRED, "key", "owner", "team", "kind", "visibility", "weight", "aligned_to"},
    KEY_RESULT: {*REQUIRED, "key", "owner", "weight", "type", "start", "target", "current", "unit"},
    INITIATIVE: set(REQUIRED),
}

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
        rows = tuple((int(n), tuple(_cell(c) for c in cells)) for n, cells in data["rows"])
        return cls(header=tuple(_cell(c) for c in data["header"]), rows=rows)


@dataclass(frozen=True)
class Entry:
    """One placed row, in plan order: an objective, key result or initiative and its depth."""

    row: int
    level: str
    depth: int
    title: str
    item: PlanObjective | PlanKeyResult | None = None  # None for initiatives


@dataclass(frozen=True)
class SheetPlan:
    """What a sheet says: the plan, the problems, and the row of each objective and KR.

    `lines` is plan_import's `lines` argument: (objective row, (key result rows …)).
    """

    plan: Plan
    problems: tuple[Problem, ...] = ()
    lines: tuple[tuple[int, tuple[int, ...]], ...] = ()
    entries: tuple[Entry, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems

    def problems_by_row(self) -> dict[int | None, list[Problem]]:
        """Return the problems grouped by row (None: the whole file)."""
        grouped: dict[int | None, list[Problem]] = defaultdict(list)
        for problem in self.problems:
            grouped[problem.row].append(problem)
        return dict(grouped)


def _cell(value: object) -> Cell:
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
        elif any(_text(c) for c in kept):
            rows.append((number, kept))
    if not header or not any(_text(c) for c in header):
        return _file_problem(
            "the sheet is empty: its first row must name the columns " + ", ".join(COLUMNS)
        )
    return Sheet(header=header, rows=tuple(rows))


def read_rows(rows: Iterable[Mapping[str, object]]) -> SheetPlan:
    """Return what rows given as dicts (column name → value, header as row 1) say."""
    rows = list(rows)
    header = list(dict.fromkeys(name for row in rows for name in row))
    cells = [(n, tuple(_cell(row.get(h)) for h in header)) for n, row in enumerate(rows, 2)]
    return read_sheet(Sheet(header=tuple(header), rows=tuple(cells)))


# From a sheet to a plan ---------------------------------------------------------------------


def read_sheet(sheet: Sheet) -> SheetPlan:
    """Return the plan a sheet describes and every problem in it."""
    if sheet.problems:
        return SheetPlan(Plan(), sheet.problems)
    columns, problems = _columns(sheet.header)
    if any(p.row is None for p in problems):
        return SheetPlan(Plan(), tuple(problems))
    rows = []
    for number, cells in sheet.rows:
        values = {}
        for position, cell in enumerate(cells):
            name = columns[position] if position < len(columns) else None
            if name:
                values[name] = cell
            elif name is None and _text(cell):
                problems.append(
                    Problem(number, str(position + 1), "this cell is under no named column")
                )
        row, found = _read_row(number, values)
        rows.append(row)
        problems += found
    if not rows:
        problems.append(Problem(None, None, "there are no rows under the header"))
    result = _assemble(rows)
    order = {name: i for i, name in enumerate(COLUMNS)}
    problems = sorted(  # stable: the header's problems stay in column order
        [*problems, *result.problems],
        key=lambda p: (p.row or 0, 0 if p.row == 1 else order.get(p.column or "", len(order))),
    )
    return replace(result, problems=tuple(problems))


def normalise(name: object) -> str:
    """Return a header or choice in its canonical spelling: " Parent ID" → "parent_id"."""
    return re.sub(r"[\s\-]+", "_", _text(name).lower())


def _columns(header: Sequence[Cell]) -> tuple[list[str | None], list[Problem]]:
    """Return each position's column name ("" to ignore, None when unnamed) and problems."""
    names: list[str | None] = []
    problems = []
    for position, raw in enumerate(header, start=1):
        name = normalise(raw)
        name = ALIASES.get(name, name)
        if not name:
            names.append(None)
        elif name in names:
            problems.append(Problem(1, name, f"the column {name} appears twice"))
            names.append("")
        elif name not in COLUMNS:
            close = difflib.get_close_matches(name, COLUMNS, n=1)
            hint = f" (did you mean {close[0]}?)" if close else ""
            problems.append(
                Problem(1, str(position), f"{_text(raw)!r} is not a known column{hint}")
            )
            names.append("")
        else:
            names.append(name)
    missing = [name for name in REQUIRED if name not in names]
    if missing:
        problems.append(
            Problem(
                None,
                None,
                f"the first row must name the columns {', '.join(REQUIRED)}; "
                f"missing: {', '.join(missing)}",
            )
        )
    return names, problems


@dataclass
class _Row:
    number: int
    id: str
    parent: str
    level: str | None
    title: str
    item: PlanObjective | PlanKeyResult | None = None
    key: str | None = None


@dataclass
class _Reader:
    """Reads the cells of one row, collecting problems."""

    row: int
    values: Mapping[str, Cell]
    problems: list[Problem] = field(default_factory=list)

    def problem(self, column: str, message: str) -> None:
        self.problems.append(Problem(self.row, column, message))

    def text(self, column: str) -> str:
        return _text(self.values.get(column))

    def optional(self, column: str) -> str | None:
        return self.text(column) or None

    def choice(self, column: str, allowed: tuple[str, ...], default: str) -> str:
        raw = self.text(column)
        if not raw:
            return default
        if normalise(raw) in allowed:
            return normalise(raw)
        self.problem(column, f"{raw!r} is not a {column}: write {_either(allowed)}")
        return default

    def number(self, column: str) -> tuple[float | None, str | None]:
        """Return the number in a cell and its symbol (% or a currency), or (None, None)."""
        value = self.values.get(column)
        if isinstance(value, bool):
            self.problem(column, f"{_text(value)!r} is not a number")
            return None, None
        if isinstance(value, int | float):
            if not math.isfinite(value):
                self.problem(column, "the number must be finite")
                return None, None
            return float(value), None
        if not _text(value):
            return None, None
        read = parse_number(_text(value))
        if isinstance(read, str):
            self.problem(column, read)
            return None, None
        return read

    def weight(self) -> float:
        value, symbol = self.number("weight")
        if symbol:
            self.problem("weight", "the weight is a plain number such as 1 or 0.5")
        elif value is not None and value < 0:
            self.problem("weight", "the weight is 0 or more (0 means tracked but not counted)")
        return 1.0 if value is None or symbol or value < 0 else value


def _read_row(number: int, values: Mapping[str, Cell]) -> tuple[_Row, list[Problem]]:
    """Return one row read, with its item built for its level, and its problems."""
    reader = _Reader(number, values)
    raw_level = reader.text("level")
    level = LEVELS.get(normalise(raw_level))
    if level is None:
        said = f"{raw_level!r} is not a level" if raw_level else "the level is empty"
        reader.problem("level", f"{said}: write objective, key_result or initiative")
    title = reader.text("title")
    if not title:
        reader.problem("title", "the title is empty")
    row = _Row(number, reader.text("id"), reader.text("parent_id"), level, title)
    if level is None:
        return row, reader.problems
    for column in COLUMNS:
        if column not in APPLIES[level] and reader.text(column):
            reader.problem(column, f"{LABELS[level]} has no {column}: leave it empty")
    row.key = reader.optional("key")
    if level == OBJECTIVE:
        row.item = PlanObjective(
            title, key=row.key, owner=reader.optional("owner"), team=reader.optional("team"),
            kind=reader.choice("kind", OBJECTIVE_KINDS, "committed"),
            visibility=reader.choice("visibility", VISIBILITIES, "public"),
            weight=reader.weight(), aligned_to=reader.optional("aligned_to"),
        )  # fmt: skip
    elif level == KEY_RESULT:
        row.item = _key_result(reader, title, row.key)
    return row, reader.problems


def _key_result(reader: _Reader, title: str, key: str | None) -> PlanKeyResult:
    """Return the key result of a row: its type stated, inferred from numbers or the title."""
    start, start_symbol = reader.number("start")
    target, target_symbol = reader.number("target")
    current, current_symbol = reader.number("current")
    unit = reader.optional("unit") or _unit(reader, start_symbol, target_symbol, current_symbol)
    kr_type = reader.choice("type", KR_TYPES, "")
    if not kr_type and not reader.text("type"):
        if start is not None and target is not None:
            kr_type = "increase" if target >= start else "decrease"
        elif start is None and target is None:
            parsed = parse_key_result(title)
            measured = parsed.measurable and parsed.direction is not None
            kr_type = parsed.direction if measured else "milestone"  # type: ignore[assignment]
            start, target, unit = parsed.start, parsed.target, unit or parsed.unit
            if kr_type in ("stay_above", "stay_below"):
                start = None
        else:
            reader.problem("type", f"the type is empty: with one number, write {_either(KR_TYPES)}")
    _check_measure(reader, kr_type, start, target)
    return PlanKeyResult(
        title, key=key, type=kr_type or "increase", start=start, target=target, current=current,
        unit=unit, weight=reader.weight(), owner=reader.optional("owner"),
    )  # fmt: skip


def _unit(reader: _Reader, *symbols: str | None) -> str | None:
    """Return the unit the numbers carry ("%", "$"), when they agree."""
    found = list(dict.fromkeys(s for s in symbols if s))
    if len(found) > 1:
        reader.problem("unit", f"the numbers carry different units ({' and '.join(found)})")
    return found[0] if found else None


def _check_measure(
    reader: _Reader, kr_type: str, start: float | None, target: float | None
) -> None:
    """Record a start and target that contradict the type."""
    if kr_type in ("stay_above", "stay_below") and start is not None:
        reader.problem("start", f"a {kr_type} key result has a target (its bound) and no start")
    if kr_type not in ("increase", "decrease") or start is None or target is None:
        return
    shown = f"{format_number(start)} → {format_number(target)}"
    if start == target:
        reader.problem("target", f"the start and target are equal ({shown}): ask for change")
    elif (target > start) != (kr_type == "increase"):
        way = "above" if kr_type == "increase" else "below"
        reader.problem("target", f"{'an' if way == 'above' else 'a'} {kr_type} needs a target "
                                 f"{way} its start ({shown})")  # fmt: skip


def _assemble(rows: list[_Row]) -> SheetPlan:
    """Return the plan of the read rows, linked by id and parent_id, with linking problems."""
    problems: list[Problem] = []
    by_id: dict[str, _Row] = {}
    keys: dict[str, _Row] = {}
    for row in rows:
        for value, seen, column in ((row.id, by_id, "id"), (row.key, keys, "key")):
            if value and value in seen:
                message = f"the {column} {value!r} is already used on row {seen[value].number}"
                problems.append(Problem(row.number, column, message))
            elif value:
                seen[value] = row
    children: dict[int, list[_Row]] = defaultdict(list)
    for row in rows:
        parent = _parent(row, by_id, problems)
        if parent is not None:
            children[parent.number].append(row)
    objectives, lines, entries = [], [], []
    for row in rows:
        if row.level == OBJECTIVE and isinstance(row.item, PlanObjective):
            objective, kr_rows, placed = _objective(row, children)
            objectives.append(objective)
            lines.append((row.number, kr_rows))
            entries += placed
    return SheetPlan(Plan(objectives=tuple(objectives)), tuple(problems), tuple(lines),
                     tuple(entries))  # fmt: skip


def _parent(row: _Row, by_id: dict[str, _Row], problems: list[Problem]) -> _Row | None:
    """Return the row's parent row, or None after recording why it has none."""

    def problem(message: str) -> None:
        problems.append(Problem(row.number, "parent_id", message))

    if row.level is None:
        return None
    if row.level == OBJECTIVE:
        if row.parent:
            problem("an objective has no parent: leave parent_id empty (align it with aligned_to)")
        return None
    wanted = "objective" if row.level == KEY_RESULT else "objective or key result"
    if not row.parent:
        problem(f"{LABELS[row.level]} needs the id of its {wanted} as parent_id")
        return None
    parent = by_id.get(row.parent)
    if parent is None:
        problem(f"no row has the id {row.parent!r}")
        return None
    allowed = (OBJECTIVE,) if row.level == KEY_RESULT else (OBJECTIVE, KEY_RESULT)
    if parent.level not in allowed:
        what = LABELS.get(parent.level or "", "a row with a problem")
        problem(f"{row.parent!r} (row {parent.number}) is {what}: the parent of "
                f"{LABELS[row.level]} is an {wanted}")  # fmt: skip
        return None
    return parent


def _objective(
    row: _Row, children: dict[int, list[_Row]]
) -> tuple[PlanObjective, tuple[int, ...], list[Entry]]:
    """Return an objective row's plan objective, its key results' rows and its entries."""
    assert isinstance(row.item, PlanObjective)
    initiatives = [c for c in children[row.number] if c.level == INITIATIVE]
    entries = [Entry(row.number, OBJECTIVE, 0, row.title)]
    entries += [Entry(i.number, INITIATIVE, 1, i.title) for i in initiatives]
    krs, kr_rows = [], []
    for child in children[row.number]:
        if child.level != KEY_RESULT or not isinstance(child.item, PlanKeyResult):
            continue
        below = [c for c in children[child.number] if c.level == INITIATIVE]
        kr = replace(child.item, initiatives=tuple(c.title for c in below))
        krs.append(kr)
        kr_rows.append(child.number)
        entries.append(Entry(child.number, KEY_RESULT, 1, child.title, kr))
        entries += [Entry(c.number, INITIATIVE, 2, c.title) for c in below]
    objective = replace(
        row.item, key_results=tuple(krs), initiatives=tuple(i.title for i in initiatives)
    )
    entries[0] = replace(entries[0], item=objective)
    return objective, tuple(kr_rows), entries


def _text(value: object) -> str:
    """Return a cell as stripped text: numbers as written by the export ("40000", "2.5")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, int | float):
        return format_number(value) if math.isfinite(value) else str(value)
    return str(value).strip()


def _either(choices: Iterable[str]) -> str:
    """Return "a, b or c"."""
    names = list(choices)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"

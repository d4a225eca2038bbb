"""OKRs in spreadsheets: CSV and XLSX rows read as a Plan (tabular_export writes them).

One row per objective, key result or initiative, linked by `id` and `parent_id`. The columns
are plan.CSV_COLUMNS, exactly what `cairn export --format csv` writes, so an export reads back
as the same plan. Reading never raises on bad input: every problem comes back with its row
(the header is row 1) and column; problems with the whole file come back without.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from cairn.text.cell_numbers import parse_number
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
from cairn.text.sheet_files import Cell, Problem, Sheet, as_cell, cell_text

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


def read_rows(rows: Iterable[Mapping[str, object]]) -> SheetPlan:
    """Return what rows given as dicts (column name → value, header as row 1) say."""
    rows = list(rows)
    header = list(dict.fromkeys(name for row in rows for name in row))
    cells = [(n, tuple(as_cell(row.get(h)) for h in header)) for n, row in enumerate(rows, 2)]
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
            elif name is None and cell_text(cell):
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
    return re.sub(r"[\s\-]+", "_", cell_text(name).lower())


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
                Problem(1, str(position), f"{cell_text(raw)!r} is not a known column{hint}")
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
        return cell_text(self.values.get(column))

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
            self.problem(column, f"{cell_text(value)!r} is not a number")
            return None, None
        if isinstance(value, int | float):
            if not math.isfinite(value):
                self.problem(column, "the number must be finite")
                return None, None
            return float(value), None
        if not cell_text(value):
            return None, None
        read = parse_number(cell_text(value))
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


def _either(choices: Iterable[str]) -> str:
    """Return "a, b or c"."""
    names = list(choices)
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"

"""The shared normaliser: every tracker's rows become `WorkRow`s, with problems by row and column.

Pure Python (no Django): the format modules read cells through `Columns` and the value parsers
here, so dates, numbers, statuses and key result labels read the same way in every format.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from cairn.text.sheet_files import Cell, Problem, Sheet, cell_text

KINDS = ("epic", "story", "task", "subtask")
STATES = ("todo", "in_progress", "done", "cancelled")
MAX_ESTIMATE = Decimal("99999.9")
MAX_TITLE = 300
MAX_DESCRIPTION = 20000
MAX_KEY = 100
MAX_URL = 500


@dataclass
class WorkRow:
    """One tracker item read from a file, in Cairn's terms.

    `None` means the file does not say (the stored value is kept on re-import): `parent_key`,
    `sprint` and `assignee` are `None` when the format has no such column, `""` when it is empty.
    `values` holds the WorkItem fields the file gives (description, estimates, due_on, URL).
    """

    row: int
    key: str
    kind: str
    title: str
    status: str
    values: dict[str, object] = field(default_factory=dict)
    parent_key: str | None = None
    parent_title: str = ""  # a parent only named (GitLab's epic), created when not stored
    sprint: str | None = None
    assignee: str | None = None
    done_at: datetime | None = None
    key_results: tuple[int, ...] = ()


@dataclass
class WorkFile:
    """What a file holds: its source, rows, and the problems (refusing) and warnings found."""

    source: str
    rows: list[WorkRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def problem(self, row: int | None, column: str | None, message: str) -> None:
        self.problems.append(Problem(row, column, message))

    def warn(self, row: int | None, column: str | None, message: str) -> None:
        self.warnings.append(Problem(row, column, message))


def header_name(cell: Cell) -> str:
    """Return a header cell as compared: lower case, single spaces."""
    return " ".join(cell_text(cell).lower().split())


class Columns:
    """A sheet's header: where each (possibly repeated) column is, read by any of its names."""

    def __init__(self, sheet: Sheet) -> None:
        self.header = [cell_text(c) for c in sheet.header]
        self.where: dict[str, list[int]] = {}
        self._indexes: dict[tuple[str, ...], list[int]] = {}
        for index, cell in enumerate(sheet.header):
            self.where.setdefault(header_name(cell), []).append(index)

    def has(self, *names: str) -> str | None:
        """Return the first of the names the header holds (as written in the file), or None."""
        for name in names:
            if name.lower() in self.where:
                return self.header[self.where[name.lower()][0]]
        return None

    def values(self, cells: Sequence[Cell], *names: str) -> list[str]:
        """Return the non-empty cells of every column with one of the names, in file order."""
        indexes = self._indexes.get(names)
        if indexes is None:
            indexes = sorted(i for name in names for i in self.where.get(name.lower(), ()))
            self._indexes[names] = indexes
        found = (cell_text(cells[i]) if i < len(cells) else "" for i in indexes)
        return [value for value in found if value]

    def first(self, cells: Sequence[Cell], *names: str) -> str:
        """Return the first non-empty cell of the columns with one of the names, or ""."""
        indexes = self._indexes.get(names)
        if indexes is None:
            self.values(cells, *names)
            indexes = self._indexes[names]
        for index in indexes:
            if index < len(cells):
                value = cell_text(cells[index])
                if value:
                    return value
        return ""


def missing_columns(columns: Columns, required: Iterable[tuple[str, ...]]) -> list[str]:
    """Return the required columns (each a tuple of accepted names) the header lacks."""
    return [names[0] for names in required if columns.has(*names) is None]


# Values ---------------------------------------------------------------------------------------

# Jira writes "11/May/24 03:26 PM" (its default), "2024-05-11 15:26" (ISO setting) or, opened
# and saved by Excel, "5/11/2024 15:26"; GitLab "2024-05-11 10:11:12"; Linear ISO or a
# JavaScript date string ("Tue Sep 10 2024 10:00:00 GMT+0000 (…)").
DATE_FORMATS = (
    "%d/%b/%y %I:%M %p",
    "%d/%b/%Y %I:%M %p",
    "%d/%b/%y %H:%M",
    "%d/%b/%y",
    "%d/%b/%Y",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%d %H:%M",
    "%Y-%m-%d",
    "%Y/%m/%d",
    "%m/%d/%Y %H:%M",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y",
    "%d.%m.%Y %H:%M",
    "%d.%m.%Y",
)
_JS_DATE = re.compile(r"^[A-Z][a-z]{2} ([A-Z][a-z]{2} \d{1,2} \d{4}) (\d{2}:\d{2}:\d{2})")
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}T")
_last_format = [DATE_FORMATS[0]]


def parse_datetime(text: str) -> datetime | None:
    """Return the moment a tracker wrote (UTC when it names no zone), or None if unreadable."""
    text = text.strip()
    if _ISO.match(text):
        try:
            moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    js = _JS_DATE.match(text)
    if js:
        return datetime.strptime(" ".join(js.groups()), "%b %d %Y %H:%M:%S").replace(tzinfo=UTC)
    for form in (_last_format[0], *DATE_FORMATS):  # an export writes one format throughout
        try:
            found = datetime.strptime(text, form).replace(tzinfo=UTC)
        except ValueError:
            continue
        _last_format[0] = form
        return found
    return None


def parse_date(text: str) -> date | None:
    """Return the day of a tracker's date or date-time, or None if unreadable."""
    moment = parse_datetime(text)
    return moment.date() if moment else None


def parse_estimate(text: str) -> Decimal | None:
    """Return an estimate of 0 to 99999.9 (one decimal; "3,5" reads as 3.5), or None if bad."""
    try:
        value = Decimal(text.strip().replace(",", "."))
    except InvalidOperation:
        return None
    if not value.is_finite() or not 0 <= value <= MAX_ESTIMATE:
        return None
    return value.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def hours_from_seconds(text: str) -> Decimal | None:
    """Return hours from Jira's or GitLab's estimate in seconds ("7200" → 2.0), or None."""
    seconds = parse_estimate(text)
    if seconds is None or seconds != seconds.to_integral_value():
        return None
    return parse_estimate(str(seconds / 3600))


_KR_LABEL = re.compile(r"^\s*kr\s*[:#-]?\s*(\d{1,18})\s*$", re.IGNORECASE)


def key_result_ids(values: Iterable[str]) -> tuple[int, ...]:
    """Return the key result ids named by labels or fields like `kr:123` (also `KR-123`)."""
    found = []
    for value in values:
        match = _KR_LABEL.match(value)
        if match and int(match.group(1)) not in found:
            found.append(int(match.group(1)))
    return tuple(found)


def split_labels(text: str) -> list[str]:
    """Return the labels of a comma-separated cell (GitLab, Linear)."""
    return [label.strip() for label in text.split(",") if label.strip()]


@dataclass
class Cleaner:
    """Reads one row's values into checked Python values, collecting problems by column."""

    file: WorkFile
    row: int

    def required(self, column: str, value: str, max_length: int) -> str:
        if not value:
            self.file.problem(self.row, column, "This column is empty: it is required.")
        elif len(value) > max_length:
            self.file.problem(self.row, column, f"Use at most {max_length} characters.")
        return value

    def text(self, column: str, value: str, max_length: int) -> str:
        if len(value) > max_length:
            self.file.problem(self.row, column, f"Use at most {max_length:,} characters.")
        return value

    def date(self, column: str, value: str) -> date | None:
        if not value:
            return None
        found = parse_date(value)
        if found is None:
            self.file.problem(self.row, column, f"{value!r} is not a date Cairn can read.")
        return found

    def moment(self, column: str, value: str) -> datetime | None:
        if not value:
            return None
        found = parse_datetime(value)
        if found is None:
            self.file.problem(self.row, column, f"{value!r} is not a date Cairn can read.")
        return found

    def estimate(self, column: str, value: str, *, seconds: bool = False) -> Decimal | None:
        if not value:
            return None
        found = hours_from_seconds(value) if seconds else parse_estimate(value)
        if found is None:
            what = "a whole number of seconds" if seconds else "a number from 0 to 99999.9"
            self.file.problem(self.row, column, f"{value!r} is not {what}.")
        return found

"""How large an uploaded spreadsheet may be, and the checks that refuse one before it is read.

A small XLSX can unpack to gigabytes (a zip bomb, XML entities that expand, a cell far to the
right that pads every row), and a CSV can hold a million columns. Every limit is checked while
streaming, before a row is kept or a preview is built; a refusal is a `Refused` whose message
names the limit. Pure Python: the CLI, the web form, the API and the people import share it.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from typing import IO
from xml.parsers import expat

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """The largest upload read: bytes as sent and unpacked, ZIP members, rows, columns, cells."""

    max_bytes: int = 10 * MB  # the file as uploaded (an XLSX compressed)
    max_unpacked: int = 50 * MB  # all members of an XLSX together, unpacked
    max_member: int = 25 * MB  # one member unpacked (sharedStrings.xml is held in memory)
    max_ratio: int = 200  # unpacked / packed of a member over 1 MB; XML packs ~10-30 times
    max_members: int = 500  # a workbook has about 10; a bomb may have millions of entries
    max_rows: int = 20_000  # rows under the header
    max_columns: int = 50  # the sheet has 16 columns; a value further right is refused
    max_cell: int = 10_000  # characters in one cell (titles hold 300)


DEFAULT = Limits()
RATIO_FROM = 1 * MB  # small members may pack as tightly as they like


class Refused(Exception):
    """An upload over a limit; str() is the message for the person who sent it."""


def over_bytes(size: int, limits: Limits) -> str | None:
    """Return why a file of `size` bytes is refused, or None."""
    if size > limits.max_bytes:
        return f"the file is larger than {limits.max_bytes // MB} MB"
    return None


def check_record(number: int, cells: Sequence[object], limits: Limits) -> None:
    """Raise Refused when a row is past the row limit, too wide or holds an oversized cell."""
    if number > limits.max_rows + 1 and any(_filled(c) for c in cells):  # header: row 1
        raise Refused(f"the sheet has more than {limits.max_rows:,} rows")
    if len(cells) > limits.max_columns and any(_filled(c) for c in cells[limits.max_columns :]):
        raise Refused(
            f"row {number} has values beyond column {limits.max_columns}: "
            f"a sheet has at most {limits.max_columns} columns"
        )
    for position, cell in enumerate(cells[: limits.max_columns], start=1):
        if isinstance(cell, str) and len(cell) > limits.max_cell:
            raise Refused(
                f"row {number}, column {position}: a cell holds more than "
                f"{limits.max_cell:,} characters"
            )


_QUOTED_FIELD = re.compile(r'"[^"]*"')
_LINE = re.compile(r"[^\n]+")
WIDE = 10  # a CSV line with more than WIDE × max_columns cells is refused before it is split


def check_csv_text(text: str, delimiter: str, limits: Limits) -> None:
    """Raise Refused when a line of CSV text has far more cells than max_columns.

    The csv module builds every cell of a record before any limit can be checked, so a line
    of a million cells would be a million strings; counting delimiters outside quoted cells
    (which may hold delimiters and line breaks) needs no more than a copy of the text.
    """
    bare = _QUOTED_FIELD.sub("", text) if '"' in text else text
    most = WIDE * limits.max_columns
    for line in _LINE.finditer(bare):
        if bare.count(delimiter, line.start(), line.end()) >= most:
            raise Refused(
                f"a row has more than {most:,} cells: a sheet has at most "
                f"{limits.max_columns} columns"
            )


def _filled(cell: object) -> bool:
    return cell is not None and (not isinstance(cell, str) or bool(cell.strip()))


# XLSX ---------------------------------------------------------------------------------------


def check_archive(archive: zipfile.ZipFile, limits: Limits) -> None:
    """Raise Refused for a workbook whose ZIP could unpack to more than the limits allow.

    The sizes are those the ZIP declares; zipfile never unpacks more than a member declares
    (it stops and reports a bad CRC), so they bound what openpyxl can unpack.
    """
    members = archive.infolist()
    if len(members) > limits.max_members:
        raise Refused(f"the workbook has more than {limits.max_members:,} parts")
    total = 0
    for info in members:
        if info.file_size > limits.max_member:
            raise Refused(
                f"the workbook part {info.filename} is larger than "
                f"{limits.max_member // MB} MB once unpacked"
            )
        if info.file_size > RATIO_FROM and info.file_size > limits.max_ratio * info.compress_size:
            raise Refused(
                f"the workbook part {info.filename} unpacks to more than {limits.max_ratio} "
                "times its size: it looks like a zip bomb"
            )
        total += info.file_size
    if total > limits.max_unpacked:
        raise Refused(
            f"the workbook is too large once unpacked (over {limits.max_unpacked // MB} MB)"
        )
    for info in members:
        if info.filename.endswith((".xml", ".rels")) and _declares_dtd(archive.open(info)):
            raise Refused(
                f"the workbook part {info.filename} declares XML entities (a DTD), "
                "which no spreadsheet program writes: it is refused"
            )


class _Stop(Exception):
    """Ends an expat parse from a handler."""


def _declares_dtd(stream: IO[bytes]) -> bool:
    """Return True when an XML stream has a DOCTYPE (entities live there); reads its prolog only."""
    parser = expat.ParserCreate()
    found: list[bool] = []

    def doctype(*_args: object) -> None:
        found.append(True)
        raise _Stop

    def element(*_args: object) -> None:
        raise _Stop

    parser.StartDoctypeDeclHandler = doctype
    parser.StartElementHandler = element
    try:
        with stream:
            while chunk := stream.read(64 * 1024):
                parser.Parse(chunk, False)
    except _Stop:
        pass
    except (expat.ExpatError, zipfile.BadZipFile, OSError, EOFError, ValueError):
        return False  # not well-formed: openpyxl will not read it either
    return bool(found)


_CELL_REF = re.compile(r"([A-Za-z]{1,3})?(\d+)?")


def column_number(letters: str) -> int:
    """Return the 1-based number of a column's letters ("A" → 1, "XFD" → 16384)."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number


@dataclass
class _WorksheetScan:
    """Follows <row> and <c> elements of a worksheet, checking where values are."""

    limits: Limits
    row: int = 0
    column: int = 0
    cell: tuple[int, int] | None = None  # the open <c> (row, column)
    last_row: int = 0  # the last row holding a value

    def start(self, name: str, attrs: dict[str, str]) -> None:
        local = name.rpartition(" ")[2]
        if local == "row":
            self.row = int(attrs["r"]) if attrs.get("r", "").isdigit() else self.row + 1
            self.column = 0
        elif local == "c":
            letters, digits = _CELL_REF.fullmatch(attrs.get("r", "")).groups()  # type: ignore[union-attr]
            self.column = column_number(letters) if letters else self.column + 1
            self.cell = (int(digits) if digits else self.row, self.column)
        elif local in ("v", "is", "f") and self.cell is not None:
            self._value_at(*self.cell)

    def end(self, name: str) -> None:
        if name.rpartition(" ")[2] == "c":
            self.cell = None

    def _value_at(self, row: int, column: int) -> None:
        if column > self.limits.max_columns:
            raise Refused(
                f"the cell in row {row}, column {column:,} holds a value: a sheet has at most "
                f"{self.limits.max_columns} columns"
            )
        if row > self.limits.max_rows + 1:
            raise Refused(f"the sheet has more than {self.limits.max_rows:,} rows")
        self.last_row = max(self.last_row, row)


def last_row_with_value(stream: IO[bytes], limits: Limits) -> int:
    """Return the number of the worksheet XML's last row that holds a value (0: none).

    Raises Refused for a value beyond max_columns or below row max_rows + 1 (so openpyxl is
    never asked to pad rows out to them), or a DTD; ValueError when the XML is not well-formed.
    """
    scan = _WorksheetScan(limits)
    parser = expat.ParserCreate(namespace_separator=" ")

    def doctype(*_args: object) -> None:
        raise Refused("the worksheet declares XML entities (a DTD): it is refused")

    parser.StartDoctypeDeclHandler = doctype
    parser.StartElementHandler = scan.start
    parser.EndElementHandler = scan.end
    try:
        with stream:
            while chunk := stream.read(256 * 1024):
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except (expat.ExpatError, KeyError, AttributeError) as error:
        raise ValueError(f"the worksheet cannot be read: {error}") from None
    return scan.last_row

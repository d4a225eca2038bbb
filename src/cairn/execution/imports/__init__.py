"""Work imported from trackers' exports: Jira CSV, GitHub issues JSON, GitLab CSV, Linear CSV.

`read_work` turns a file's text into a `WorkFile` of `WorkRow`s (pure Python, one module per
format, the shared normaliser in `rows`); `cairn.execution.imports.resolve` matches the rows to
the organisation (people, sprints, key results, stored items) for the preview, and
`cairn.execution.services.work_import` writes them, all or nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from cairn.execution.imports import github, gitlab, jira, linear
from cairn.execution.imports.rows import MAX_KEY, MAX_URL, WorkFile, WorkRow, header_name
from cairn.execution.imports.statuses import parse_mapping
from cairn.text import sheet_files
from cairn.text.upload_limits import DEFAULT, MB, over_bytes

FORMATS = ("jira", "github", "gitlab", "linear")
# A Jira "all fields" export has a column per custom field and per repeated value: hundreds.
LIMITS = replace(DEFAULT, max_bytes=25 * MB, max_rows=20_000, max_columns=500)
SHEET_READERS = {"jira": jira.read, "gitlab": gitlab.read, "linear": linear.read}
SIGNATURES = {"jira": jira.SIGNATURE, "gitlab": gitlab.SIGNATURE, "linear": linear.SIGNATURE}

__all__ = ["FORMATS", "LIMITS", "WorkFile", "WorkRow", "detect_format", "read_work"]


def decode(data: bytes) -> str | None:
    """Return a file's text (UTF-8 with or without BOM, else Windows-1252), or None."""
    return sheet_files.decode(data)


def detect_format(text: str) -> str | None:
    """Return the format a file's text looks like (JSON → github; CSV by its header), or None."""
    start = text.lstrip("\ufeff \t\r\n")[:1]
    if start in ("[", "{"):
        return "github"
    first = text.lstrip("\ufeff").split("\n", 1)[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    names = {header_name(cell) for cell in first.split(delimiter)}
    names |= {header_name(cell.strip('"')) for cell in first.split(delimiter)}
    for fmt, signature in SIGNATURES.items():
        if any(name in names for name in signature):
            return fmt
    if {"id", "title", "status"} <= names:  # Linear's shortest export
        return "linear"
    return None


def read_work(
    text: str, fmt: str = "auto", *, statuses: Iterable[str] = (), limits=LIMITS
) -> WorkFile:
    """Return the rows of a tracker export, or a WorkFile whose problems say why it cannot be read.

    `statuses` are `Name=state` entries that win over the format's default status mapping.
    """
    mapping, mapping_problems = parse_mapping(statuses)
    if fmt == "auto":
        fmt = detect_format(text) or ""
    if fmt not in FORMATS:
        work = WorkFile("")
        work.problem(
            None, None, "Cairn cannot tell the format: choose jira, github, gitlab or linear."
        )
        return work
    if "\x00" in text:
        work = WorkFile(fmt)
        work.problem(None, None, "The file holds a NUL character: it is not a tracker export.")
        return work
    work = _read(text, fmt, mapping, limits)
    _check_keys(work)
    work.problems[:0] = mapping_problems
    return work


def _read(text: str, fmt: str, mapping: dict[str, str], limits) -> WorkFile:
    too_big = over_bytes(len(text), limits)
    if too_big:
        work = WorkFile(fmt)
        work.problem(None, None, too_big)
        return work
    if fmt == "github":
        return github.read(text, mapping, max_items=limits.max_rows)
    sheet = sheet_files.read_csv(text, limits=limits)
    if sheet.problems:
        work = WorkFile(fmt)
        work.problems.extend(sheet.problems)
        return work
    return SHEET_READERS[fmt](sheet, mapping)


def _check_keys(work: WorkFile) -> None:
    """Add a problem for a key twice in the file, or a key or URL longer than Cairn stores."""
    seen: dict[str, int] = {}
    for row in work.rows:
        if row.key and row.key in seen:
            work.problem(row.row, None, f"{row.key} appears twice (row {seen[row.key]} too).")
        seen.setdefault(row.key, row.row)
        for what, value, most in (
            ("key", row.key, MAX_KEY),
            ("parent key", row.parent_key, MAX_KEY),
            ("URL", row.values.get("external_url"), MAX_URL),
        ):
            if isinstance(value, str) and len(value) > most:
                work.problem(row.row, None, f"The {what} is longer than {most} characters.")

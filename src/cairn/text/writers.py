"""The text formats a plan is written in, one table for the CLI, the web downloads and the API."""

from __future__ import annotations

from collections.abc import Callable

from cairn.text.markdown import export_markdown
from cairn.text.plan import Plan, export_csv, export_json

WRITERS: dict[str, Callable[[Plan], str]] = {
    "md": export_markdown,
    "json": export_json,
    "csv": export_csv,
}

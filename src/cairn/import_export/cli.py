"""Shared pieces of the import, export and lint commands: --cycle, --org and --as."""

from __future__ import annotations

import os
import sys
from dataclasses import replace
from pathlib import Path

from django.core.management.base import CommandError, CommandParser

from cairn.coach import CoachConfig, review_objective
from cairn.import_export import selectors
from cairn.okrs.models import Cycle
from cairn.okrs.permissions import Access
from cairn.organisations.models import Organisation, Person, Role
from cairn.text import sheet_files
from cairn.text.document import DocKeyResult, DocObjective, ParsedDocument
from cairn.text.key_result_parser import parse_key_result
from cairn.text.lint import LintReport
from cairn.text.markdown import export_markdown, read_markdown
from cairn.text.sheet_files import Sheet
from cairn.text.tabular import SheetPlan
from cairn.text.upload_limits import DEFAULT, MB, over_bytes

# the operator's own command: room for SPEC §7's large organisation in one file (100,000 rows,
# as before), while the ZIP, DTD, column and cell checks stay those of every upload
SHEET_LIMITS = replace(
    DEFAULT, max_bytes=100 * MB, max_unpacked=200 * MB, max_member=100 * MB, max_rows=100_000
)


def add_cycle_arguments(parser: CommandParser, *, required: bool = True) -> None:
    """Add --cycle NAME, --org SLUG and --as EMAIL."""
    parser.add_argument("--cycle", required=required, help="the cycle's name, e.g. '2026 Q3'")
    parser.add_argument("--org", help="the organisation's slug (default: the only one)")
    parser.add_argument("--as", dest="as_email", help="act as this person (default: first admin)")


def organisation(slug: object) -> Organisation:
    """Return the organisation with this slug, or the only one; CommandError otherwise."""
    if slug:
        found = Organisation.objects.filter(slug=str(slug)).first()
        if found is None:
            raise CommandError(f"no organisation with the slug {slug!r}")
        return found
    found = list(Organisation.objects.order_by("slug")[:2])
    if not found:
        raise CommandError("there is no organisation yet")
    if len(found) > 1:
        raise CommandError("there are several organisations: choose one with --org SLUG")
    return found[0]


def cycle(org: Organisation, name: object) -> Cycle:
    """Return the organisation's cycle with this name; CommandError otherwise."""
    found = Cycle.objects.filter(organisation=org, name=str(name)).select_related("organisation")
    if not found:
        names = ", ".join(Cycle.objects.filter(organisation=org).values_list("name", flat=True))
        raise CommandError(f"{org.slug} has no cycle named {name!r} (cycles: {names or 'none'})")
    return found[0]


def person(org: Organisation, email: object) -> Person:
    """Return the member with this email, or the organisation's first admin."""
    people = Person.objects.filter(organisation=org).select_related("user", "organisation")
    if email:
        found = people.filter(user__email__iexact=str(email)).first()
        if found is None:
            raise CommandError(f"no one with the email {email} in {org.slug}")
        return found
    found = people.filter(role=Role.ADMIN).order_by("id").first()
    if found is None:
        raise CommandError(f"{org.slug} has no admin: choose a person with --as EMAIL")
    return found


def resolve(options: dict) -> tuple[Cycle, Person]:
    """Return the cycle and the acting person named by --cycle, --org and --as."""
    org = organisation(options.get("org"))
    return cycle(org, options["cycle"]), person(org, options.get("as_email"))


def lint_cycle(found: Cycle, actor: Person, config: CoachConfig | None = None) -> LintReport:
    """Return the coach's report on a cycle; lines are those of `cairn export --format md`.

    Without `config`, the organisation's stored coach settings apply.
    """
    if config is None:
        config = found.organisation.coach
    access = Access(actor)
    read = read_markdown(export_markdown(selectors.cycle_plan(access, found)))
    drafts = selectors.cycle_drafts(access, found)
    objectives = []
    for draft, line, kr_lines in zip(
        drafts, read.objective_lines, read.key_result_lines, strict=True
    ):
        findings = review_objective(draft, config)
        krs = tuple(
            DocKeyResult(
                kr.title,
                kr_line,
                parse_key_result(kr.title),
                kr.owner,
                findings=tuple(f for f in findings if f.key_result_index == i),
            )
            for i, (kr, kr_line) in enumerate(zip(draft.key_results, kr_lines, strict=True))
        )
        own = tuple(f for f in findings if f.key_result_index is None)
        objectives.append(DocObjective(draft.title, line, krs, owner=draft.owner, findings=own))
    document = ParsedDocument(tuple(objectives))
    return LintReport(document, tuple(document.findings()))


def import_format(path: str, chosen: object) -> str:
    """Return "csv", "xlsx" or "text": --format when given, else the file's extension."""
    if chosen and chosen != "auto":
        return str(chosen)
    suffix = path.lower().rpartition(".")[2] if "." in path else ""
    return {"csv": "csv", "tsv": "csv", "xlsx": "xlsx"}.get(suffix, "text")


def read_sheet_file(path: str, fmt: str) -> Sheet:
    """Return the sheet in a CSV or XLSX file (- reads standard input); exit 2 if unreadable.

    A file over SHEET_LIMITS.max_bytes is refused before it is read into memory.
    """
    try:
        data = _read_capped(path, SHEET_LIMITS.max_bytes)
    except OSError as error:
        reason = "no such file" if isinstance(error, FileNotFoundError) else error.strerror
        raise CommandError(f"cannot read {path}: {reason}", returncode=2) from None
    if data is None:
        reason = over_bytes(SHEET_LIMITS.max_bytes + 1, SHEET_LIMITS)
        raise CommandError(f"cannot read {path}: {reason}", returncode=2)
    sheet = sheet_files.read_file(f"sheet.{fmt}", data, limits=SHEET_LIMITS)
    if sheet.problems:
        raise CommandError(f"cannot read {path}: {sheet.problems[0]}", returncode=2)
    return sheet


def _read_capped(path: str, cap: int) -> bytes | None:
    """Return a file's bytes (- is standard input), or None when it holds more than cap."""
    if path == "-":
        data = sys.stdin.buffer.read(cap + 1)
    else:
        with Path(path).open("rb") as file:
            if os.fstat(file.fileno()).st_size > cap:
                return None
            data = file.read(cap + 1)  # a file may grow while it is read
    return None if len(data) > cap else data


def write_bytes(data: bytes, output: object) -> None:
    """Write binary output to a file, or to standard output for "-"; CommandError on failure."""
    if not output:
        raise CommandError("XLSX is binary: give --output FILE (or --output - for standard output)")
    if output == "-":
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    try:
        Path(str(output)).write_bytes(data)
    except OSError as error:
        raise CommandError(f"cannot write {output}: {error.strerror}") from None


def sheet_dry_run(read: SheetPlan, fmt: str) -> dict:
    """Return what a sheet says as JSON data: objectives with their rows, and the problems."""
    objectives = read.plan.as_dict()["objectives"]
    for objective, (row, kr_rows) in zip(objectives, read.lines, strict=True):
        objective["row"] = row
        for kr, kr_row in zip(objective["key_results"], kr_rows, strict=True):
            kr["row"] = kr_row
    return {
        "format": fmt,
        "objectives": objectives,
        "problems": [p.as_dict() for p in read.problems],
    }


def sheet_summary(read: SheetPlan) -> str:
    """Return the rows read, one per line and indented by level, then the problems."""
    names = {"objective": "O", "key_result": "KR", "initiative": "initiative"}
    lines = [f"row {e.row}: {'  ' * e.depth}{names[e.level]} {e.title}" for e in read.entries]
    lines += [str(p) for p in read.problems]
    return "\n".join(lines) if lines else "no OKRs found"

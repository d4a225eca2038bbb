"""`cairn import PATH --cycle NAME`: write an OKR document or spreadsheet into a cycle.

Text and Markdown files report problems by line, CSV and XLSX files by row; either way nothing
is written when anything is wrong (exit status 1). Content already imported into the cycle is
refused (exit status 1) unless `--force`. `--template csv|xlsx` writes the spreadsheet
template instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from cairn.import_export import cli
from cairn.import_export.import_records import (
    AlreadyImported,
    Origin,
    already_imported_message,
    previous_import,
    previous_import_data,
)
from cairn.import_export.importing import document_import
from cairn.import_export.management.commands.lint import read_text
from cairn.import_export.models import ImportSource
from cairn.import_export.services import ImportResult
from cairn.import_export.spreadsheets import spreadsheet_import
from cairn.text import tabular
from cairn.text.document import parse_document
from cairn.text.fingerprint import sheet_fingerprint, text_fingerprint
from cairn.text.tabular_export import template_csv, template_xlsx

FAILED = 1


class Command(BaseCommand):
    help = (
        "Import OKRs from a text, Markdown, CSV or XLSX file into a cycle. Every problem is "
        "reported with its line (or row) and nothing is written (exit status 1); --dry-run "
        "only shows what was read. --template csv|xlsx writes the spreadsheet template."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "path", nargs="?", help="a text, Markdown, CSV or XLSX file, or - for standard input"
        )
        cli.add_cycle_arguments(parser, required=False)
        parser.add_argument(
            "--format",
            choices=("auto", "text", "csv", "xlsx"),
            default="auto",
            help="how to read the file (default: by its extension; .csv, .tsv and .xlsx are "
            "spreadsheets, anything else text or Markdown)",
        )
        parser.add_argument("--dry-run", action="store_true", help="read only, write nothing")
        parser.add_argument(
            "--force",
            action="store_true",
            help="import even when the same content was already imported into the cycle",
        )
        parser.add_argument("--json", action="store_true", help="print JSON")
        parser.add_argument(
            "--template",
            choices=("csv", "xlsx"),
            help="write the spreadsheet template (the columns and three example rows)",
        )
        parser.add_argument(
            "-o",
            "--output",
            help="with --template: the file to write (XLSX needs one; - is stdout)",
        )

    def handle(self, *args: object, **options: object) -> None:
        if options["template"]:
            self.write_template(str(options["template"]), options.get("output"))
            return
        if not options["path"]:
            raise CommandError("give a file to import (or --template csv|xlsx)", returncode=2)
        path = str(options["path"])
        fmt = cli.import_format(path, options["format"])
        if fmt == "text":
            text = read_text(path)
            self.import_text(text, Origin(ImportSource.CLI, (text_fingerprint(text),)), options)
        else:
            sheet = cli.read_sheet_file(path, fmt)
            origin = Origin(ImportSource.CLI, (sheet_fingerprint(sheet),))
            self.import_sheet(tabular.read_sheet(sheet), fmt, origin, options)

    def write_template(self, fmt: str, output: object) -> None:
        if fmt == "xlsx":
            cli.write_bytes(template_xlsx(), output)
        elif output and output != "-":
            cli.write_bytes(template_csv().encode("utf-8"), output)
        else:
            self.stdout.write(template_csv(), ending="")

    def import_sheet(
        self, read: tabular.SheetPlan, fmt: str, origin: Origin, options: dict
    ) -> None:
        if options["dry_run"]:
            data = cli.sheet_dry_run(read, fmt)
            self.dry_run(data, cli.sheet_summary(read), origin, options)
            if read.problems:
                raise SystemExit(FAILED)
            return
        cycle, actor = self.target(options)
        force = bool(options["force"])
        self.run_import(
            lambda: spreadsheet_import(
                actor=actor, cycle=cycle, read=read, origin=origin, force=force
            ),
            cycle.name,
            options,
        )

    def import_text(self, text: str, origin: Origin, options: dict) -> None:
        document = parse_document(text, None)
        if options["dry_run"]:
            data = document.as_dict()
            self.dry_run(data, dry_run_summary(data), origin, options)
            if document.problems:  # like a spreadsheet's dry run: CI can check a file
                raise SystemExit(FAILED)
            return
        cycle, actor = self.target(options)
        force = bool(options["force"])
        self.run_import(
            lambda: document_import(
                actor=actor, cycle=cycle, document=document, origin=origin, force=force
            ),
            cycle.name,
            options,
        )

    def dry_run(self, data: dict, summary: str, origin: Origin, options: dict) -> None:
        """Print what was read; with --cycle, warn when it was imported there before."""
        previous = None
        if options.get("cycle"):
            cycle = cli.cycle(cli.organisation(options.get("org")), options["cycle"])
            previous = previous_import(cycle=cycle, fingerprints=origin.fingerprints)
        if options["json"]:
            data = {**data, "previous_import": previous_import_data(previous)}
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            self.stdout.write(summary)
        if previous is not None:
            self.stderr.write(
                f"warning: {already_imported_message(previous)} Importing it again needs --force."
            )

    def run_import(self, run: Callable[[], ImportResult], cycle_name: str, options: dict) -> None:
        """Run the import and report it; on any problem report it and exit with status 1."""
        try:
            result = run()
        except ValidationError as error:
            self.fail(error.messages, options)
        except PermissionDenied as error:
            self.fail([str(error)], options)
        except AlreadyImported as error:
            message = f"{error} Use --force to import it again."
            self.fail([message], options, previous_import_data(error.record))
        self.report(result, cycle_name, options)

    def target(self, options: dict):
        """Return the cycle and acting person; --cycle is required to write."""
        if not options.get("cycle"):
            raise CommandError("--cycle NAME is required to import (or use --dry-run)")
        return cli.resolve(options)

    def fail(self, problems: list[str], options: dict, previous: dict | None = None) -> None:
        """Report every problem and exit with status 1: nothing was written."""
        if options["json"]:
            data = {"ok": False, "problems": problems}
            if previous is not None:
                data["previous_import"] = previous
            self.stdout.write(json.dumps(data, ensure_ascii=False))
        elif previous is not None:
            self.stderr.write(problems[0])
        else:
            for problem in problems:
                self.stderr.write(problem)
            self.stderr.write(f"{len(problems)} problem(s): nothing was imported")
        raise SystemExit(FAILED)

    def report(self, result, cycle_name: str, options: dict) -> None:
        counts = result.counts()
        if options["json"]:
            data = {"ok": True, "cycle": cycle_name, **counts, "milestones": result.milestones}
            self.stdout.write(json.dumps(data, ensure_ascii=False))
            return
        self.stdout.write(
            f"Imported into {cycle_name}: {counts['objectives']} objectives, "
            f"{counts['key_results']} key results, {counts['initiatives']} initiatives, "
            f"{counts['work_items']} work items, {counts['aligned']} alignments."
        )
        for title in result.milestones:
            self.stdout.write(f"  no target read, created as a milestone: {title}")


def dry_run_summary(data: dict) -> str:
    """Return the objectives and key results read, one per line, and the problems."""
    lines = []
    for objective in data["objectives"]:
        lines.append(f"{objective['line']}: O {objective['title']}")
        for kr in objective["key_results"]:
            lines.append(f"{kr['line']}:   KR {kr['title']}")
    lines += [f"{p['line']}: problem: {p['message']}" for p in data["problems"]]
    return "\n".join(lines) if lines else "no OKRs found"

"""`cairn import PATH --cycle NAME`: write an OKR document or spreadsheet into a cycle.

Text and Markdown files report problems by line, CSV and XLSX files by row; either way nothing
is written when anything is wrong (exit status 1). `--template csv|xlsx` writes the
spreadsheet template instead.
"""

from __future__ import annotations

import json

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from cairn.plaintext import cli
from cairn.plaintext.importing import document_import
from cairn.plaintext.management.commands.lint import read_text
from cairn.plaintext.spreadsheets import spreadsheet_import
from cairn.text import tabular
from cairn.text.document import parse_document
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
            self.import_text(read_text(path), options)
        else:
            self.import_sheet(tabular.read_sheet(cli.read_sheet_file(path, fmt)), fmt, options)

    def write_template(self, fmt: str, output: object) -> None:
        if fmt == "xlsx":
            cli.write_bytes(template_xlsx(), output)
        elif output and output != "-":
            cli.write_bytes(template_csv().encode("utf-8"), output)
        else:
            self.stdout.write(template_csv(), ending="")

    def import_sheet(self, read: tabular.SheetPlan, fmt: str, options: dict) -> None:
        if options["dry_run"]:
            if options["json"]:
                data = cli.sheet_dry_run(read, fmt)
                self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
            else:
                self.stdout.write(cli.sheet_summary(read))
            if read.problems:
                raise SystemExit(FAILED)
            return
        cycle, actor = self.target(options)
        try:
            result = spreadsheet_import(actor=actor, cycle=cycle, read=read)
        except ValidationError as error:
            self.fail(error.messages, options)
        except PermissionDenied as error:
            self.fail([str(error)], options)
        self.report(result, cycle.name, options)

    def import_text(self, text: str, options: dict) -> None:
        if options["dry_run"]:
            document = parse_document(text, None)
            if options["json"]:
                self.stdout.write(json.dumps(document.as_dict(), ensure_ascii=False, indent=2))
            else:
                self.stdout.write(dry_run_summary(document.as_dict()))
            if document.problems:  # like a spreadsheet's dry run: CI can check a file
                raise SystemExit(FAILED)
            return
        cycle, actor = self.target(options)
        try:
            result = document_import(actor=actor, cycle=cycle, document=parse_document(text, None))
        except ValidationError as error:
            self.fail(error.messages, options)
        except PermissionDenied as error:
            self.fail([str(error)], options)
        self.report(result, cycle.name, options)

    def target(self, options: dict):
        """Return the cycle and acting person; --cycle is required to write."""
        if not options.get("cycle"):
            raise CommandError("--cycle NAME is required to import (or use --dry-run)")
        return cli.resolve(options)

    def fail(self, problems: list[str], options: dict) -> None:
        """Report every problem and exit with status 1: nothing was written."""
        if options["json"]:
            self.stdout.write(json.dumps({"ok": False, "problems": problems}, ensure_ascii=False))
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
            f"{counts['aligned']} alignments."
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

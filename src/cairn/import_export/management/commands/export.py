"""`cairn export --cycle NAME --format md|json|csv|xlsx`: a cycle's OKRs as text or a workbook."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from cairn.import_export import cli
from cairn.import_export.services import cycle_plan
from cairn.text.tabular_export import export_xlsx
from cairn.text.writers import WRITERS

BINARY = {"xlsx": export_xlsx}


class Command(BaseCommand):
    help = (
        "Export the objectives of a cycle that the person (--as) may see, as canonical "
        "Markdown, JSON, CSV or an XLSX workbook (see docs/plaintext.md). XLSX is binary: "
        "it needs --output FILE (--output - writes it to standard output)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        cli.add_cycle_arguments(parser)
        parser.add_argument("--format", choices=sorted(WRITERS | BINARY), default="md")
        parser.add_argument("-o", "--output", help="write to this file instead of stdout")

    def handle(self, *args: object, **options: object) -> None:
        fmt, output = str(options["format"]), options.get("output")
        if fmt in BINARY and not output:
            raise CommandError(f"{fmt} is binary: give --output FILE (--output - for stdout)")
        cycle, person = cli.resolve(options)
        plan = cycle_plan(person=person, cycle=cycle)
        if fmt in BINARY:
            cli.write_bytes(BINARY[fmt](plan), output)
            return
        text = WRITERS[fmt](plan)
        if not output:
            self.stdout.write(text, ending="")
            return
        try:
            Path(str(output)).write_text(text, encoding="utf-8")
        except OSError as error:
            raise CommandError(f"cannot write {output}: {error.strerror}") from None

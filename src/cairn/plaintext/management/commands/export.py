"""`cairn export --cycle NAME --format md|json|csv`: a cycle's OKRs as text."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError, CommandParser

from cairn.plaintext import cli
from cairn.plaintext.services import cycle_plan
from cairn.text.markdown import export_markdown
from cairn.text.plan import export_csv, export_json

WRITERS = {"md": export_markdown, "json": export_json, "csv": export_csv}


class Command(BaseCommand):
    help = (
        "Export the objectives of a cycle that the person (--as) may see, as canonical "
        "Markdown, JSON or CSV (see docs/plaintext.md)."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        cli.add_cycle_arguments(parser)
        parser.add_argument("--format", choices=sorted(WRITERS), default="md")
        parser.add_argument("-o", "--output", help="write to this file instead of stdout")

    def handle(self, *args: object, **options: object) -> None:
        cycle, person = cli.resolve(options)
        text = WRITERS[str(options["format"])](cycle_plan(person=person, cycle=cycle))
        if not options.get("output"):
            self.stdout.write(text, ending="")
            return
        try:
            Path(str(options["output"])).write_text(text, encoding="utf-8")
        except OSError as error:
            raise CommandError(f"cannot write {options['output']}: {error.strerror}") from None

"""`cairn import PATH --cycle NAME`: write an OKR document into a cycle, all or nothing."""

from __future__ import annotations

import json

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from cairn.plaintext import cli
from cairn.plaintext.management.commands.lint import read_text
from cairn.plaintext.services import document_lines, plan_import
from cairn.text.document import TEXT, parse_document

FAILED = 1


class Command(BaseCommand):
    help = (
        "Import OKRs from a text or Markdown file into a cycle. Every problem is reported with "
        "its line and nothing is written (exit status 1); --dry-run only shows what was read."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="a text or Markdown file, or - for standard input")
        cli.add_cycle_arguments(parser, required=False)
        parser.add_argument("--dry-run", action="store_true", help="parse only, write nothing")
        parser.add_argument("--json", action="store_true", help="print JSON")

    def handle(self, *args: object, **options: object) -> None:
        text = read_text(str(options["path"]))
        if options["dry_run"]:
            document = parse_document(text, None)
            if options["json"]:
                self.stdout.write(json.dumps(document.as_dict(), ensure_ascii=False, indent=2))
            else:
                self.stdout.write(dry_run_summary(document.as_dict()))
            return
        if not options.get("cycle"):
            raise CommandError("--cycle NAME is required to import (or use --dry-run)")
        cycle, actor = cli.resolve(options)
        document = parse_document(text, None)
        problems = [f"line {p.line}: {p.message}" for p in document.problems]
        if not problems:
            try:
                result = plan_import(
                    actor=actor,
                    cycle=cycle,
                    plan=document.to_plan(cycle.name),
                    lines=document_lines(document),
                )
            except ValidationError as error:
                problems = list(error.messages)
            except PermissionDenied as error:
                problems = [str(error)]
        if problems:
            self.report_problems(problems, options)
            raise SystemExit(FAILED)
        if document.format == TEXT:  # the parser found no measure in these
            result.milestones += [
                kr.title for o in document.objectives for kr in o.key_results
                if not (kr.parsed.measurable and kr.parsed.direction)
            ]  # fmt: skip
        self.report(result, cycle.name, options)

    def report_problems(self, problems: list[str], options: dict) -> None:
        if options["json"]:
            self.stdout.write(json.dumps({"ok": False, "problems": problems}, ensure_ascii=False))
            return
        for problem in problems:
            self.stderr.write(problem)
        self.stderr.write(f"{len(problems)} problem(s): nothing was imported")

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

"""`cairn import-work FILE --initiative ID`: import a Jira, GitHub, GitLab or Linear export.

Every problem is printed with its row and column and nothing is written (exit status 1);
--dry-run prints what would be written. Re-importing updates items by their key.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError, CommandParser

from cairn.execution.imports import FORMATS, decode, read_work
from cairn.execution.imports.resolve import ImportPlan
from cairn.execution.services import work_import, work_import_preview
from cairn.import_export import cli
from cairn.okrs.models import Initiative
from cairn.organisations.models import Team

FAILED = 1


class Command(BaseCommand):
    help = (
        "Import work items from a tracker export: Jira CSV, GitHub issues JSON (gh issue list "
        "--json), GitLab issues CSV or Linear CSV. All or nothing; re-importing updates by key."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("path", help="the export file, or - for standard input")
        parser.add_argument(
            "--format", choices=("auto", *FORMATS), default="auto", help="default: detected"
        )
        parser.add_argument("--initiative", type=int, help="the initiative's id: items serve it")
        parser.add_argument("--team", help="the owning team's slug: sprints are matched or made")
        parser.add_argument(
            "--status",
            action="append",
            default=[],
            metavar="NAME=STATE",
            help='map a tracker status, e.g. --status "Code Review=in_progress" (repeatable)',
        )
        parser.add_argument("--dry-run", action="store_true", help="write nothing")
        parser.add_argument("--json", action="store_true", help="print JSON")
        parser.add_argument("--org", help="the organisation's slug (default: the only one)")
        parser.add_argument("--as", dest="as_email", help="act as this person (default: an admin)")

    def handle(self, *args: object, **options: object) -> None:
        organisation = cli.organisation(options.get("org"))
        actor = cli.person(organisation, options.get("as_email"))
        initiative, team = self.target(organisation, options)
        work = read_work(
            self.read(str(options["path"])), str(options["format"]), statuses=options["status"]
        )  # type: ignore[arg-type]
        try:
            plan = work_import_preview(actor=actor, work=work, initiative=initiative, team=team)
            if not plan.problems and not options["dry_run"]:
                plan = work_import(actor=actor, work=work, initiative=initiative, team=team)
        except PermissionDenied as denied:
            raise CommandError(str(denied) or "not allowed") from None
        except ValidationError as error:
            raise CommandError("; ".join(error.messages)) from None
        self.report(plan, dry_run=bool(options["dry_run"]), as_json=bool(options["json"]))
        if plan.problems:
            raise SystemExit(FAILED)

    def read(self, path: str) -> str:
        try:
            data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
        except OSError as error:
            raise CommandError(f"cannot read {path}: {error.strerror}") from None
        text = decode(data)
        if text is None:
            raise CommandError(f"{path} is not UTF-8 or Windows-1252 text")
        return text

    def target(self, organisation, options: dict) -> tuple[Initiative | None, Team | None]:
        initiative = team = None
        if options.get("initiative"):
            initiative = Initiative.objects.filter(
                organisation=organisation, pk=options["initiative"]
            ).first()
            if initiative is None:
                raise CommandError(f"{organisation.slug} has no initiative {options['initiative']}")
        if options.get("team"):
            team = Team.objects.filter(organisation=organisation, slug=options["team"]).first()
            if team is None:
                raise CommandError(f"{organisation.slug} has no team {options['team']!r}")
        if initiative is None and team is None:
            raise CommandError("choose --initiative ID (or --team SLUG)", returncode=2)
        return initiative, team

    def report(self, plan: ImportPlan, *, dry_run: bool, as_json: bool) -> None:
        summary = plan.summary()
        if as_json:
            data = {
                **summary,
                "format": plan.source,
                "dry_run": dry_run,
                "problems": [p.as_dict() for p in plan.problems],
                "warnings": [p.as_dict() for p in plan.warnings],
                "sprints": plan.new_sprints,
            }
            self.stdout.write(json.dumps(data, indent=2))
            return
        for problem in plan.problems:
            self.stderr.write(f"error: {problem}")
        for warning in plan.warnings:
            self.stderr.write(f"warning: {warning}")
        if plan.problems:
            self.stderr.write(f"Nothing was imported: {len(plan.problems)} problem(s).")
            return
        verb = "Would write" if dry_run else "Imported"
        self.stdout.write(
            f"{verb} {plan.source}: {summary['new']} new, {summary['updated']} updated, "
            f"{summary['unchanged']} unchanged, {summary['warnings']} warning(s)"
            + (f"; new sprints: {', '.join(plan.new_sprints)}" if plan.new_sprints else "")
        )

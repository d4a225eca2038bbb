"""`cairn lint PATH` or `cairn lint --cycle NAME`: review OKRs; exit 1 on errors (for CI)."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from django.core.management.base import BaseCommand, CommandError, CommandParser

from cairn.coach import DEFAULT, CoachConfig, ConfigError
from cairn.text.lint import lint_text

if TYPE_CHECKING:
    from cairn.organisations.models import Organisation

USAGE_ERROR = 2


class Command(BaseCommand):
    help = (
        "Lint an OKR file (any shape of plain text or Markdown) or a cycle (--cycle NAME, lines "
        "as in `cairn export --format md`). Exit status: 0 clean, "
        "1 error findings or unreadable OKRs, 2 the file or settings cannot be read."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "path", nargs="?", help="a text or Markdown file, or - for standard input"
        )
        parser.add_argument("--cycle", help="lint this cycle in the database instead of a file")
        parser.add_argument("--org", help="the organisation's slug (default: the only one)")
        parser.add_argument("--json", action="store_true", help="print a JSON report")
        parser.add_argument(
            "--config",
            help="a JSON file of coach settings (rules, thresholds); default: the organisation's "
            "stored settings for --cycle, the built-in defaults for a file",
        )
        parser.add_argument(
            "--no-suggestions", action="store_true", help="leave suggestions out of the report"
        )

    def handle(self, *args: object, **options: object) -> None:
        config = read_config(options.get("config"))
        if options.get("cycle"):
            if options.get("path"):
                raise CommandError("give a PATH or --cycle, not both", returncode=USAGE_ERROR)
            from cairn.import_export import cli

            try:
                org = cli.organisation(options.get("org"))
                cycle, person = cli.cycle(org, options["cycle"]), cli.person(org, None)
            except CommandError as error:
                raise CommandError(str(error), returncode=USAGE_ERROR) from None
            path = f"cycle {cycle.name}"
            if config is None:
                config = self.stored_config(org)
            report = cli.lint_cycle(cycle, person, config)
        elif options.get("path"):
            path = str(options["path"])
            report = lint_text(read_text(path), DEFAULT if config is None else config)
        else:
            raise CommandError("give a PATH or --cycle NAME", returncode=USAGE_ERROR)
        if options["json"]:
            self.stdout.write(json.dumps(report.as_dict(path), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(
                report.human(path, suggestions=not options["no_suggestions"]), ending=""
            )
        if report.exit_code:
            raise SystemExit(report.exit_code)

    def stored_config(self, org: Organisation) -> CoachConfig:
        """Return the organisation's coach settings; warn and use the defaults if unusable."""
        try:
            return CoachConfig.from_dict(org.coach_config or {})
        except ConfigError as error:
            self.stderr.write(
                f"warning: the coach settings stored for {org.slug} are unusable ({error}); "
                "using the defaults"
            )
            return DEFAULT


def read_text(path: str) -> str:
    """Return the text of the file at path (or standard input for "-")."""
    if path == "-":
        return sys.stdin.read()
    try:
        return Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise CommandError(f"cannot read {path}: no such file", returncode=USAGE_ERROR) from None
    except IsADirectoryError:
        raise CommandError(
            f"cannot read {path}: it is a directory", returncode=USAGE_ERROR
        ) from None
    except UnicodeDecodeError:
        raise CommandError(f"cannot read {path}: not UTF-8 text", returncode=USAGE_ERROR) from None
    except OSError as error:
        raise CommandError(
            f"cannot read {path}: {error.strerror}", returncode=USAGE_ERROR
        ) from None


def read_config(path: object) -> CoachConfig | None:
    """Return the coach settings stored as JSON at path, or None without a path."""
    if not path:
        return None
    text = read_text(str(path))
    try:
        return CoachConfig.from_dict(json.loads(text))
    except json.JSONDecodeError as error:
        raise CommandError(
            f"{path}: not valid JSON ({error.msg})", returncode=USAGE_ERROR
        ) from None
    except ConfigError as error:
        raise CommandError(f"{path}: {error}", returncode=USAGE_ERROR) from None

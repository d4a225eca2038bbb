"""`cairn serve`: apply migrations, collect static files, then serve with gunicorn."""

from __future__ import annotations

import os
import sys

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError, CommandParser

from cairn.lib.security import production_key_problem
from cairn.lib.static_files import collect_static_if_changed


class Command(BaseCommand):
    help = "Apply migrations and serve Cairn with gunicorn (static files through WhiteNoise)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=os.environ.get("CAIRN_HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("CAIRN_PORT", "8000")))
        parser.add_argument(
            "--workers",
            type=int,
            default=int(os.environ.get("CAIRN_WORKERS", str(min(4, (os.cpu_count() or 1) * 2)))),
        )

    def handle(self, *args: object, host: str, port: int, workers: int, **options: object) -> None:
        problem = production_key_problem()
        if problem:
            raise CommandError(problem)
        call_command("migrate", interactive=False, verbosity=0)
        collect_static_if_changed()
        self.stdout.write(f"Cairn is serving on http://{host}:{port}/ ({workers} workers)")
        argv = [
            sys.executable,
            "-m",
            "gunicorn",
            "cairn.wsgi:application",
            "--config=python:cairn.lib.gunicorn_config",
            f"--bind={host}:{port}",
            f"--workers={workers}",
        ]
        if settings.DEBUG:
            argv.append("--reload")
        os.execv(sys.executable, argv)

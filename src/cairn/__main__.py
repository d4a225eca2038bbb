"""The `cairn` console command: forwards to Django's management commands."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> None:
    """Run a management command, e.g. `cairn migrate` or `cairn serve`."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cairn.settings")
    from django.core.management import execute_from_command_line

    from cairn.lib import collector

    collector.tune()  # as in `cairn serve`'s workers: the import, the worker, every command

    args = sys.argv[1:] if argv is None else argv
    execute_from_command_line(["cairn", *(args or ["help"])])


if __name__ == "__main__":
    main()

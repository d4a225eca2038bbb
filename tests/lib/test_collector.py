"""Every `cairn` command sets the collector as `cairn serve`'s workers do (cairn.lib.collector)."""

from __future__ import annotations

import gc
import subprocess
import sys

from cairn.lib import collector, gunicorn_config

SHOW = "import gc; print(list(gc.get_threshold()))"


def _thresholds(*command: str) -> list[int]:
    # A fresh interpreter: the collector's settings are process-wide, the test runner keeps its own.
    out = subprocess.run(
        [sys.executable, *command], capture_output=True, text=True, timeout=120, check=True
    )
    return [int(n) for n in out.stdout.strip().splitlines()[-1].strip("[]").split(",")]


def test_a_cairn_command_collects_the_youngest_generation_every_ten_thousand_containers():
    young, *older = _thresholds("-m", "cairn", "shell", "-c", SHOW)
    assert young == collector.YOUNG_THRESHOLD == 10_000
    assert older == list(gc.get_threshold()[1:])  # the older generations keep Python's own


def test_plain_python_is_left_alone_and_the_served_workers_use_the_same_setting():
    assert _thresholds("-c", SHOW)[0] == 700  # only Cairn's own entry points change it
    assert gunicorn_config.GC_YOUNG_THRESHOLD == collector.YOUNG_THRESHOLD

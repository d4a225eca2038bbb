"""`cairn serve`'s gunicorn settings: each worker freezes what it built at start."""

from __future__ import annotations

import json
import subprocess
import sys

from gunicorn.app.base import Application

from cairn.lib import gunicorn_config

PROBE = """
import gc, json, os, sys
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cairn.settings")
import django
django.setup()
before = gc.get_freeze_count()
from cairn.lib.gunicorn_config import post_worker_init
post_worker_init(None)
print(json.dumps({
    "before": before,
    "frozen": gc.get_freeze_count(),
    "threshold": gc.get_threshold(),
    "api_loaded": "cairn.api.routers.check_ins" in sys.modules,
}))
"""


class _Reader(Application):
    """Gunicorn reading `cairn serve`'s --config the way it does at start."""

    def init(self, parser, opts, args):
        return None

    def load_config(self):
        self.load_default_config()
        self.load_config_from_module_name_or_filename("python:cairn.lib.gunicorn_config")

    def load(self):  # pragma: no cover - never served
        raise AssertionError


def test_gunicorn_calls_the_freezing_hook_in_each_worker():
    config = _Reader().cfg
    assert config.post_worker_init.__name__ == "post_worker_init"
    assert config.post_worker_init.__module__ == "cairn.lib.gunicorn_config"
    assert config.accesslog == "-" and config.timeout == 60


def test_a_worker_freezes_django_and_the_api_after_loading_them():
    # In a fresh interpreter: freezing is process-wide and must not touch the test runner.
    out = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=True
    )
    probe = json.loads(out.stdout.strip().splitlines()[-1])
    assert probe["before"] == 0
    assert probe["api_loaded"]  # the URLconf and the API were imported before the freeze
    assert probe["frozen"] > 50_000  # Django, Ninja and Cairn's start-up objects
    assert probe["threshold"][0] == gunicorn_config.GC_YOUNG_THRESHOLD

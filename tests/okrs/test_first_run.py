"""What a new user meets first (issue 14, "Also found"): the README's links lead to files of the
repository, and `cairn demo` prints the address the server really listens on."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]
LINK = re.compile(r"\]\(([^)\s]+)\)")


def test_every_relative_link_of_the_readme_and_docs_leads_to_a_file_in_the_repository():
    broken = []
    for page in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        text = re.sub(r"```.*?```|`[^`\n]*`", "", page.read_text(), flags=re.S)  # code
        for target in LINK.findall(text):
            if re.match(r"[a-z]+:", target) or target.startswith("#"):
                continue  # a web address or a heading of the same page
            path = (page.parent / target.split("#")[0]).resolve()
            if not path.is_relative_to(ROOT) or not path.exists():
                broken.append(f"{page.relative_to(ROOT)} → {target}")
    assert broken == []


def test_the_site_address_follows_the_port():
    env = {**os.environ, "CAIRN_PORT": "8123", "DJANGO_SETTINGS_MODULE": "cairn.settings"}
    env.pop("CAIRN_SITE_URL", None)
    printed = subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.SITE_URL)"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert printed == "http://127.0.0.1:8123"


def test_cairn_demo_prints_the_configured_address(db, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    settings.SITE_URL = "http://127.0.0.1:8123"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    out = io.StringIO()
    call_command("demo", stdout=out)
    assert "Sign in at http://127.0.0.1:8123/ as admin@example.com" in out.getvalue()
    assert ":8000" not in out.getvalue()

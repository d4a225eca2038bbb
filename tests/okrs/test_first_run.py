"""What a new user meets first (issue 14, "Also found"): the README's links lead to files of the
repository, and `cairn demo` prints the address the server really listens on."""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from cairn.okrs.demo.builder import ADMIN_EMAIL, SLUG
from tests.factories import OrganisationFactory, UserFactory

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


def database_url(config: dict) -> str:
    """Return a DATABASE_URL naming the test database (a SQLite file or PostgreSQL)."""
    if config["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{config['NAME']}"
    host = f"{config['HOST'] or '127.0.0.1'}:{config['PORT'] or 5432}"
    return f"postgres://{config['USER'] or 'postgres'}@{host}/{config['NAME']}"


@pytest.mark.django_db(transaction=True)
def test_cairn_demo_started_with_a_port_prints_that_port(tmp_path):
    """`CAIRN_PORT=8123 cairn demo`, a process of its own reading the environment as a user's
    shell would, prints :8123. The test database already holds the demo organisation (made
    here), so the command takes its "already loaded" path: building the demo is slow and
    tested elsewhere; the sign-in line is printed on both paths by the same code."""
    OrganisationFactory(slug=SLUG, name="Lumen Outfitters")
    UserFactory(email=ADMIN_EMAIL)
    env = {
        **os.environ,
        "CAIRN_PORT": "8123",
        "CAIRN_DATA_DIR": str(tmp_path),
        "DATABASE_URL": database_url(connection.settings_dict),
        "CAIRN_DEMO_PASSWORD": "a-long-demo-password",
    }
    env.pop("CAIRN_SITE_URL", None)
    printed = subprocess.run(
        [sys.executable, "-m", "cairn", "demo"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    assert "The demo organisation is already loaded." in printed
    assert "Sign in at http://127.0.0.1:8123/ as admin@example.com" in printed
    assert ":8000" not in printed


def test_cairn_demo_prints_the_configured_address(db, settings, tmp_path):
    settings.DATA_DIR = tmp_path
    settings.SITE_URL = "http://127.0.0.1:8123"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    out = io.StringIO()
    call_command("demo", stdout=out)
    assert "Sign in at http://127.0.0.1:8123/ as admin@example.com" in out.getvalue()
    assert ":8000" not in out.getvalue()


STUB_PYTHON = """#!/bin/sh
# Stands in for python3 in `make init`: `python3 -m venv DIR` makes DIR/bin with a stub pip.
[ "$1 $2" = "-m venv" ] || exit 2
mkdir -p "$3/bin"
printf '#!/bin/sh\\nexit 0\\n' > "$3/bin/python"
cat > "$3/bin/pip" <<'PIP'
#!/bin/sh
case "$*" in *--upgrade*) exit 0 ;; esac
echo "Collecting django==5.2"
echo "  Downloading django-5.2-py3-none-any.whl (8.3 MB)"
[ -n "$STUB_PIP_FAILS" ] && { echo "ERROR: No matching distribution found for psycopg"; exit 1; }
echo "Collecting psycopg"
echo "Successfully installed django-5.2 psycopg-3.2"
PIP
chmod +x "$3/bin/python" "$3/bin/pip"
"""


def make_init(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the Makefile's real `init` recipe with python3, pip and npm replaced by stubs that
    print what the real tools print (a fresh venv, pip's lines, npm quiet), in a temporary venv."""
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    (stubs / "python3").write_text(STUB_PYTHON)
    (stubs / "npm").write_text("#!/bin/sh\nsleep 0\n")
    for stub in stubs.iterdir():
        stub.chmod(0o755)
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(ROOT), "init", f"VENV={tmp_path / 'venv'}",
         f"PYTHON={stubs / 'python3'}"],
        env={"PATH": f"{stubs}:/usr/bin:/bin", "HOME": str(tmp_path), **env},
        capture_output=True,
        text=True,
        timeout=60,
    )  # fmt: skip


def test_make_init_says_what_it_does_at_each_step(tmp_path):
    """Issue 14: `make init` was silent for a minute. This runs the recipe itself (not a copy of
    it) with stand-in tools: what it proves is that each slow step is announced before it runs
    and that pip's own progress ("Collecting …") reaches the terminal; not the real install."""
    done = make_init(tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    said = [line for line in lines if not line.startswith(("test -x", "/", "touch"))]
    assert said == [
        f"Setting up {tmp_path / 'venv'}: installing Cairn and its pinned dependencies"
        " (a minute or two on a fresh machine)…",
        "Collecting django==5.2",
        "Collecting psycopg",
        "Successfully installed django-5.2 psycopg-3.2",
        "Installing the Inter typeface from npm (package-lock.json)…",
        f"Set up. Cairn is installed in {tmp_path / 'venv'}.",
    ]
    # Every command that takes time comes after a line saying what is being set up.
    pip = next(i for i, line in enumerate(lines) if "pip install --progress-bar off" in line)
    assert any(line.startswith("Setting up") for line in lines[:pip])
    assert (tmp_path / "venv" / ".installed").exists()


def test_make_init_shows_pips_error_and_stops(tmp_path):
    failed = make_init(tmp_path, STUB_PIP_FAILS="1")
    assert failed.returncode != 0
    assert "ERROR: No matching distribution found for psycopg" in failed.stdout
    assert "Set up." not in failed.stdout
    assert not (tmp_path / "venv" / ".installed").exists()  # the next `make init` tries again

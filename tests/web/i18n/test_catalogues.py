"""The shipped catalogues: every string of the code translated, compiled .mo in step with .po.

The extraction is the real one (Django's makemessages with GNU xgettext, the options of
`make messages`), run on a copy of the package so the committed catalogues stay untouched.
"""

from __future__ import annotations

import contextlib
import gettext
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import override_settings

import cairn

PACKAGE = Path(cairn.__file__).resolve().parent
LOCALE = PACKAGE / "locale"
LANGUAGES = ("de", "fr", "es")
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[-+ #0-9.]*[sdfr]|\{[a-z_]+\}|<[^>]+>")


@pytest.fixture(scope="module", autouse=True)
def gettext_tools() -> None:
    """Fail loudly when GNU gettext is missing: a skip would hide untranslated strings."""
    if shutil.which("msgfmt") is None:
        pytest.fail("GNU gettext is not installed: apt-get install gettext (.ci/run does)")


def _msgids(po: Path, *flags: str) -> list[str]:
    """Return the msgids msgattrib selects with flags (one line each: --no-wrap)."""
    out = subprocess.run(
        ["msgattrib", *flags, "--no-wrap", "--no-obsolete", str(po)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [
        line[7:-1] for line in out.splitlines() if line.startswith('msgid "') and line != 'msgid ""'
    ]


@pytest.fixture(scope="module")
def remade(tmp_path_factory) -> Path:
    """Return the locale folder of a package copy whose catalogues makemessages re-extracted."""
    copy = tmp_path_factory.mktemp("extract") / "cairn"
    shutil.copytree(
        PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__", "*.mo", "static", "data")
    )
    with override_settings(LOCALE_PATHS=[copy / "locale"]), contextlib.chdir(copy):
        call_command(
            "makemessages",
            locale=list(LANGUAGES),
            no_obsolete=True,
            add_location="file",
            no_wrap=True,
            verbosity=0,
        )
    return copy / "locale"


def test_every_string_in_the_code_is_translated_in_every_language(remade):
    missing = {
        lang: _msgids(remade / lang / "LC_MESSAGES" / "django.po", "--untranslated")
        + _msgids(remade / lang / "LC_MESSAGES" / "django.po", "--only-fuzzy")
        for lang in LANGUAGES
    }
    report = {lang: ids for lang, ids in missing.items() if ids}
    assert not report, (
        "Strings without a translation (run `make messages`, fill the empty msgstr, then "
        f"`make compilemessages`; docs/translations.md): {report}"
    )


def test_the_extraction_finds_the_strings_of_templates_python_and_the_coach(remade):
    ids = set(_msgids(remade / "de" / "LC_MESSAGES" / "django.po", "--translated"))
    assert "My week" in ids  # a template
    assert "Language saved." in ids  # a view's message
    assert "Objective has fewer than 3 key results" in ids  # a coach rule
    assert "The objective has %(count)d key results; more than %(max)d dilute focus." in ids
    assert len(ids) > 2000


def _catalogue(mo: Path) -> dict:
    with mo.open("rb") as handle:
        return gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_catalogue_is_the_po_file_compiled(lang, tmp_path):
    po = LOCALE / lang / "LC_MESSAGES" / "django.po"
    fresh = tmp_path / "django.mo"
    subprocess.run(["msgfmt", "--check", "-o", str(fresh), str(po)], check=True)
    assert _catalogue(LOCALE / lang / "LC_MESSAGES" / "django.mo") == _catalogue(fresh), (
        f"{lang}: django.mo is out of date; run `make compilemessages` and commit it"
    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_translations_keep_every_placeholder_and_tag(lang):
    catalogue = _catalogue(LOCALE / lang / "LC_MESSAGES" / "django.mo")
    broken = []
    for key, translated in catalogue.items():
        msgid = key[0] if isinstance(key, tuple) else key
        if not msgid:
            continue  # the header
        msgid = msgid.split("\x04")[-1]  # drop a context
        if sorted(PLACEHOLDER.findall(msgid)) != sorted(PLACEHOLDER.findall(translated)):
            broken.append((msgid, translated))
    assert not broken, broken[:10]

"""`cairn serve` collects static files only when a source file (or the storage) changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from django.test import override_settings

from cairn.lib.static_files import collect_static_if_changed


@pytest.fixture
def sources(tmp_path: Path):
    source = tmp_path / "source"
    source.mkdir()
    (source / "app.css").write_text("body { color: black; }")
    with override_settings(
        STATICFILES_FINDERS=["django.contrib.staticfiles.finders.FileSystemFinder"],
        STATICFILES_DIRS=[source],
        STATIC_ROOT=tmp_path / "collected",
        STORAGES={
            "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
            "staticfiles": {
                "BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"
            },
        },
    ):
        yield source


def test_it_collects_the_first_time_and_skips_an_unchanged_restart(sources: Path, tmp_path: Path):
    assert collect_static_if_changed() is True
    assert (tmp_path / "collected" / "staticfiles.json").is_file()

    assert collect_static_if_changed() is False


def test_it_collects_again_when_a_source_file_changes(sources: Path, tmp_path: Path):
    collect_static_if_changed()
    (sources / "app.css").write_text("body { color: navy; }")
    os.utime(sources / "app.css", ns=(1, 1))

    assert collect_static_if_changed() is True
    collected = (tmp_path / "collected" / "staticfiles.json").read_text()
    assert "app.css" in collected


def test_it_collects_again_when_the_manifest_was_removed(sources: Path, tmp_path: Path):
    collect_static_if_changed()
    (tmp_path / "collected" / "staticfiles.json").unlink()

    assert collect_static_if_changed() is True

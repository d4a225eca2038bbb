"""Environment variables are validated; a bad value names the variable."""

from __future__ import annotations

import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from cairn.lib.database import database_config
from cairn.lib.env import envbool, envint, envlist, envnetworks, envstr, persisted_secret


def test_booleans(monkeypatch):
    monkeypatch.setenv("CAIRN_X", "yes")
    assert envbool("CAIRN_X", False) is True
    monkeypatch.setenv("CAIRN_X", "maybe")
    with pytest.raises(ImproperlyConfigured, match="CAIRN_X must be true or false"):
        envbool("CAIRN_X", False)


def test_integers(monkeypatch):
    monkeypatch.setenv("CAIRN_N", "abc")
    with pytest.raises(ImproperlyConfigured, match="CAIRN_N must be a whole number"):
        envint("CAIRN_N", 1)
    monkeypatch.setenv("CAIRN_N", "0")
    with pytest.raises(ImproperlyConfigured, match="CAIRN_N must be at least 1"):
        envint("CAIRN_N", 1, minimum=1)


def test_networks(monkeypatch):
    monkeypatch.setenv("CAIRN_P", "10.0.0.5, 10.1.0.0/16,2001:db8::/32")
    assert [str(n) for n in envnetworks("CAIRN_P")] == [
        "10.0.0.5/32",
        "10.1.0.0/16",
        "2001:db8::/32",
    ]
    monkeypatch.setenv("CAIRN_P", "proxy.internal")
    with pytest.raises(ImproperlyConfigured, match="CAIRN_P must list IP addresses"):
        envnetworks("CAIRN_P")
    monkeypatch.delenv("CAIRN_P")
    assert envnetworks("CAIRN_P") == []


def test_lists_and_files(monkeypatch, tmp_path):
    monkeypatch.setenv("CAIRN_L", " a, ,b ")
    assert envlist("CAIRN_L", []) == ["a", "b"]
    secret = tmp_path / "s"
    secret.write_text("s3cret\n")
    monkeypatch.setenv("CAIRN_S_FILE", str(secret))
    assert envstr("CAIRN_S", "") == "s3cret"
    monkeypatch.setenv("CAIRN_S_FILE", str(tmp_path / "missing"))
    with pytest.raises(ImproperlyConfigured, match="CAIRN_S_FILE"):
        envstr("CAIRN_S", "")


def test_networks_are_canonical_and_a_host_name_is_refused(monkeypatch):
    assert envnetworks("CAIRN_NETS") == []
    monkeypatch.setenv("CAIRN_NETS", "127.0.0.0/8, 10.1.2.3/16 ,::1")
    assert [str(n) for n in envnetworks("CAIRN_NETS")] == ["127.0.0.0/8", "10.1.0.0/16", "::1/128"]
    monkeypatch.setenv("CAIRN_NETS", "10.0.0.0/8,intranet")
    with pytest.raises(
        ImproperlyConfigured, match="CAIRN_NETS must list IP addresses or networks.*'intranet'"
    ):
        envnetworks("CAIRN_NETS")


def test_the_secret_is_generated_once(tmp_path):
    first = persisted_secret(tmp_path)
    assert persisted_secret(tmp_path) == first
    assert len(first) > 40


def test_database_urls(tmp_path):
    sqlite = database_config(None, tmp_path)
    assert sqlite["NAME"] == str(tmp_path / "cairn.sqlite3")
    assert sqlite["OPTIONS"]["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in sqlite["OPTIONS"]["init_command"]
    # One connection per gunicorn worker, kept between requests (opening one costs ~5 ms).
    assert (sqlite["CONN_MAX_AGE"], sqlite["CONN_HEALTH_CHECKS"]) == (600, True)
    pg = database_config("postgres://u:p@db:5433/okr", tmp_path)
    assert (pg["ENGINE"], pg["HOST"], pg["PORT"], pg["NAME"]) == (
        "django.db.backends.postgresql",
        "db",
        5433,
        "okr",
    )
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
        database_config("mysql://x@y/z", tmp_path)
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
        database_config("nonsense", tmp_path)


def test_a_bad_value_stops_start_up_naming_the_variable(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "cairn", "check"],
        env={"CAIRN_DATA_DIR": str(tmp_path), "CAIRN_DEBUG": "perhaps", "PATH": "/usr/bin"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "CAIRN_DEBUG must be true or false" in result.stderr

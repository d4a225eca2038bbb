"""Fixtures for data sources: a real local HTTP server (loopback allowed), sources, SQLite files."""

from __future__ import annotations

import sqlite3

import pytest

from cairn.sources.models import DataSource, SourceKind
from tests.lib.local_http import LocalServer


@pytest.fixture(autouse=True)
def immediate_tasks(settings) -> None:
    """Run queued tasks at once (a test that checks the queue sets the database backend); start
    with no allowed network, whatever the environment says."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    settings.OUTBOUND_ALLOWED_NETWORKS = []


@pytest.fixture
def local_server():
    server = LocalServer()
    yield server
    server.close()


@pytest.fixture
def loopback_allowed(settings) -> None:
    """Let outbound requests reach 127.0.0.0/8, as an admin would with CAIRN_OUTBOUND_ALLOWED_NETWORKS."""
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]


@pytest.fixture
def fast_limits(settings) -> None:
    settings.CAIRN_DATA_SOURCE_TIMEOUT = 1
    settings.CAIRN_DATA_SOURCE_MAX_BYTES = 10_000


@pytest.fixture
def sqlite_dir(tmp_path, settings):
    """Return the directory SQLite sources may read, holding sales.db (one table, three rows)."""
    directory = tmp_path / "sources"
    directory.mkdir()
    connection = sqlite3.connect(directory / "sales.db")
    connection.execute("CREATE TABLE sales (day TEXT, amount REAL)")
    connection.executemany(
        "INSERT INTO sales VALUES (?, ?)", [("mon", 10), ("tue", 12.5), ("wed", 20)]
    )
    connection.commit()
    connection.close()
    settings.CAIRN_DATA_SOURCE_SQLITE_DIR = str(directory)
    return directory


def make_source(world, kr, **fields) -> DataSource:
    """Return a saved source on the key result, owned by the key result's owner (no validation)."""
    values = {"name": "Tickets", "kind": SourceKind.HTTP_JSON, "json_path": "$.value"} | fields
    return DataSource.objects.create(
        organisation=world.organisation, key_result=kr, owner=kr.owner, **values
    )

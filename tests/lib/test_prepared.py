"""The check-in's hot statements are prepared on PostgreSQL, and only when the setting says so."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.db import connection

from cairn.lib.database import PREPARE_THRESHOLD, database_config
from cairn.lib.prepared import prepared_cursor


def test_postgresql_gets_a_prepare_threshold_unless_turned_off():
    url = "postgres://cairn@db.internal:5432/cairn"
    assert database_config(url, Path("/tmp"))["OPTIONS"]["prepare_threshold"] == 5
    assert "prepare_threshold" not in database_config(url, Path("/tmp"), prepared=False).get(
        "OPTIONS", {}
    )
    assert "prepare_threshold" not in database_config("", Path("/tmp"))["OPTIONS"]


@pytest.mark.django_db
def test_a_statement_run_often_is_prepared_once_on_postgresql():
    sql = "SELECT COUNT(*) FROM okrs_keyresult WHERE id = %s"
    for pk in range(PREPARE_THRESHOLD + 2):
        with prepared_cursor() as cursor:
            cursor.execute(sql, [pk])
            assert cursor.fetchone() == (0,)
    if connection.vendor != "postgresql":
        return  # SQLite: a plain cursor, the same answers
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s",
            ["SELECT COUNT(*) FROM okrs_keyresult WHERE id = $1"],
        )
        assert cursor.fetchone() == (1,)
        # Django's own cursor binds on the client: never prepared.
        for pk in range(PREPARE_THRESHOLD + 2):
            cursor.execute("SELECT COUNT(*) FROM okrs_objective WHERE id = %s", [pk])
        cursor.execute(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE %s",
            ["%okrs_objective%"],
        )
        assert cursor.fetchone() == (0,)

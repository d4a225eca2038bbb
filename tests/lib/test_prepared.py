"""The check-in's hot statements are prepared on PostgreSQL, and only when the setting says so."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from django.db import connection

from cairn.lib.database import PREPARE_THRESHOLD, database_config
from cairn.lib.prepared import prepared_cursor


def test_postgresql_gets_a_prepare_threshold_unless_turned_off():
    url = "postgres://cairn@db.internal:5432/cairn"
    options = database_config(url, Path("/tmp"))["OPTIONS"]
    assert options["prepare_threshold"] == 0  # prepared at the first run
    assert options["options"] == "-c plan_cache_mode=force_generic_plan"
    assert database_config(f"{url}?options=-c%20work_mem%3D8MB", Path("/tmp"))["OPTIONS"][
        "options"
    ] == ("-c work_mem=8MB -c plan_cache_mode=force_generic_plan")
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


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's plans")
@pytest.mark.django_db
def test_the_weeks_first_check_in_is_looked_up_by_key_result_whatever_the_statistics(world):
    """The statistics say this week is empty (ANALYZE ran before its check-ins arrived, as it
    does between autovacuum's runs): the prepared look-up still goes by key result."""
    from datetime import timedelta

    from django.utils import timezone

    from cairn.dashboards.aggregates import _first_in_week
    from cairn.okrs.models import CheckIn
    from cairn.okrs.services import key_result_create

    kr, busy = (
        key_result_create(actor=world.admin, objective=world.objective, title=t, start=0, target=9)
        for t in ("Ours", "Busy")
    )
    now = timezone.now()
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE okrs_checkin")
    CheckIn.objects.bulk_create(
        CheckIn(
            organisation=world.organisation,
            key_result=busy,
            author=world.admin,
            checked_in_at=now - timedelta(seconds=n),
            value=1,
            confidence=5,
        )
        for n in range(3000)
    )
    week_start = now - timedelta(days=2)
    assert _first_in_week(kr.pk, week_start, 0) is None
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM pg_prepared_statements WHERE statement LIKE %s",
            ["SELECT MIN(checked_in_at) FROM%"],
        )
        (name,) = cursor.fetchone()
        cursor.execute(f"EXPLAIN EXECUTE {name}(%s, %s, %s, %s)", [kr.pk, week_start, now, 0])
        plan = "\n".join(row[0] for row in cursor.fetchall())
    # by the key result's index, (key_result, checked_in_at) or the foreign key's: never a scan
    # of the week's check-ins on the checked_in_at index
    assert re.search(r"Index Cond: \(\(?key_result_id = \$1\)", plan), plan

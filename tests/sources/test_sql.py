"""SQL sources against real databases: SQLite files, PostgreSQL and MariaDB, read-only and timed."""

from __future__ import annotations

import os
import sqlite3
import time

import psycopg
import pytest

from cairn.sources.readings import ReadingError
from cairn.sources.sql import sql_value

WRITES = [
    "DELETE FROM sales",
    "INSERT INTO sales VALUES ('thu', 1)",
    "SELECT 1; DROP TABLE sales",
    "UPDATE sales SET amount = 0",
]
# Single writes meet the read-only transaction; a second statement never runs at all.
REFUSED = r"read-only|READ ONLY|multiple commands|syntax to use near"


class TestSqlite:
    def test_it_reads_one_number(self, sqlite_dir):
        assert sql_value("sqlite:///sales.db", "SELECT SUM(amount) FROM sales") == 42.5

    @pytest.mark.parametrize(
        "query",
        [
            "SELECT amount FROM sales",
            "SELECT day, amount FROM sales LIMIT 1",
            "SELECT day FROM sales LIMIT 1",
        ],
    )
    def test_anything_but_one_numeric_cell_is_refused(self, sqlite_dir, query):
        with pytest.raises(ReadingError, match="exactly one row|not a number"):
            sql_value("sqlite:///sales.db", query)

    @pytest.mark.parametrize(
        "query", [*WRITES, "ATTACH DATABASE 'other.db' AS o", "PRAGMA query_only = OFF"]
    )
    def test_writes_and_escapes_are_refused_and_change_nothing(self, sqlite_dir, query):
        with pytest.raises(ReadingError):
            sql_value("sqlite:///sales.db", query)
        connection = sqlite3.connect(sqlite_dir / "sales.db")
        assert connection.execute("SELECT COUNT(*), SUM(amount) FROM sales").fetchone() == (3, 42.5)
        connection.close()
        assert not (sqlite_dir / "other.db").exists()

    @pytest.mark.parametrize("path", ["../outside.db", "/etc/passwd", "", "missing.db"])
    def test_only_files_inside_the_directory_can_be_read(self, sqlite_dir, path):
        (sqlite_dir.parent / "outside.db").write_bytes(b"")
        with pytest.raises(ReadingError, match="inside the server|no SQLite file"):
            sql_value(f"sqlite:///{path}", "SELECT 1")

    def test_a_symlink_out_of_the_directory_is_refused(self, sqlite_dir):
        (sqlite_dir / "link.db").symlink_to(sqlite_dir.parent / "elsewhere.db")
        sqlite3.connect(sqlite_dir.parent / "elsewhere.db").close()
        with pytest.raises(ReadingError, match="inside the server"):
            sql_value("sqlite:///link.db", "SELECT 1")

    def test_sqlite_is_off_without_a_directory(self, settings):
        settings.CAIRN_DATA_SOURCE_SQLITE_DIR = ""
        with pytest.raises(ReadingError, match="SQLite sources are off"):
            sql_value("sqlite:///sales.db", "SELECT 1")

    def test_a_long_query_is_stopped(self, sqlite_dir, settings):
        settings.CAIRN_DATA_SOURCE_TIMEOUT = 1
        endless = (
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT MAX(i) FROM n"
        )
        started = time.monotonic()
        with pytest.raises(ReadingError, match="longer than 1 seconds"):
            sql_value("sqlite:///sales.db", endless)
        assert time.monotonic() - started < 3

    @pytest.mark.parametrize("url", ["oracle://x/y", "http://x/y", "not a url"])
    def test_unknown_databases_are_refused(self, url):
        with pytest.raises(ReadingError, match="must start with"):
            sql_value(url, "SELECT 1")


# One database (PostgreSQL) and one table (MariaDB) per test process: xdist workers, and test
# runs of other checkouts on the same servers, run side by side without dropping each other's.
PG_DB = f"cairn_t_sources_src_{os.getpid()}"
TABLE = f"cairn_src_sales_{os.getpid()}"
PG_ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


@pytest.fixture(scope="module")
def postgres_url():
    """Return the URL of a real PostgreSQL database with a sales table (created afresh)."""
    try:
        admin = psycopg.connect(PG_ADMIN, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as error:
        pytest.skip(f"PostgreSQL is not reachable at 127.0.0.1:5432: {error}")
    admin.execute(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
    admin.execute(f"CREATE DATABASE {PG_DB}")
    url = f"postgresql://postgres@127.0.0.1:5432/{PG_DB}"
    with psycopg.connect(url, autocommit=True) as db:
        db.execute("CREATE TABLE sales (day text, amount numeric)")
        db.execute("INSERT INTO sales VALUES ('mon', 10), ('tue', 12.5), ('wed', 20)")
    yield url
    admin.execute(f"DROP DATABASE IF EXISTS {PG_DB} WITH (FORCE)")
    admin.close()


@pytest.fixture
def loopback(settings):
    settings.OUTBOUND_ALLOWED_NETWORKS = ["127.0.0.0/8"]
    settings.CAIRN_DATA_SOURCE_TIMEOUT = 1


@pytest.mark.usefixtures("loopback")
class TestPostgresql:
    def test_it_reads_one_number(self, postgres_url):
        assert sql_value(postgres_url, "SELECT SUM(amount) FROM sales WHERE day LIKE '%e%'") == 32.5

    @pytest.mark.parametrize(
        "query",
        [*WRITES, "COMMIT; DELETE FROM sales"],
    )
    def test_writes_are_refused_by_the_read_only_transaction(self, postgres_url, query):
        with pytest.raises(ReadingError, match=REFUSED):
            sql_value(postgres_url, query)
        with psycopg.connect(postgres_url) as db:
            assert db.execute("SELECT COUNT(*), SUM(amount) FROM sales").fetchone() == (3, 42.5)

    def test_a_long_query_is_cancelled(self, postgres_url):
        started = time.monotonic()
        with pytest.raises(ReadingError, match="longer than 1 seconds"):
            sql_value(postgres_url, "SELECT 1 FROM pg_sleep(5)")
        assert time.monotonic() - started < 3

    def test_a_missing_database_is_a_clear_error(self, postgres_url):
        with pytest.raises(ReadingError, match="The database said"):
            sql_value(postgres_url + "_missing", "SELECT 1")


MARIADB = "mysql://root@127.0.0.1:3306/test"


@pytest.fixture(scope="module")
def mariadb_url():
    """Return the URL of the real MariaDB test database with a sales table."""
    import pymysql

    try:
        db = pymysql.connect(
            host="127.0.0.1",
            port=3306,
            user="root",
            password="",
            database="test",
            connect_timeout=3,
        )
    except pymysql.Error as error:
        pytest.skip(f"MariaDB is not reachable at 127.0.0.1:3306 (root, database test): {error}")
    with db.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {TABLE}")
        cursor.execute(f"CREATE TABLE {TABLE} (day VARCHAR(3), amount DECIMAL(8, 2))")
        cursor.execute(f"INSERT INTO {TABLE} VALUES ('mon', 10), ('tue', 12.5), ('wed', 20)")
    db.commit()
    yield MARIADB
    with db.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {TABLE}")
    db.close()


def _mariadb_rows():
    import pymysql

    db = pymysql.connect(host="127.0.0.1", user="root", password="", database="test")
    with db.cursor() as cursor:
        cursor.execute(f"SELECT COUNT(*), SUM(amount) FROM {TABLE}")
        row = cursor.fetchone()
    db.close()
    return (row[0], float(row[1]))


@pytest.mark.usefixtures("loopback")
class TestMariadb:
    def test_it_reads_one_number(self, mariadb_url):
        assert (
            sql_value(mariadb_url, f"SELECT SUM(amount) FROM {TABLE} WHERE day LIKE '%e%'") == 32.5
        )

    @pytest.mark.parametrize(
        "query",
        [*WRITES, "COMMIT; DELETE FROM sales"],  # the same ids on every xdist worker
    )
    def test_writes_are_refused_by_the_read_only_transaction(self, mariadb_url, query):
        query = query.replace("sales", TABLE)
        with pytest.raises(ReadingError, match=REFUSED):
            sql_value(mariadb_url, query)
        assert _mariadb_rows() == (3, 42.5)

    def test_a_long_query_is_stopped(self, mariadb_url):
        started = time.monotonic()
        with pytest.raises(ReadingError, match="longer than 1 seconds"):
            sql_value(
                mariadb_url,
                "SELECT COUNT(*) FROM information_schema.columns a, information_schema.columns b, information_schema.columns c",
            )
        assert time.monotonic() - started < 4

"""One number from a SQL query, read-only and time-limited: PostgreSQL, MySQL/MariaDB, SQLite.

Each database is told three ways that nothing may change: the session or transaction is read
only, a single statement is accepted (no "; DROP …" after the SELECT), and the statement is
stopped after CAIRN_DATA_SOURCE_TIMEOUT seconds. Network databases are reached only at an
address the outbound guard allows (`cairn.lib.outbound.refusal`); SQLite files only under
CAIRN_DATA_SOURCE_SQLITE_DIR. Use a database user that can only read, too (docs/data_sources.md).
"""

from __future__ import annotations

import ipaddress
import os
import socket
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.utils.translation import gettext as _

from cairn.lib import outbound
from cairn.sources.readings import ReadingError, as_number

SCHEMES = {"postgres": "postgresql", "postgresql": "postgresql", "mysql": "mysql"}
SCHEMES |= {"mariadb": "mysql", "sqlite": "sqlite"}


@dataclass(frozen=True)
class Database:
    engine: str  # postgresql, mysql, sqlite
    host: str = ""
    port: int = 0
    name: str = ""
    user: str = ""
    password: str = ""
    path: str = ""  # SQLite: the file, resolved under the allowed directory


def _sqlite_path(raw: str) -> str:
    """Return the real path of a SQLite file under the allowed directory, or refuse it."""
    directory = settings.CAIRN_DATA_SOURCE_SQLITE_DIR
    if not directory:
        raise ReadingError(
            _("SQLite sources are off: the server sets no CAIRN_DATA_SOURCE_SQLITE_DIR.")
        )
    root = os.path.realpath(directory)
    path = os.path.realpath(os.path.join(root, raw))
    if not raw or os.path.commonpath([root, path]) != root or path == root:
        raise ReadingError(_("A SQLite file must be inside the server's data source directory."))
    if not os.path.isfile(path):
        raise ReadingError(_("There is no SQLite file %(name)s.") % {"name": raw})
    return path


def database_parse(url: str) -> Database:
    """Return the database a URL names (postgresql://, mysql://, sqlite:///file.db)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        raise ReadingError(_("The database URL is not valid.")) from None
    engine = SCHEMES.get(parts.scheme)
    if engine is None:
        raise ReadingError(
            _("The database URL must start with postgresql://, mysql:// or sqlite:///.")
        )
    if engine == "sqlite":
        return Database(engine, path=_sqlite_path(unquote(parts.path).lstrip("/")))
    host = parts.hostname or ""
    if not host or host.startswith("/"):
        raise ReadingError(_("The database URL has no host."))
    return Database(
        engine,
        host=host,
        port=port or (5432 if engine == "postgresql" else 3306),
        name=unquote(parts.path.lstrip("/")),
        user=unquote(parts.username or ""),
        password=unquote(parts.password or ""),
    )


def vetted_address(host: str, port: int) -> str:
    """Return an address of the host the outbound guard allows; refuse when any is not."""
    numeric = outbound.parse_inet_aton(host)
    try:
        records = socket.getaddrinfo(str(numeric or host), port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        raise ReadingError(_("Could not resolve the host %(host)s.") % {"host": host}) from None
    addresses = [
        str(r[4][0]).split("%")[0] for r in records if r[0] in (socket.AF_INET, socket.AF_INET6)
    ]
    for address in addresses:
        reason = outbound.refusal(ipaddress.ip_address(address))
        if reason is not None:
            message = _("Refused: address %(address)s is %(reason)s.")
            raise ReadingError(message % {"address": address, "reason": reason})
    if not addresses:
        raise ReadingError(_("Could not resolve the host %(host)s.") % {"host": host})
    return addresses[0]


def one_number(rows: Sequence[Sequence[Any]]) -> float:
    """Return the single cell of a result that must be one row of one column."""
    if len(rows) != 1 or len(rows[0]) != 1:
        raise ReadingError(_("The query must return exactly one row with one number."))
    return as_number(rows[0][0])


def _postgresql(db: Database, query: str, seconds: int) -> float:
    import psycopg

    address = vetted_address(db.host, db.port)
    options = f"-c default_transaction_read_only=on -c statement_timeout={seconds * 1000}"
    try:
        with psycopg.connect(
            host=db.host,
            hostaddr=address,
            port=db.port,
            dbname=db.name,
            user=db.user,
            password=db.password,
            connect_timeout=seconds,
            options=options,
            application_name="cairn data source",
        ) as connection:
            connection.read_only = True  # BEGIN READ ONLY
            with connection.cursor() as cursor:
                cursor.execute(query, prepare=True)  # a prepared statement is one statement
                rows = cursor.fetchmany(2)
            connection.rollback()
    except psycopg.errors.QueryCanceled:
        raise ReadingError(
            _("The query took longer than %(s)d seconds.") % {"s": seconds}
        ) from None
    except psycopg.Error as error:
        raise ReadingError(
            _("The database said: %(error)s") % {"error": _first_line(error)}
        ) from None
    return one_number(rows)


def _mysql(db: Database, query: str, seconds: int) -> float:
    import pymysql

    address = vetted_address(db.host, db.port)
    try:
        connection = pymysql.connect(
            host=address,
            port=db.port,
            user=db.user,
            password=db.password,
            database=db.name or None,
            connect_timeout=seconds,
            read_timeout=seconds + 1,
            write_timeout=seconds,
            client_flag=0,  # no CLIENT.MULTI_STATEMENTS: one statement per query
        )
    except pymysql.Error as error:
        raise ReadingError(
            _("The database said: %(error)s") % {"error": _mysql_text(error)}
        ) from None
    try:
        with connection.cursor() as cursor:
            _mysql_limit(cursor, seconds)
            cursor.execute("SET SESSION TRANSACTION READ ONLY")
            cursor.execute("START TRANSACTION READ ONLY")
            cursor.execute(query)  # no arguments: "%" stays as written
            rows = cursor.fetchmany(2)
        connection.rollback()
    except pymysql.err.OperationalError as error:
        if error.args and error.args[0] in (1969, 3024, 2013):  # statement time, connection lost
            raise ReadingError(
                _("The query took longer than %(s)d seconds.") % {"s": seconds}
            ) from None
        raise ReadingError(
            _("The database said: %(error)s") % {"error": _mysql_text(error)}
        ) from None
    except pymysql.Error as error:
        raise ReadingError(
            _("The database said: %(error)s") % {"error": _mysql_text(error)}
        ) from None
    finally:
        connection.close()
    return one_number(rows)


def _mysql_limit(cursor: Any, seconds: int) -> None:
    """Limit statement time: MariaDB's max_statement_time (s), or MySQL's max_execution_time (ms)."""
    import pymysql

    try:
        cursor.execute(f"SET SESSION max_statement_time = {int(seconds)}")
    except pymysql.err.OperationalError:
        cursor.execute(f"SET SESSION max_execution_time = {int(seconds) * 1000}")


def _sqlite(db: Database, query: str, seconds: int) -> float:
    deadline = time.monotonic() + seconds
    try:
        connection = sqlite3.connect(f"file:{db.path}?mode=ro", uri=True, timeout=seconds)
    except sqlite3.Error as error:
        raise ReadingError(_("The database said: %(error)s") % {"error": error}) from None
    try:
        connection.setlimit(sqlite3.SQLITE_LIMIT_ATTACHED, 0)  # no ATTACH of other files
        connection.execute("PRAGMA query_only = ON")
        connection.set_authorizer(_sqlite_authorizer)
        connection.set_progress_handler(lambda: int(time.monotonic() > deadline), 1000)
        rows = connection.execute(query).fetchmany(2)
    except sqlite3.OperationalError as error:
        if str(error) == "interrupted":
            raise ReadingError(
                _("The query took longer than %(s)d seconds.") % {"s": seconds}
            ) from None
        raise ReadingError(_("The database said: %(error)s") % {"error": error}) from None
    except (sqlite3.Error, sqlite3.Warning) as error:
        raise ReadingError(_("The database said: %(error)s") % {"error": error}) from None
    finally:
        connection.close()
    return one_number(rows)


# No ATTACH of other files, no PRAGMA (query_only = OFF, writable_schema, …).
_SQLITE_DENIED = {sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH, sqlite3.SQLITE_PRAGMA}


def _sqlite_authorizer(action: int, *_args: Any) -> int:
    return sqlite3.SQLITE_DENY if action in _SQLITE_DENIED else sqlite3.SQLITE_OK


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0][:300]


def _mysql_text(error: Exception) -> str:
    args = getattr(error, "args", ())
    return str(args[1] if len(args) > 1 else error)[:300]


def sql_value(url: str, query: str) -> float:
    """Return the one number the query gives, run read-only within the time limit."""
    if not query.strip():
        raise ReadingError(_("Write a query that returns one number."))
    db = database_parse(url)
    seconds = settings.CAIRN_DATA_SOURCE_TIMEOUT
    runner = {"postgresql": _postgresql, "mysql": _mysql, "sqlite": _sqlite}[db.engine]
    return runner(db, query, seconds)

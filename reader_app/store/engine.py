"""Engine and session factory for a library URL; SQLite gets WAL and enforced foreign keys."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

WRITE_OPTION = "reader_app_writes"  # execution option marking connections that will write


class LibraryError(Exception):
    """The library cannot be opened or written; the message names the database and the reason."""


def make_engine(url: str) -> Engine:
    """An engine for ``url``; a SQLite file gets its folder created first."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        # pre_ping: a connection the server dropped (restart, idle timeout) is replaced before use
        # instead of failing the reader's next click.
        return create_engine(url, pool_pre_ping=True, connect_args=_connect_args(parsed))
    database = parsed.database or ""
    if database in ("", ":memory:"):
        # One shared connection, or every new connection would see a new empty database.
        engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
    else:
        if not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        # The GUI reads on its thread and writes from workers; each call takes its own connection.
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 30})
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _connect_args(parsed) -> dict:
    if parsed.get_backend_name() == "postgresql":
        return {"connect_timeout": 5, "application_name": "reader-app"}
    return {}


def mask_secret(message: str, url) -> str:
    """``message`` with the URL's password blanked out, in plain and URL-quoted form."""
    from urllib.parse import quote

    password = make_url(url).password if isinstance(url, str) else url.password
    if not password:
        return message
    for form in {str(password), quote(str(password), safe="")}:
        message = message.replace(form, "***")
    return message


def _sqlite_begin(connection) -> None:
    # pysqlite only opens a transaction before DML, so DDL (migrations) would autocommit
    # statement by statement; an explicit BEGIN makes migrations and imports all-or-nothing.
    # Writers take the write lock up front (IMMEDIATE): a deferred transaction that reads and
    # then writes fails at once, without waiting, when another writer committed in between.
    writes = connection.get_execution_options().get(WRITE_OPTION)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # transactions are begun by _sqlite_begin instead
    cursor = dbapi_connection.cursor()
    try:
        # WAL: readers (the GUI) are not blocked while a worker writes an import or a cache entry.
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        # SQLite ignores FOREIGN KEY clauses unless asked, per connection; deletes rely on CASCADE.
        cursor.execute("PRAGMA foreign_keys=ON")
    finally:
        cursor.close()


def make_session_factory(engine: Engine, writes: bool = False) -> sessionmaker[Session]:
    """Sessions on ``engine``; ``writes=True`` for sessions that write (SQLite: BEGIN IMMEDIATE)."""
    bind = engine.execution_options(**{WRITE_OPTION: True}) if writes else engine
    # expire_on_commit=False: rows read in a session stay usable while being converted afterwards.
    return sessionmaker(bind, expire_on_commit=False)

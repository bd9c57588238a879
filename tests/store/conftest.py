"""Store test fixtures: every ``db_url`` test runs on a SQLite file and on a real PostgreSQL server.

The PostgreSQL server is started once per session on loopback (see ``pg_server.py``) and torn
down at the end; READER_APP_TEST_POSTGRES_URL points the tests at an existing server instead.
The PostgreSQL runs are skipped, with the reason, only when no PostgreSQL binaries exist.
"""

from __future__ import annotations

import os

import pytest
from pg_server import find_bindir, start_server
from sqlalchemy import create_engine, text

from reader_app.store import Library

POSTGRES_URL = os.environ.get("READER_APP_TEST_POSTGRES_URL", "")


@pytest.fixture(scope="session")
def postgres_url() -> str:
    """The URL of a PostgreSQL database the tests may wipe (the session's own server)."""
    if POSTGRES_URL:
        yield POSTGRES_URL
        return
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("no PostgreSQL binaries (initdb not on PATH nor in /usr/lib/postgresql/*/bin)")
    server = start_server(bindir)
    try:
        yield server.url()
    finally:
        server.stop()


def fresh_postgres(url: str) -> str:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'lib' / 'library.sqlite3'}"
    return fresh_postgres(request.getfixturevalue("postgres_url"))


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    """For tests of SQLite specifics (pragmas, the file itself)."""
    return f"sqlite:///{tmp_path / 'lib' / 'library.sqlite3'}"


@pytest.fixture
def library(db_url):
    lib = Library(db_url)
    yield lib
    lib.close()

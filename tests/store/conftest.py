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
def postgres_server():
    """The session's own PostgreSQL server, or None when READER_APP_TEST_POSTGRES_URL is given."""
    if POSTGRES_URL:
        yield None
        return
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("no PostgreSQL binaries (initdb not on PATH nor in /usr/lib/postgresql/*/bin)")
    server = start_server(bindir)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def postgres_url(postgres_server) -> str:
    return POSTGRES_URL or postgres_server.url()


def fresh_postgres(url: str) -> str:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


class Databases:
    """A new database per test on the session's server: an empty one, or a copy of a migrated
    template (CREATE DATABASE ... TEMPLATE copies files: far quicker than migrating each time)."""

    def __init__(self, server) -> None:
        self.server = server
        self.count = 0
        self.admin = create_engine(server.url(), isolation_level="AUTOCOMMIT")
        with self.admin.connect() as conn:
            conn.execute(text("CREATE DATABASE reader_template"))
        Library(server.url("reader_template")).close()  # migrated once, connections closed

    def new(self, migrated: bool) -> str:
        self.count += 1
        name = f"t{self.count}"
        template = "reader_template" if migrated else "template0"
        with self.admin.connect() as conn:
            conn.execute(text(f"CREATE DATABASE {name} TEMPLATE {template}"))
        return self.server.url(name)

    def drop(self, url: str) -> None:
        name = url.rsplit("/", 1)[1]
        with self.admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))


@pytest.fixture(scope="session")
def postgres_databases(postgres_server):
    if postgres_server is None:
        yield None
        return
    databases = Databases(postgres_server)
    yield databases
    databases.admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """A library URL; on PostgreSQL an already-migrated database unless the test is marked
    ``empty_db`` (migration tests build their old schemas themselves)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'lib' / 'library.sqlite3'}"
        return
    databases = request.getfixturevalue("postgres_databases")
    if databases is None:
        yield fresh_postgres(request.getfixturevalue("postgres_url"))
        return
    url = databases.new(migrated=request.node.get_closest_marker("empty_db") is None)
    yield url
    databases.drop(url)


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    """For tests of SQLite specifics (pragmas, the file itself)."""
    return f"sqlite:///{tmp_path / 'lib' / 'library.sqlite3'}"


@pytest.fixture
def library(db_url):
    lib = Library(db_url)
    yield lib
    lib.close()


def pytest_configure(config) -> None:
    config.addinivalue_line("markers", "empty_db: give db_url an empty PostgreSQL database")

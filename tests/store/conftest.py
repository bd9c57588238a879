"""Store test fixtures: a library on a SQLite file in tmp_path, and on PostgreSQL when one is given.

Set READER_APP_TEST_POSTGRES_URL (e.g. ``postgresql+psycopg://user@/db?host=/tmp/pg&port=55432``)
to run every ``db_url`` test against that database too; its ``public`` schema is wiped per test.
"""

from __future__ import annotations

import os

import pytest
from sqlalchemy import create_engine, text

from reader_app.store import Library

POSTGRES_URL = os.environ.get("READER_APP_TEST_POSTGRES_URL", "")


def _fresh_postgres(url: str) -> str:
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
    if not POSTGRES_URL:
        pytest.skip("READER_APP_TEST_POSTGRES_URL not set")
    return _fresh_postgres(POSTGRES_URL)


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    """For tests of SQLite specifics (pragmas, the file itself)."""
    return f"sqlite:///{tmp_path / 'lib' / 'library.sqlite3'}"


@pytest.fixture
def library(db_url):
    lib = Library(db_url)
    yield lib
    lib.close()

"""Store test fixtures: a file-backed SQLite library in tmp_path."""

from __future__ import annotations

import pytest

from reader_app.store import Library


@pytest.fixture
def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'lib' / 'library.sqlite3'}"


@pytest.fixture
def library(db_url):
    lib = Library(db_url)
    yield lib
    lib.close()

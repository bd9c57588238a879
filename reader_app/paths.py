"""Where the user's data lives: the library database and user word lists (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir

APP_NAME = "reader-app"


def data_dir() -> Path:
    """The user data dir; ``READER_APP_DATA_DIR`` overrides it (tests, portable installs)."""
    override = os.environ.get("READER_APP_DATA_DIR")
    path = Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def config_dir() -> Path:
    override = os.environ.get("READER_APP_CONFIG_DIR")
    path = Path(override) if override else Path(user_config_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_url() -> str:
    return f"sqlite:///{data_dir() / 'library.sqlite3'}"


def resolve_db_url(cli_value: str | None = None) -> str:
    """``--db`` wins, then ``READER_APP_DB``, then SQLite in the data dir.

    A bare filesystem path is accepted and turned into a SQLite URL.
    """
    value = cli_value or os.environ.get("READER_APP_DB") or default_db_url()
    if "://" not in value:
        value = f"sqlite:///{Path(value).expanduser().resolve()}"
    return value


def user_lexicon_dir() -> Path:
    path = data_dir() / "lexicons"
    path.mkdir(parents=True, exist_ok=True)
    return path
